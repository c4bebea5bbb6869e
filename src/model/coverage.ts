/**
 * Coverage: what has nothing under it. For each node of a chosen column (kind), how many nodes of each other
 * column contribute to it, counted apart by basis (official, derived, proposed). Contribution follows the chains
 * (`chainsOf`): contribution relations only, never membership, so belonging to the Kigali Action Plan is not
 * delivering a programme.
 *
 * `reach: 'direct'` counts the nodes linked straight to the row; `'chain'` counts everything that delivers it
 * through the chain, each node under the strongest basis of any path to it (a path is as strong as its weakest
 * link: an official link after a proposed one is a proposed path).
 *
 * A zero is a **gap** in coverage. (A missing title is "title not yet sourced", never a gap.)
 */
import { isContribution } from './chains';
import { displayName, type GraphIndex } from './graph';
import type { Basis, Kind, MapLink, MapNode } from './schema';
import { BASES } from './vocabulary';

export type CoverageReach = 'direct' | 'chain';

export type BasisCounts = Record<Basis, number>;

export interface CoverageRow {
  node: MapNode;
  /** Per column (kind id): contributors by basis. */
  byKind: ReadonlyMap<string, BasisCounts>;
  /** Distinct contributors over all columns, by basis. */
  total: BasisCounts;
}

export interface Coverage {
  kind: Kind;
  /** The columns counted: kinds that contribute to this one somewhere in the dataset, in column order. */
  columns: Kind[];
  rows: CoverageRow[];
  reach: CoverageReach;
}

export interface CoverageInput {
  /** Node ids shown (the filtered map); all when omitted. */
  visible?: ReadonlySet<string>;
  /** Links shown; all when omitted. */
  visibleLink?: (link: MapLink) => boolean;
  reach?: CoverageReach;
}

const zero = (): BasisCounts => ({ official: 0, derived: 0, proposed: 0 });
const strength: Record<Basis, number> = { official: 2, derived: 1, proposed: 0 };
const weaker = (a: Basis, b: Basis): Basis => (strength[a] <= strength[b] ? a : b);

/** Contributors of `id`, each with the strongest basis of a path to it. */
function contributors(
  index: GraphIndex,
  id: string,
  reach: CoverageReach,
  allowed: (link: MapLink) => boolean,
): Map<string, Basis> {
  const best = new Map<string, Basis>();
  // Widest path by repeated relaxation from the row; the graph is small and strengths have three levels.
  let frontier: [string, Basis][] = [[id, 'official']];
  let steps = 0;
  while (frontier.length > 0) {
    const next: [string, Basis][] = [];
    for (const [node, basis] of frontier) {
      for (const link of index.inLinks.get(node) ?? []) {
        if (!allowed(link)) continue;
        const via = weaker(basis, link.basis);
        const known = best.get(link.source);
        if (link.source === id || (known !== undefined && strength[known] >= strength[via])) continue;
        best.set(link.source, via);
        next.push([link.source, via]);
      }
    }
    steps++;
    if (reach === 'direct' || steps > index.dataset.nodes.length) break;
    frontier = next;
  }
  return best;
}

/** Coverage of every (visible) node of `kindId`, in dataset order. */
export function coverageOf(index: GraphIndex, kindId: string, input: CoverageInput = {}): Coverage | null {
  const kind = index.kindById.get(kindId);
  if (!kind) return null;
  const { visible, visibleLink } = input;
  const reach = input.reach ?? 'direct';
  const allowed = (link: MapLink) =>
    isContribution(index, link) &&
    (visible === undefined || (visible.has(link.source) && visible.has(link.target))) &&
    (visibleLink === undefined || visibleLink(link));
  const rows: CoverageRow[] = [];
  const used = new Set<string>();
  for (const node of index.dataset.nodes) {
    if (node.kind !== kindId || (visible !== undefined && !visible.has(node.id))) continue;
    const byKind = new Map<string, BasisCounts>();
    const total = zero();
    for (const [otherId, basis] of contributors(index, node.id, reach, allowed)) {
      const other = index.nodeById.get(otherId);
      if (!other) continue;
      let counts = byKind.get(other.kind);
      if (!counts) byKind.set(other.kind, (counts = zero()));
      counts[basis]++;
      total[basis]++;
      used.add(other.kind);
    }
    rows.push({ node, byKind, total });
  }
  // Columns: every kind that contributes to this kind anywhere in the dataset (so a zero means "none here",
  // not "this kind never does"), plus any counted now.
  for (const link of index.dataset.links) {
    if (!isContribution(index, link)) continue;
    const target = index.nodeById.get(link.target);
    const source = index.nodeById.get(link.source);
    if (target?.kind === kindId && source) used.add(source.kind);
  }
  const columns = index.dataset.kinds.filter((k) => used.has(k.id));
  return { kind, columns, rows, reach };
}

/** All bases together. */
export const countAll = (c: BasisCounts | undefined): number =>
  c === undefined ? 0 : BASES.reduce((n, b) => n + c[b], 0);

/** Rows with no contributor at all: the gaps. */
export function uncovered(coverage: Coverage): CoverageRow[] {
  return coverage.rows.filter((r) => countAll(r.total) === 0);
}

export type CoverageSort = { by: 'order' } | { by: 'name' } | { by: 'total' } | { by: 'kind'; kind: string };

/** Rows sorted; ties keep dataset order. Counts sort ascending (gaps first) unless `descending`. */
export function sortCoverage(rows: readonly CoverageRow[], sort: CoverageSort, descending = false): CoverageRow[] {
  const key = (r: CoverageRow): number | string => {
    switch (sort.by) {
      case 'order':
        return 0;
      case 'name':
        return displayName(r.node).toLowerCase();
      case 'total':
        return countAll(r.total);
      case 'kind':
        return countAll(r.byKind.get(sort.kind));
    }
  };
  const indexed = rows.map((r, i) => ({ r, i, k: key(r) }));
  indexed.sort((a, b) => {
    const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
    return (descending ? -c : c) || a.i - b.i;
  });
  return indexed.map((x) => x.r);
}
