import type { Dataset } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import { relationCarries } from '../model/relations';
import { containersOf } from '../model/chains';
import { indexDataset } from '../model/graph';
import { BasisMark } from './BasisMark';

/**
 * Explains the colours, shapes and line styles of what is shown: only the kinds with a node on the map, the
 * bases and the direction of arrows, and which relations are grouping (membership) rather than contribution.
 */
export function Legend({ dataset, visible }: { dataset: Dataset; visible?: VisibleGraph }) {
  const shownKinds = visible ? new Set(visible.nodes.map((n) => n.kind)) : null;
  const kinds = shownKinds ? dataset.kinds.filter((k) => shownKinds.has(k.id)) : dataset.kinds;
  const carries = relationCarries(dataset);
  const grouping = [...new Set((visible?.links ?? dataset.links).map((l) => l.relation))].filter(
    (r) => carries(r) === 'membership',
  );
  const index = indexDataset(dataset);
  const grouped = (visible?.nodes ?? dataset.nodes).some((n) => containersOf(index, n.id).length > 0);
  return (
    // Starts folded on short screens (laptops, projectors) so it does not cover the map.
    <details className="legend" open={typeof window === 'undefined' || window.innerHeight >= 900}>
      <summary className="legend-title">Legend</summary>
      <ul className="legend-kinds">
        {kinds.map((k) => (
          <li key={k.id} style={{ ['--kind' as string]: k.colour }}>
            <span className={`legend-swatch shape-${k.shape}`} aria-hidden="true" />
            {k.plural}
          </li>
        ))}
      </ul>
      <ul className="legend-lines">
        <li className="legend-arrows">
          → arrows point from the contributor to what it contributes to (towards the goals)
        </li>
        {grouped ? (
          <li>
            <span className="legend-group" aria-hidden="true" /> dashed outline, named on its edge: members of one
            container (an action plan, a study group) side by side in a column
          </li>
        ) : null}
        {grouping.length > 0 ? (
          <li className="legend-arrows">
            {grouping.join(', ')}: grouping (a member and its container), not followed by focus
          </li>
        ) : null}
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
