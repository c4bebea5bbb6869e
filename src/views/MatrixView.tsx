/**
 * A matrix of any two kinds (rows × columns): a dark cell is a direct link (by basis), a light one a connection
 * through the chain, "?" a link of low confidence (the WSIS–SDG matrix's disputed cells). Counts per row and column.
 * The grid follows the ARIA grid pattern: one tab stop, arrow keys, Home/End, Enter or click focuses that chain on
 * the map. Both kinds are shown whatever the column filter; the other filters apply.
 */
import { KindSelect } from './KindSelect';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../model/schema';
import { applyFilters } from '../model/filters';
import { displayName, indexDataset, linkKey } from '../model/graph';
import { describeCell, matrixOf, type MatrixCell } from '../model/matrix';
import { distinctName } from '../model/cycles';
import { lowerInitial } from '../model/chains';
import { matrixCsv, matrixSvg } from '../export/matrixExport';
import { useAppStore, type AppState } from '../store/store';
import { DownloadButton } from './DownloadButton';
import './answers.css';

const selectFilters = (s: AppState) => s.filters;
const selectRows = (s: AppState) => s.matrixRows;
const selectColumns = (s: AppState) => s.matrixColumns;
const selectThroughChain = (s: AppState) => s.matrixThroughChain;
const selectSetKinds = (s: AppState) => s.setMatrixKinds;
const selectSetFocus = (s: AppState) => s.setFocus;
const selectSetViewMode = (s: AppState) => s.setViewMode;

function defaultPair(dataset: Dataset): [string, string] {
  const has = (id: string) => dataset.kinds.some((k) => k.id === id);
  if (has('wsis-action-line') && has('sdg')) return ['wsis-action-line', 'sdg'];
  const ids = dataset.kinds.map((k) => k.id);
  return [ids[1] ?? ids[0] ?? '', ids[0] ?? ''];
}

function cellClass(cell: MatrixCell): string | undefined {
  if (cell === null) return undefined;
  if (cell.type === 'chain') return 'chain';
  return `direct-${cell.basis}${cell.uncertain ? ' uncertain' : ''}`;
}

export function MatrixView({ dataset }: { dataset: Dataset }) {
  const filters = useAppStore(selectFilters);
  const [defaultRows, defaultColumns] = defaultPair(dataset);
  const has = (id: string | null): id is string => id !== null && dataset.kinds.some((k) => k.id === id);
  const chosenRows = useAppStore(selectRows);
  const chosenColumns = useAppStore(selectColumns);
  const rowKind = has(chosenRows) ? chosenRows : defaultRows;
  const columnKind = has(chosenColumns) ? chosenColumns : defaultColumns;
  const throughChain = useAppStore(selectThroughChain);
  const setKinds = useAppStore(selectSetKinds);
  const setFocus = useAppStore(selectSetFocus);
  const setViewMode = useAppStore(selectSetViewMode);
  const index = indexDataset(dataset);
  const matrix = useMemo(() => {
    const visible = applyFilters(index, { ...filters, kinds: null });
    const keys = new Set(visible.links.map(linkKey));
    return matrixOf(index, rowKind, columnKind, {
      visible: visible.nodeIds,
      visibleLink: (l) => keys.has(linkKey(l)),
      throughChain,
    });
  }, [index, filters, rowKind, columnKind, throughChain]);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const grid = useRef<HTMLTableElement>(null);
  if (!matrix) return <p className="answers-view">Choose two columns.</p>;
  const title = `${matrix.rowKind.plural} × ${matrix.columnKind.plural}`;
  const rowsN = matrix.rows.length;
  const colsN = matrix.columns.length;
  const [ar, ac] = [Math.min(active[0], Math.max(0, rowsN - 1)), Math.min(active[1], Math.max(0, colsN - 1))];

  const moveTo = (r: number, c: number) => {
    const nr = Math.max(0, Math.min(rowsN - 1, r));
    const nc = Math.max(0, Math.min(colsN - 1, c));
    setActive([nr, nc]);
    requestAnimationFrame(() =>
      grid.current?.querySelector<HTMLElement>(`[data-cell="${nr}:${nc}"]`)?.focus({ preventScroll: false }),
    );
  };
  const open = (r: number) => {
    const row = matrix.rows[r];
    if (!row) return;
    setFocus(row.id);
    setViewMode('map');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveTo(ar, ac + 1),
      ArrowLeft: () => moveTo(ar, ac - 1),
      ArrowDown: () => moveTo(ar + 1, ac),
      ArrowUp: () => moveTo(ar - 1, ac),
      Home: () => (e.ctrlKey ? moveTo(0, 0) : moveTo(ar, 0)),
      End: () => (e.ctrlKey ? moveTo(rowsN - 1, colsN - 1) : moveTo(ar, colsN - 1)),
      PageDown: () => moveTo(ar + 10, ac),
      PageUp: () => moveTo(ar - 10, ac),
      Enter: () => open(ar),
      ' ': () => open(ar),
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };

  return (
    <section className="answers-view matrix-view" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Matrix: {title}</h2>
      <p className="view-intro">
        A dark cell is a direct link (shade by basis: official, derived, proposed); a light cell is a connection through
        the chain of contributions; <strong>?</strong> marks links of low confidence (for the WSIS–SDG matrix, the
        disputed cells). Enter or click a cell to see that chain on the map.
      </p>
      <div className="view-options">
        <KindSelect label="Rows" kinds={dataset.kinds} value={rowKind} onChange={(rows) => setKinds({ rows })} />
        <KindSelect
          label="Columns"
          kinds={dataset.kinds}
          value={columnKind}
          onChange={(columns) => setKinds({ columns })}
        />
        <label>
          <input
            type="checkbox"
            checked={throughChain}
            onChange={(e) => setKinds({ throughChain: e.target.checked })}
          />{' '}
          Show connections through the chain
        </label>
        <DownloadButton format="csv" name={`matrix-${rowKind}-${columnKind}.csv`} text={() => matrixCsv(matrix)}>
          Export CSV
        </DownloadButton>
        <DownloadButton format="svg" name={`matrix-${rowKind}-${columnKind}.svg`} text={() => matrixSvg(matrix, title)}>
          Export SVG
        </DownloadButton>
      </div>
      <p role="status" data-testid="matrix-summary">
        {rowsN} {matrix.rowKind.plural} × {colsN} {matrix.columnKind.plural}: {matrix.total.direct} direct links (
        {matrix.total.uncertain} of low confidence)
        {throughChain ? `, ${matrix.total.chain} more through the chain` : ''}.
      </p>
      <ul className="matrix-key" aria-label="Key">
        <li>
          <span className="direct-official" style={{ background: '#1d4f7a' }} /> official
        </li>
        <li>
          <span style={{ background: '#5a86ad' }} /> derived
        </li>
        <li>
          <span style={{ background: '#a9c1d8' }} /> proposed
        </li>
        <li>
          <span style={{ background: '#eef3f8' }} /> through the chain
        </li>
        <li>? low confidence (disputed)</li>
      </ul>
      {rowsN === 0 || colsN === 0 ? (
        <p>No {rowsN === 0 ? lowerInitial(matrix.rowKind.plural) : lowerInitial(matrix.columnKind.plural)} in view.</p>
      ) : (
        <table
          ref={grid}
          className="matrix-grid"
          role="grid"
          aria-labelledby="matrix-title"
          aria-rowcount={rowsN + 2}
          aria-colcount={colsN + 2}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr role="row">
              <th role="columnheader" scope="col">
                <span className="sr-only">{matrix.rowKind.singular}</span>
              </th>
              {matrix.columns.map((n) => (
                <th key={n.id} role="columnheader" scope="col" title={distinctName(index, n)}>
                  {n.code ?? displayName(n)}
                </th>
              ))}
              <th role="columnheader" scope="col" className="count" title="Direct links (+ through the chain)">
                Σ
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, r) => {
              const counts = matrix.rowCounts[r];
              const rowName = distinctName(index, row);
              return (
                <tr key={row.id} role="row">
                  <th role="rowheader" scope="row" title={rowName}>
                    {row.code ? `${row.code} ` : ''}
                    {row.label ?? 'title not yet sourced'}
                  </th>
                  {(matrix.cells[r] ?? []).map((cell, c) => {
                    const column = matrix.columns[c];
                    const text = describeCell(cell);
                    return (
                      <td
                        key={column?.id ?? c}
                        role="gridcell"
                        data-cell={`${r}:${c}`}
                        tabIndex={r === ar && c === ac ? 0 : -1}
                        className={cellClass(cell)}
                        aria-label={`${rowName} × ${column ? distinctName(index, column) : ''}: ${text || 'no link'}`}
                        onClick={() => {
                          setActive([r, c]);
                          open(r);
                        }}
                        onFocus={() => setActive([r, c])}
                      >
                        {cell?.type === 'direct' && cell.uncertain ? '?' : ''}
                      </td>
                    );
                  })}
                  <td role="gridcell" className="count">
                    {counts?.direct ?? 0}
                    {counts?.chain ? ` +${counts.chain}` : ''}
                  </td>
                </tr>
              );
            })}
            <tr role="row">
              <th role="rowheader" scope="row" className="count">
                Σ direct
              </th>
              {matrix.columnCounts.map((c, i) => (
                <td key={i} role="gridcell" className="count">
                  {c.direct}
                </td>
              ))}
              <td role="gridcell" className="count">
                {matrix.total.direct}
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
