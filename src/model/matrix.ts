/**
 * A matrix of any two kinds, rows × columns (WSIS action lines × SDGs, goals × action lines, programmes ×
 * regional initiatives ...). A cell is:
 * - `direct`: a link joins the two (either way), drawn by its strongest basis; `uncertain` when every such link is
 *   of low confidence (the WSIS–SDG matrix's disputed cells are recorded so);
 * - `chain`: no direct link, but the column node is on the row node's chains (contribution relations only, both
 *   directions, any depth: see `chainsOf`), drawn lighter;
 * - empty.
 * Counts per row and column say how many cells are direct and how many through the chain.
 */
import { chainsOf } from './chains';
import type { GraphIndex } from './graph';
import type { Basis, Confidence, Kind, MapLink, MapNode } from './schema';

export interface DirectCell {
  type: 'direct';
  basis: Basis;
  /** Every direct link joins at low confidence (disputed or uncertain). */
  uncertain: boolean;
  links: MapLink[];
}

export type MatrixCell = DirectCell | { type: 'chain' } | null;

export interface LineCounts {
  direct: number;
  chain: number;
  uncertain: number;
}

export interface Matrix {
  rowKind: Kind;
  columnKind: Kind;
  rows: MapNode[];
  columns: MapNode[];
  /** cells[r][c]. */
  cells: MatrixCell[][];
  rowCounts: LineCounts[];
  columnCounts: LineCounts[];
  total: LineCounts;
}

export interface MatrixInput {
  /** Node ids shown; all when omitted. */
  visible?: ReadonlySet<string>;
  /** Links shown; all when omitted. */
  visibleLink?: (link: MapLink) => boolean;
  /** Also mark connections through the chain (default true). */
  throughChain?: boolean;
}

const basisStrength: Record<Basis, number> = { official: 2, derived: 1, proposed: 0 };
const isLow = (c: Confidence) => c === 'low';

export function matrixOf(
  index: GraphIndex,
  rowKindId: string,
  columnKindId: string,
  input: MatrixInput = {},
): Matrix | null {
  const rowKind = index.kindById.get(rowKindId);
  const columnKind = index.kindById.get(columnKindId);
  if (!rowKind || !columnKind) return null;
  const { visible, visibleLink } = input;
  const shown = (n: MapNode) => visible === undefined || visible.has(n.id);
  const rows = index.dataset.nodes.filter((n) => n.kind === rowKindId && shown(n));
  const columns = index.dataset.nodes.filter((n) => n.kind === columnKindId && shown(n));
  const columnAt = new Map(columns.map((n, i) => [n.id, i]));
  const zero = (): LineCounts => ({ direct: 0, chain: 0, uncertain: 0 });
  const rowCounts = rows.map(zero);
  const columnCounts = columns.map(zero);
  const total = zero();
  const cells: MatrixCell[][] = rows.map((row) => {
    const line: MatrixCell[] = columns.map(() => null);
    const addDirect = (link: MapLink, other: string) => {
      if (visibleLink && !visibleLink(link)) return;
      const c = columnAt.get(other);
      if (c === undefined) return;
      const cell = line[c];
      if (cell?.type === 'direct') {
        cell.links.push(link);
        if (basisStrength[link.basis] > basisStrength[cell.basis]) cell.basis = link.basis;
        cell.uncertain = cell.uncertain && isLow(link.confidence);
      } else {
        line[c] = { type: 'direct', basis: link.basis, uncertain: isLow(link.confidence), links: [link] };
      }
    };
    for (const link of index.outLinks.get(row.id) ?? []) addDirect(link, link.target);
    for (const link of index.inLinks.get(row.id) ?? []) addDirect(link, link.source);
    if (input.throughChain !== false) {
      const chains = chainsOf(index, row.id, visible, visibleLink);
      for (const id of chains.nodes) {
        const c = columnAt.get(id);
        if (c !== undefined && id !== row.id && line[c] === null) line[c] = { type: 'chain' };
      }
    }
    return line;
  });
  cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell === null) return;
      const counts = [rowCounts[r], columnCounts[c], total];
      for (const k of counts) {
        if (!k) continue;
        if (cell.type === 'direct') {
          k.direct++;
          if (cell.uncertain) k.uncertain++;
        } else k.chain++;
      }
    }),
  );
  return { rowKind, columnKind, rows, columns, cells, rowCounts, columnCounts, total };
}

/** How a cell reads, for names and CSV: "official", "official, low confidence", "through the chain", "". */
export function describeCell(cell: MatrixCell): string {
  if (cell === null) return '';
  if (cell.type === 'chain') return 'through the chain';
  return cell.uncertain ? `${cell.basis}, low confidence` : cell.basis;
}
