/**
 * Columns that the filters empty: turned on, with nodes in the dataset, yet none left. The map keeps their slot
 * and says so in it ("No regional initiatives for the Arab States in 2024-2027 in this dataset"), and the
 * exports draw the same notice and state it in their subtitle, rather than silently dropping the column.
 *
 * Kept apart from filters.ts (which records the result on the visible subgraph) and cycles.ts (which re-exports
 * it), so both can use it without an import cycle: the attribute test is passed in.
 */
import type { Filters } from './filters';
import type { GraphIndex } from './graph';
import type { Kind, MapNode } from './schema';
import { lowerInitial } from './chains';

export interface EmptyColumn {
  kind: Kind;
  /** How many nodes of the kind the dataset has in all. */
  inDataset: number;
  /** "No regional initiatives for the Arab States in 2024-2027 in this dataset". */
  message: string;
}

const byKindCache = new WeakMap<GraphIndex, ReadonlyMap<string, readonly MapNode[]>>();

function nodesByKind(index: GraphIndex): ReadonlyMap<string, readonly MapNode[]> {
  let byKind = byKindCache.get(index);
  if (!byKind) {
    const map = new Map<string, MapNode[]>();
    for (const node of index.dataset.nodes) {
      const list = map.get(node.kind);
      if (list) list.push(node);
      else map.set(node.kind, [node]);
    }
    byKind = map;
    byKindCache.set(index, byKind);
  }
  return byKind;
}

/**
 * The columns `filters` turn on that have nodes in the dataset and none in `visible`, in column order, each with
 * the restrictions that emptied it in words (regions only when the kind has regional nodes, and so on).
 * @param passesAttributes the attribute filters (filters.ts), to tell "connected to the chosen items" apart
 */
export function findEmptyColumns(
  index: GraphIndex,
  filters: Filters,
  visible: { has(id: string): boolean },
  passesAttributes: (filters: Filters, node: MapNode) => boolean,
): EmptyColumn[] {
  const byKind = nodesByKind(index);
  const out: EmptyColumn[] = [];
  for (const kind of index.dataset.kinds) {
    if (filters.kinds !== null && !filters.kinds.includes(kind.id)) continue;
    const nodes = byKind.get(kind.id) ?? [];
    if (nodes.length === 0 || nodes.some((n) => visible.has(n.id))) continue;
    out.push({ kind, inDataset: nodes.length, message: emptyMessage(kind, nodes, filters, passesAttributes) });
  }
  return out;
}

function emptyMessage(
  kind: Kind,
  nodes: readonly MapNode[],
  filters: Filters,
  passesAttributes: (filters: Filters, node: MapNode) => boolean,
): string {
  const parts = [`No ${lowerInitial(kind.plural)}`];
  const regional = nodes.some((n) => n.region !== undefined);
  if (filters.regions !== null && regional) {
    parts.push(
      filters.regions.length === 0 ? 'with no region chosen' : `for ${joinWords(filters.regions.map(theRegion))}`,
    );
  }
  if (filters.sectors !== null && nodes.some((n) => n.sector !== undefined)) {
    parts.push(`in ${joinWords(filters.sectors)}`);
  }
  if (filters.periods !== null) {
    const adopted = filters.periodMode === 'adopted';
    // Periods read in time order ("2018-2021 or 2022-2025"); their text order is that order for years.
    parts.push(`${adopted ? 'adopted for' : 'in'} ${joinWords([...filters.periods].sort())}`);
  }
  const attributeOnly = { ...filters, scope: [], hideUnlinked: false };
  const byAttributes = nodes.some((n) => passesAttributes(attributeOnly, n));
  if (byAttributes && filters.scope.length > 0) parts.push('connected to the chosen items');
  else if (byAttributes && filters.hideUnlinked) parts.push('with links shown');
  return `${parts.join(' ')} in this dataset`;
}

/** Region names read in a sentence: "the Arab States", "the Americas", "Africa". */
function theRegion(region: string): string {
  return /^(Arab States|Americas|CIS|Asia|Asia-Pacific)/i.test(region) && !/^the /i.test(region)
    ? `the ${region}`
    : region;
}

function joinWords(items: readonly string[]): string {
  if (items.length === 0) return 'none';
  if (items.length === 1) return items[0] as string;
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] as string}`;
}
