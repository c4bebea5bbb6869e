/** An index over a dataset for fast neighbour look-ups. Built once per dataset and cached. */
import type { Dataset, Kind, MapLink, MapNode } from './schema';

export interface GraphIndex {
  dataset: Dataset;
  nodeById: ReadonlyMap<string, MapNode>;
  kindById: ReadonlyMap<string, Kind>;
  /** Column index of each kind, in the dataset's kind order. */
  rankOfKind: ReadonlyMap<string, number>;
  /** Links leaving (node is source) and entering (node is target) each node. */
  outLinks: ReadonlyMap<string, readonly MapLink[]>;
  inLinks: ReadonlyMap<string, readonly MapLink[]>;
}

/** A stable key for a link; links are unique by source, target and relation. */
export const linkKey = (link: Pick<MapLink, 'source' | 'target' | 'relation'>): string =>
  `${link.source}->${link.target}:${link.relation}`;

const cache = new WeakMap<Dataset, GraphIndex>();

export function indexDataset(dataset: Dataset): GraphIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const nodeById = new Map(dataset.nodes.map((n) => [n.id, n]));
  const kindById = new Map(dataset.kinds.map((k) => [k.id, k]));
  const rankOfKind = new Map(dataset.kinds.map((k, i) => [k.id, i]));
  const outLinks = new Map<string, MapLink[]>();
  const inLinks = new Map<string, MapLink[]>();
  for (const link of dataset.links) {
    push(outLinks, link.source, link);
    push(inLinks, link.target, link);
  }
  const index: GraphIndex = { dataset, nodeById, kindById, rankOfKind, outLinks, inLinks };
  cache.set(dataset, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every link touching a node, with the node at its other end. */
export function neighbours(index: GraphIndex, id: string): { link: MapLink; other: MapNode }[] {
  const out: { link: MapLink; other: MapNode }[] = [];
  for (const link of index.outLinks.get(id) ?? []) {
    const other = index.nodeById.get(link.target);
    if (other) out.push({ link, other });
  }
  for (const link of index.inLinks.get(id) ?? []) {
    const other = index.nodeById.get(link.source);
    if (other) out.push({ link, other });
  }
  return out;
}

export function rankOf(index: GraphIndex, node: MapNode): number {
  return index.rankOfKind.get(node.kind) ?? 0;
}

/** What to show for a node: its code and title, or the gap wording when the title is not yet sourced. */
export function displayTitle(node: MapNode): string {
  return node.label ?? 'title not yet sourced';
}

/** "C5 — Building confidence…" or "Q2/1 — title not yet sourced"; the code alone is never a local id. */
export function displayName(node: MapNode): string {
  return node.code ? `${node.code} — ${displayTitle(node)}` : displayTitle(node);
}

/**
 * The periods as shown on a node: the first (the node's planning cycle) and how many more, e.g. "2020-2023 +3".
 * The detail panel and the table list them all.
 */
export function periodLabel(node: Pick<MapNode, 'periods'>): string {
  const [first, ...rest] = node.periods;
  if (first === undefined) return '';
  return rest.length > 0 ? `${first} +${rest.length}` : first;
}
