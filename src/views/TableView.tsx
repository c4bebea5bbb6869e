import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useAppStore, type AppState } from '../store/store';
import { displayTitle, indexDataset, neighbours } from '../model/graph';
import type { Dataset, MapNode } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import { linkedGroups } from './linkedGroups';
import { SourceList } from './SourceList';

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

/** Above this many rows only the rows in view (and a few around them) are in the page. */
export const VIRTUAL_ROWS_FROM = 200;
/**
 * A row's height in pixels as the spacers above and below the drawn rows count it (a one-line row; taller rows
 * only make the drawn rows overfill the view). Rows are not measured: the spacers use the same figure, so the rows
 * in view always start where the view does.
 */
const ROW_ESTIMATE = 32;

/** The same facts as the map, as a sortable table: one row per visible node with its links by kind and its sources. */
export function TableView({ dataset, visible }: { dataset: Dataset; visible: VisibleGraph }) {
  const index = indexDataset(dataset);
  const focusId = useAppStore(selectFocus);
  const setFocus = useAppStore(selectSetFocus);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'kind', ascending: true });
  const visibleIds = useMemo(() => new Set(visible.nodes.map((n) => n.id)), [visible]);
  const sources = useMemo(() => new Map(dataset.meta.sources.map((s) => [s.id, s])), [dataset]);

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

  const emptied = visible.nodes.length === 0 ? [] : (visible.emptied ?? []);
  const wrap = useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUAL_ROWS_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- the table re-renders as it scrolls; nothing here is memoised by the compiler
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => wrap.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 16,
    // Before the box is measured, assume it is as tall as the window, so the first paint already shows rows.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const drawn = virtual
    ? items.map((item) => ({ node: rows[item.index]!, index: item.index }))
    : rows.map((node, index) => ({ node, index }));
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  const focusedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (virtual) {
      const at = rows.findIndex((n) => n.id === focusId);
      if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' });
      return;
    }
    focusedRow.current?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the focus moves
  }, [focusId]);

  return (
    <div className="table-wrap" ref={wrap}>
      {emptied.length > 0 ? (
        // The map keeps an emptied column's slot with a notice in it; the table has no slot, so it says so here.
        <ul className="table-emptied" aria-label="Columns the filters emptied" data-testid="table-emptied">
          {emptied.map((e) => (
            <li key={e.kind.id}>{e.message}.</li>
          ))}
        </ul>
      ) : null}
      <table className="node-table" aria-label={`${rows.length} nodes`} aria-rowcount={rows.length + 1}>
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
            <th scope="col" className="table-sources-head">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: before }} />
            </tr>
          ) : null}
          {drawn.map(({ node, index: at }) => {
            const kind = index.kindById.get(node.kind);
            const focused = node.id === focusId;
            return (
              <tr
                key={node.id}
                ref={focused ? focusedRow : undefined}
                data-index={at}
                aria-rowindex={at + 2}
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
                <td>
                  {node.periods.map((p, i) => (
                    <Fragment key={i}>
                      {i > 0 ? ', ' : ''}
                      <span className="table-period">{p}</span>
                    </Fragment>
                  ))}
                </td>
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
                <td>
                  <SourceList citations={node.sources} sources={sources} className="table-sources" typed />
                </td>
              </tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
