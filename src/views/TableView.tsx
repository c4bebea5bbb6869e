import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { displayTitle, indexDataset, neighbours } from '../model/graph';
import type { Dataset, MapNode } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import { linkedGroups } from './linkedGroups';

type SortKey = 'kind' | 'code' | 'title' | 'period' | 'links';
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'kind', label: 'Kind' },
  { key: 'code', label: 'Code' },
  { key: 'title', label: 'Title' },
  { key: 'period', label: 'Period' },
  { key: 'links', label: 'Linked to' },
];

const selectFocus = (s: AppState) => s.focusId;
const selectSetFocus = (s: AppState) => s.setFocus;
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The same facts as the map, as a sortable table: one row per visible node with its links by kind. */
export function TableView({ dataset, visible }: { dataset: Dataset; visible: VisibleGraph }) {
  const index = indexDataset(dataset);
  const focusId = useAppStore(selectFocus);
  const setFocus = useAppStore(selectSetFocus);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'kind', ascending: true });
  const visibleIds = useMemo(() => new Set(visible.nodes.map((n) => n.id)), [visible]);

  const rows = useMemo(() => {
    const value = (n: MapNode): string | number => {
      switch (sort.key) {
        case 'kind':
          return index.rankOfKind.get(n.kind) ?? 0;
        case 'code':
          return n.code ?? '';
        case 'title':
          return displayTitle(n);
        case 'period':
          return n.periods.join(', ');
        case 'links':
          return neighbours(index, n.id).filter((x) => visibleIds.has(x.other.id)).length;
      }
    };
    const sorted = visible.nodes.map((node, i) => ({ node, i, v: value(node) }));
    sorted.sort((a, b) => {
      const c =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return (sort.ascending ? c : -c) || a.i - b.i;
    });
    return sorted.map((r) => r.node);
  }, [visible, sort, index, visibleIds]);

  const focusedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    focusedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focusId]);

  return (
    <div className="table-wrap">
      <table className="node-table" aria-label={`${rows.length} nodes`}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  onClick={() => setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : true }))}
                >
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((node) => {
            const kind = index.kindById.get(node.kind);
            const focused = node.id === focusId;
            return (
              <tr
                key={node.id}
                ref={focused ? focusedRow : undefined}
                aria-selected={focused}
                className={focused ? 'is-focused' : undefined}
                data-node-id={node.id}
              >
                <td style={{ ['--kind' as string]: kind?.colour }}>
                  <span className="kind-chip">{kind?.singular}</span>
                </td>
                <td>{node.code ?? ''}</td>
                <th scope="row">
                  <button type="button" className="row-select" onClick={() => setFocus(node.id)} aria-pressed={focused}>
                    <span className={node.label === null ? 'gap-text' : undefined}>{displayTitle(node)}</span>
                  </button>
                </th>
                <td>{node.periods.join(', ')}</td>
                <td>
                  {linkedGroups(index, node.id, visibleIds).map((g) => (
                    <div key={g.kind.id} className="table-links">
                      <span className="table-links-kind">{g.kind.plural}:</span>{' '}
                      {g.items.map((item, i) => (
                        <span key={item.node.id}>
                          {i > 0 ? ', ' : ''}
                          {item.node.code ?? displayTitle(item.node)}
                        </span>
                      ))}
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
