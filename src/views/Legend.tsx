import type { Dataset } from '../model/schema';
import { BasisMark } from './BasisMark';

/** Explains every colour, shape and line style on the map. */
export function Legend({ dataset }: { dataset: Dataset }) {
  return (
    // Starts folded on short screens (laptops, projectors) so it does not cover the map.
    <details className="legend" open={typeof window === 'undefined' || window.innerHeight >= 900}>
      <summary className="legend-title">Legend</summary>
      <ul className="legend-kinds">
        {dataset.kinds.map((k) => (
          <li key={k.id} style={{ ['--kind' as string]: k.colour }}>
            <span className={`legend-swatch shape-${k.shape}`} aria-hidden="true" />
            {k.plural}
          </li>
        ))}
      </ul>
      <ul className="legend-lines">
        <li>
          <BasisMark basis="official" /> official: a source states it
        </li>
        <li>
          <BasisMark basis="derived" /> derived: follows from the documents
        </li>
        <li>
          <BasisMark basis="proposed" /> proposed: analyst mapping
        </li>
        <li>
          <span className="legend-dots" aria-hidden="true">
            <i className="on" />
            <i className="on" />
            <i />
          </span>{' '}
          confidence (high ●●●, medium ●●, low ●)
        </li>
        <li>
          <span className="legend-gap" aria-hidden="true" /> title not yet sourced
        </li>
        <li className="legend-note">Zoomed far out, derived and proposed links are drawn lighter instead of dashed.</li>
      </ul>
    </details>
  );
}
