/**
 * Ordering nodes within fixed columns to reduce crossings: the columns are given by kind, so this is the
 * crossing-minimisation phase of Sugiyama-style layered drawing only. Links that skip columns get one dummy
 * item per skipped column, so they are routed through gaps and count in the crossings of every gap they pass.
 * Layer-by-layer barycenter sweeps, down and up, keep the best order seen (see Di Battista et al., "Graph
 * Drawing", ch. 9). Deterministic: ties keep the input order.
 */
import { bilayerCrossings } from './crossings';

export interface OrderInput {
  /** Column of each node (0 = leftmost). */
  rankOf: ReadonlyMap<string, number>;
  /** Node ids in input order; ties keep this order. */
  nodes: readonly string[];
  links: readonly { key: string; source: string; target: string }[];
  columns: number;
}

export interface LayerOrder {
  /** Item ids per column, top to bottom: node ids and dummy ids (see `dummyId`). */
  layers: string[][];
  crossings: number;
}

export interface OrderOptions {
  /** Maximum number of down-and-up sweep pairs. @default 12 */
  sweeps?: number;
}

/** Id of the dummy item of link `key` in column `rank`. */
export const dummyId = (key: string, rank: number) => `${key}@${rank}`;

/** Adjacent-column segments of every link, with dummies for the columns it skips. */
export function segmentsOf(input: OrderInput): { upper: string; lower: string; rank: number }[] {
  const segments: { upper: string; lower: string; rank: number }[] = [];
  for (const link of input.links) {
    const rs = input.rankOf.get(link.source);
    const rt = input.rankOf.get(link.target);
    if (rs === undefined || rt === undefined || rs === rt) continue;
    const [a, b, left, right] = rs < rt ? [rs, rt, link.source, link.target] : [rt, rs, link.target, link.source];
    let previous = left;
    for (let r = a + 1; r <= b; r++) {
      const item = r === b ? right : dummyId(link.key, r);
      segments.push({ upper: previous, lower: item, rank: r - 1 });
      previous = item;
    }
  }
  return segments;
}

export function orderLayers(input: OrderInput, options: OrderOptions = {}): LayerOrder {
  const { sweeps = 12 } = options;
  const layers: string[][] = Array.from({ length: input.columns }, () => []);
  for (const id of input.nodes) layers[input.rankOf.get(id) ?? 0]?.push(id);
  const segments = segmentsOf(input);
  const up = new Map<string, string[]>(); // neighbours in the column to the left
  const down = new Map<string, string[]>(); // neighbours in the column to the right
  const seenDummy = new Set<string>();
  for (const s of segments) {
    if (!input.rankOf.has(s.lower) && !seenDummy.has(s.lower)) {
      seenDummy.add(s.lower);
      layers[s.rank + 1]?.push(s.lower);
    }
    push(down, s.upper, s.lower);
    push(up, s.lower, s.upper);
  }
  const byGap: (readonly [string, string])[][] = Array.from({ length: Math.max(0, input.columns - 1) }, () => []);
  for (const s of segments) byGap[s.rank]?.push([s.upper, s.lower]);

  const position = new Map<string, number>();
  const index = (layer: readonly string[]) => layer.forEach((id, i) => position.set(id, i));
  layers.forEach(index);

  const count = () => {
    let total = 0;
    byGap.forEach((pairs, r) => {
      const edges = pairs.map(([u, l]) => [position.get(u) ?? 0, position.get(l) ?? 0] as const);
      total += bilayerCrossings(edges, layers[r + 1]?.length ?? 0);
    });
    return total;
  };

  let best = layers.map((l) => [...l]);
  let bestCrossings = count();
  let stale = 0;
  for (let sweep = 0; sweep < sweeps && bestCrossings > 0 && stale < 3; sweep++) {
    for (let r = 1; r < layers.length; r++) reorder(layers, r, up, position);
    for (let r = layers.length - 2; r >= 0; r--) reorder(layers, r, down, position);
    const crossings = count();
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = layers.map((l) => [...l]);
      stale = 0;
    } else stale++;
  }
  return { layers: best, crossings: bestCrossings };
}

/**
 * Sorts column `r` by the barycenter of each item's neighbours in the fixed column; items with no
 * neighbours there keep their slot, so unlinked nodes do not all drift to one end.
 */
function reorder(layers: string[][], r: number, neighbours: Map<string, string[]>, position: Map<string, number>) {
  const layer = layers[r];
  if (!layer || layer.length < 2) return;
  const movable: { id: string; bary: number; at: number }[] = [];
  const pinned: boolean[] = [];
  layer.forEach((id, at) => {
    const ns = neighbours.get(id);
    if (!ns || ns.length === 0) {
      pinned[at] = true;
      return;
    }
    let sum = 0;
    for (const n of ns) sum += position.get(n) ?? 0;
    movable.push({ id, bary: sum / ns.length, at });
  });
  movable.sort((a, b) => a.bary - b.bary || a.at - b.at);
  let next = 0;
  const result = layer.map((id, at) => (pinned[at] ? id : (movable[next++]?.id ?? id)));
  layers[r] = result;
  result.forEach((id, i) => position.set(id, i));
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
