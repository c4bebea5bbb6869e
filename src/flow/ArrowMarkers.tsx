/** The arrowheads links point with (plain and in a focused chain), defined once for every link path. */
export function ArrowMarkers() {
  return (
    <svg className="map-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {(['plain', 'chain'] as const).map((kind) => (
          <marker
            key={kind}
            id={`arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 1L9 5L0 9z" className={`arrow-${kind}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
