/**
 * When the filters empty a column that is turned on, the map keeps its slot and says so in it ("No regional
 * initiatives for the Arab States in 2024-2027 in this dataset"; layout `ColumnBox.notice`). This live region
 * announces the same words to assistive technology when a filter change empties (or refills) a column, since
 * the notice on the map may be off screen or not reached.
 */
import type { VisibleGraph } from '../model/visible';
import './answers.css';

export function EmptyColumnsNotice({ visible }: { visible: VisibleGraph }) {
  const emptied = visible.nodes.length === 0 ? [] : (visible.emptied ?? []);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="empty-columns">
      {emptied.map((e) => `${e.message}.`).join(' ')}
    </p>
  );
}
