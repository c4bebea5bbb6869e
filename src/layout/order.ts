/**
 * Ordering nodes within fixed columns to reduce crossings: the columns are given by kind, so this is the
 * crossing-minimisation phase of Sugiyama-style layered drawing only. Links that skip columns get one dummy
 * item per skipped column, so they are routed through gaps and count in the crossings of every gap they pass.
 * Layer-by-layer barycenter sweeps, down and up, each followed by adjacent transpositions, keep the best order
 * seen (see Di Battista et al., "Graph Drawing", ch. 9). Deterministic: ties keep the input order.
 *
 * One order serves every filter, so nodes keep their places when filters change. Given a `core` (the view a
 * dataset opens on), its nodes are ordered first, on their own, and the others are then merged around them
 * with the core's relative order kept: the first map a user sees is as clean as if it were laid out alone.
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
  /** Nodes to order first, on their own (the view a dataset opens on). */
  core?: ReadonlySet<string>;
  /**
   * How much worse, as a ratio, the whole map may get for the core's sake: when ordering the core first leaves
   * more than `coreTolerance` times the crossings of ordering everything together, the core is ignored.
   * @default 1.25
   */
  coreTolerance?: number;
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
  const { sweeps = 12, core, coreTolerance = 1.25 } = options;
  const together = sweepOrder(input, sweeps, null);
  if (sweeps === 0 || !core || !input.nodes.some((id) => core.has(id)) || input.nodes.every((id) => core.has(id)))
    return together;
  const coreInput: OrderInput = {
    ...input,
    nodes: input.nodes.filter((id) => core.has(id)),
    links: input.links.filter((l) => core.has(l.source) && core.has(l.target)),
  };
  const coreFirst = sweepOrder(input, sweeps, sweepOrder(coreInput, sweeps, null).layers);
  return coreFirst.crossings <= together.crossings * coreTolerance ? coreFirst : together;
}

/**
 * Barycenter sweeps with adjacent transpositions, keeping the best order seen. With `fixedLayers`, the items in
 * them keep their relative order and only the other items move among them.
 */
function sweepOrder(input: OrderInput, sweeps: number, fixedLayers: string[][] | null): LayerOrder {
  const layers: string[][] = Array.from({ length: input.columns }, (_, r) => [...(fixedLayers?.[r] ?? [])]);
  const fixed = fixedLayers ? new Set(fixedLayers.flat()) : null;
  for (const id of input.nodes) if (!fixed?.has(id)) layers[input.rankOf.get(id) ?? 0]?.push(id);
  const segments = segmentsOf(input);
  const up = new Map<string, string[]>(); // neighbours in the column to the left
  const down = new Map<string, string[]>(); // neighbours in the column to the right
  const seenDummy = new Set<string>();
  for (const s of segments) {
    if (!input.rankOf.has(s.lower) && !seenDummy.has(s.lower)) {
      seenDummy.add(s.lower);
      if (!fixed?.has(s.lower)) layers[s.rank + 1]?.push(s.lower);
    }
    push(down, s.upper, s.lower);
    push(up, s.lower, s.upper);
  }
  const byGap: (readonly [string, string])[][] = Array.from({ length: Math.max(0, input.columns - 1) }, () => []);
  for (const s of segments) byGap[s.rank]?.push([s.upper, s.lower]);

  const position = new Map<string, number>();
  layers.forEach((layer) => layer.forEach((id, i) => position.set(id, i)));

  const count = () => {
    let total = 0;
    byGap.forEach((pairs, r) => {
      const edges = pairs.map(([u, l]) => [position.get(u) ?? 0, position.get(l) ?? 0] as const);
      total += bilayerCrossings(edges, layers[r + 1]?.length ?? 0);
    });
    return total;
  };

  // The items added to fixed layers start at the end of their column: one pass brings them beside their links.
  if (fixed) {
    for (let r = 1; r < layers.length; r++) reorder(layers, r, up, position, fixed);
    for (let r = layers.length - 2; r >= 0; r--) reorder(layers, r, down, position, fixed);
  }
  let best = layers.map((l) => [...l]);
  let bestCrossings = count();
  let stale = 0;
  for (let sweep = 0; sweep < sweeps && bestCrossings > 0 && stale < 3; sweep++) {
    for (let r = 1; r < layers.length; r++) reorder(layers, r, up, position, fixed);
    for (let r = layers.length - 2; r >= 0; r--) reorder(layers, r, down, position, fixed);
    transpose(layers, up, down, position, fixed);
    const crossings = count();
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = layers.map((l) => [...l]);
      stale = 0;
    } else stale++;
  }
  return { layers: best, crossings: bestCrossings };
}

function barycenter(id: string, neighbours: Map<string, string[]>, position: Map<string, number>): number | null {
  const ns = neighbours.get(id);
  if (!ns || ns.length === 0) return null;
  let sum = 0;
  for (const n of ns) sum += position.get(n) ?? 0;
  return sum / ns.length;
}

/**
 * Sorts column `r` by the barycenter of each item's neighbours in the fixed column; items with no
 * neighbours there keep their slot, so unlinked nodes do not all drift to one end. Items in `fixed` keep their
 * relative order; the others are merged among them by barycenter.
 */
function reorder(
  layers: string[][],
  r: number,
  neighbours: Map<string, string[]>,
  position: Map<string, number>,
  fixed: ReadonlySet<string> | null,
) {
  const layer = layers[r];
  if (!layer || layer.length < 2) return;
  let result: string[];
  if (!fixed) {
    const movable: { id: string; bary: number; at: number }[] = [];
    const pinned: boolean[] = [];
    layer.forEach((id, at) => {
      const bary = barycenter(id, neighbours, position);
      if (bary === null) pinned[at] = true;
      else movable.push({ id, bary, at });
    });
    movable.sort((a, b) => a.bary - b.bary || a.at - b.at);
    let next = 0;
    result = layer.map((id, at) => (pinned[at] ? id : (movable[next++]?.id ?? id)));
  } else {
    // Fixed items in their order, each with the running maximum of their barycenters as a monotone key; free
    // items (keyed by barycenter, or their current slot without neighbours) go before the first fixed item
    // whose key is larger.
    const kept: { id: string; key: number }[] = [];
    const free: { id: string; key: number; at: number }[] = [];
    let running = -Infinity;
    layer.forEach((id, at) => {
      const key = barycenter(id, neighbours, position) ?? at;
      if (fixed.has(id)) {
        running = Math.max(running, key);
        kept.push({ id, key: running });
      } else free.push({ id, key, at });
    });
    if (free.length === 0) return;
    free.sort((a, b) => a.key - b.key || a.at - b.at);
    result = [];
    let j = 0;
    for (const item of kept) {
      while (j < free.length && free[j]!.key < item.key) result.push(free[j++]!.id);
      result.push(item.id);
    }
    while (j < free.length) result.push(free[j++]!.id);
  }
  layers[r] = result;
  result.forEach((id, i) => position.set(id, i));
}

/** Positions of an item's neighbours on one side, ascending. */
function sortedPositions(id: string, neighbours: Map<string, string[]>, position: Map<string, number>): number[] {
  const ns = neighbours.get(id);
  if (!ns) return [];
  const at = ns.map((n) => position.get(n) ?? 0);
  return at.length > 1 ? at.sort((a, b) => a - b) : at;
}

/**
 * Crossings between the links of two adjacent items to one side, with `u` above `v` (`kept`) and swapped
 * (`swapped`), in one merge of their neighbours' sorted positions: O(deg u + deg v).
 */
function pairCrossings(u: readonly number[], v: readonly number[]): { kept: number; swapped: number } {
  let kept = 0;
  let swapped = 0;
  let lt = 0; // v's neighbours strictly above u's current one
  let le = 0; // ... above or level with it
  for (const a of u) {
    while (lt < v.length && v[lt]! < a) lt++;
    if (le < lt) le = lt;
    while (le < v.length && v[le]! <= a) le++;
    kept += lt;
    swapped += v.length - le;
  }
  return { kept, swapped };
}

/**
 * Swaps neighbours in a column while that removes crossings on both sides (the "transpose" heuristic of Gansner
 * et al., "A technique for drawing directed graphs", 1993). Two fixed items are never swapped. Swaps in one
 * column do not move its items' neighbours, so their sorted positions are computed once per column and round.
 */
function transpose(
  layers: string[][],
  up: Map<string, string[]>,
  down: Map<string, string[]>,
  position: Map<string, number>,
  fixed: ReadonlySet<string> | null,
  rounds = 4,
) {
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const layer of layers) {
      if (layer.length < 2) continue;
      const ups = layer.map((id) => sortedPositions(id, up, position));
      const downs = layer.map((id) => sortedPositions(id, down, position));
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i]!;
        const v = layer[i + 1]!;
        if (fixed?.has(u) && fixed.has(v)) continue;
        const a = pairCrossings(ups[i]!, ups[i + 1]!);
        const b = pairCrossings(downs[i]!, downs[i + 1]!);
        if (a.swapped + b.swapped < a.kept + b.kept) {
          layer[i] = v;
          layer[i + 1] = u;
          [ups[i], ups[i + 1]] = [ups[i + 1]!, ups[i]!];
          [downs[i], downs[i + 1]] = [downs[i + 1]!, downs[i]!];
          position.set(v, i);
          position.set(u, i + 1);
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
