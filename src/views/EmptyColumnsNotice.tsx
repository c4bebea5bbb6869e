/**
 * When the filters empty a column that is turned on, the map says so where the column would be read from
 * ("No regional initiatives for the Arab States in 2024-2027 in this dataset"), rather than silently dropping it.
 */
import { useMemo } from 'react';
import type { Dataset } from '../model/schema';
import { indexDataset } from '../model/graph';
import { emptyColumns } from '../model/cycles';
import type { VisibleGraph } from '../model/visible';
import { useAppStore, type AppState } from '../store/store';
import './answers.css';

const selectFilters = (s: AppState) => s.filters;

export function EmptyColumnsNotice({ dataset, visible }: { dataset: Dataset; visible: VisibleGraph }) {
  const filters = useAppStore(selectFilters);
  const empty = useMemo(() => {
    const ids = new Set(visible.nodes.map((n) => n.id));
    return emptyColumns(indexDataset(dataset), filters, ids);
  }, [dataset, filters, visible]);
  if (empty.length === 0 || visible.nodes.length === 0) return null;
  return (
    <ul className="empty-columns" role="status" aria-label="Empty columns" data-testid="empty-columns">
      {empty.map((e) => (
        <li key={e.kind.id}>{e.message}.</li>
      ))}
    </ul>
  );
}
