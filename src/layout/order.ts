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
import { inversions } from './crossings';
import { seededRandom } from '../model/random';

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
  /** The core (see `OrderOptions.core`) was ordered first and keeps its relative order. */
  coreFirst?: boolean;
  /** With `coreFirst`, from the sweeps: their order of the whole map without regard for the core (for `refineOrder`). */
  joint?: { layers: string[][]; crossings: number };
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
  /**
   * Work allowed for sifting after the sweeps, per ordering pass, in items plus links scanned (deterministic,
   * unlike a time limit); 0 turns sifting off. @default siftWorkFor(nodes)
   */
  siftWork?: number;
}

/**
 * Default sifting work per pass: this much per node, at most `SIFT_WORK_MAX`. About 4 to 6 ns a unit in Node on
 * this project's 2-core machine (unloaded): some 20 ms a pass for the built-in map, about 0.8 s at 10,000 nodes.
 * Both the page and the worker draw the sweeps' quick order first and refine after it (see `refineOrder`).
 */
export const SIFT_WORK_PER_NODE = 20_000;
export const SIFT_WORK_MAX = 300_000_000;
export const siftWorkFor = (nodes: number) => Math.min(SIFT_WORK_MAX, nodes * SIFT_WORK_PER_NODE);

/** The same items in the same places (a refinement that changed nothing need not be drawn again). */
export const sameOrder = (a: LayerOrder, b: LayerOrder): boolean =>
  a === b ||
  (a.layers.length === b.layers.length &&
    a.layers.every(
      (layer, r) => layer.length === b.layers[r]!.length && layer.every((id, i) => id === b.layers[r]![i]),
    ));

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
  const { sweeps = 12, core, coreTolerance = 1.25, siftWork = siftWorkFor(input.nodes.length) } = options;
  const swept = sweptOrder(input, sweeps, core, coreTolerance);
  return sweeps === 0 ? swept : refineOrder(input, swept, { core, siftWork, coreTolerance, sweeps });
}

/** The barycentre sweeps alone (what `orderLayers` refines): quick, for a first drawing. */
export function sweptOrder(
  input: OrderInput,
  sweeps = 12,
  core?: ReadonlySet<string>,
  coreTolerance = 1.25,
): LayerOrder {
  const together = sweepOrder(input, sweeps, null);
  if (sweeps === 0 || !properCore(input, core)) return together;
  const coreInput = coreOf(input, core);
  const coreFirst = sweepOrder(input, sweeps, sweepOrder(coreInput, sweeps, null).layers);
  return coreFirst.crossings <= together.crossings * coreTolerance
    ? { ...coreFirst, coreFirst: true, joint: together }
    : together;
}

const properCore = (input: OrderInput, core: ReadonlySet<string> | undefined): core is ReadonlySet<string> =>
  !!core && input.nodes.some((id) => core.has(id)) && !input.nodes.every((id) => core.has(id));

export const coreOf = (input: OrderInput, core: ReadonlySet<string>): OrderInput => ({
  ...input,
  nodes: input.nodes.filter((id) => core.has(id)),
  links: input.links.filter((l) => core.has(l.source) && core.has(l.target)),
});

/** Items (nodes and dummies) of an input: what the sweeps and sifting move. */
const itemCount = (input: OrderInput) =>
  input.nodes.length + segmentsOf(input).reduce((n, s) => n + (s.lower.includes('@') ? 1 : 0), 0);

/**
 * Starts tried when refining (see `sweepStarts`): as many as fit `START_ITEMS` items in all, at most
 * `MAX_STARTS`, and at most one per `START_WORK_PER_ITEM` units of the refinement's work per item (the cost of a
 * start's sweeps, in sifting's units); one (the sweeps' own) from 2,000 items up. The best `SIFTED_STARTS` of
 * them are sifted.
 */
export const START_ITEMS = 4_000;
export const MAX_STARTS = 32;
export const START_WORK_PER_ITEM = 1_000;
export const SIFTED_STARTS = 4;
/** With a core, whole-map trials stop once the refinement has done this many sifting passes' work. */
export const CORE_TRIAL_PASSES = 4;
export const startsFor = (items: number, work: number) =>
  Math.max(
    1,
    Math.min(
      MAX_STARTS,
      Math.floor(START_ITEMS / Math.max(1, items)),
      Math.floor(work / (START_WORK_PER_ITEM * items)),
    ),
  );

/**
 * Orders of `input` worth sifting, best first: `first` (the sweeps from the input order) and the orders the
 * sweeps reach from seeded shuffled starts, the best `SIFTED_STARTS` by crossings, each sifted, then sorted by
 * crossings (the earlier start first among equals). Deterministic.
 */
function siftedStarts(
  input: OrderInput,
  first: LayerOrder,
  sweeps: number,
  fixedIds: ReadonlySet<string> | null,
  work: number,
  spent: { work: number },
): LayerOrder[] {
  const starts = fixedIds ? 1 : startsFor(itemCount(input), work);
  const swept = starts > 1 ? [first, ...sweepStarts(input, sweeps, null, starts).slice(1)] : [first];
  const ranked = swept
    .map((order, at) => ({ order, at }))
    .sort((a, b) => a.order.crossings - b.order.crossings || a.at - b.at)
    .slice(0, SIFTED_STARTS);
  return ranked
    .map(({ order, at }) => ({ order: siftOrder(input, order.layers, fixedIds, work, spent), at }))
    .sort((a, b) => a.order.crossings - b.order.crossings || a.at - b.at)
    .map(({ order }) => order);
}

/**
 * Refines a `sweptOrder`: small maps are also swept from seeded shuffled starts (see `startsFor`), and the best
 * orders are sifted (see `sift`); the one with the fewest crossings is kept. With a `core` (the opening view), the
 * core's best orders, each on its own, are tried in turn with the other items merged around them and sifted with
 * the core's relative order kept; the first whose whole map has at most `coreTolerance` times the crossings of
 * the whole map refined without regard for the core is kept (so the opening view is as clean as if it were laid
 * out alone, as long as the whole map can afford it), else that joint order. Deterministic: the same input,
 * order and options give the same result.
 */
export function refineOrder(
  input: OrderInput,
  order: LayerOrder,
  options: { core?: ReadonlySet<string>; siftWork?: number; coreTolerance?: number; sweeps?: number } = {},
): LayerOrder {
  const { core, siftWork = siftWorkFor(input.nodes.length), coreTolerance = 1.25, sweeps = 12 } = options;
  if (siftWork <= 0) return order;
  const spent = { work: 0 };
  if (!properCore(input, core)) return siftedStarts(input, order, sweeps, null, siftWork, spent)[0]!;
  const jointSwept: LayerOrder = (order.coreFirst && order.joint) || order;
  const joint = siftedStarts(input, jointSwept, sweeps, null, siftWork, spent)[0]!;
  const coreInput = coreOf(input, core);
  const coreItems = new Set(coreInput.nodes);
  for (const s of segmentsOf(coreInput)) coreItems.add(s.lower).add(s.upper);
  const coreSwept = sweepOrder(coreInput, sweeps, null);
  for (const coreOrder of siftedStarts(coreInput, coreSwept, sweeps, null, siftWork, spent)) {
    // Big maps: as many whole-map trials as fit four sifting passes in all.
    if (spent.work >= CORE_TRIAL_PASSES * siftWork) break;
    const merged = sweepOrder(input, sweeps, coreOrder.layers);
    const whole = siftOrder(input, merged.layers, coreItems, siftWork, spent);
    if (whole.crossings <= joint.crossings * coreTolerance) return { ...whole, coreFirst: true };
  }
  return joint;
}

/** Items (nodes, then dummies) as integers, and their links to the next and previous columns as CSR arrays. */
interface Graph {
  names: string[];
  /** Neighbours of each item in the next column (`down`) and the previous one (`up`). */
  down: Side;
  up: Side;
  /** Per gap between columns r and r + 1: the upper and lower item of each segment. */
  gapUpper: Int32Array[];
  gapLower: Int32Array[];
}

function graphOf(input: OrderInput, extraItems: readonly string[][]): { graph: Graph; index: Map<string, number> } {
  const names: string[] = [];
  const index = new Map<string, number>();
  const add = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = names.length;
      names.push(id);
      index.set(id, i);
    }
    return i;
  };
  for (const layer of extraItems) for (const id of layer) add(id);
  for (const id of input.nodes) add(id);
  const segments = segmentsOf(input).map((s) => ({ upper: add(s.upper), lower: add(s.lower), rank: s.rank }));
  const csr = (from: (s: (typeof segments)[number]) => number, to: (s: (typeof segments)[number]) => number) => {
    const start = new Int32Array(names.length + 1);
    for (const s of segments) start[from(s) + 1]!++;
    for (let i = 0; i < names.length; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, names.length);
    const targets = new Int32Array(segments.length);
    for (const s of segments) targets[fill[from(s)]!++] = to(s);
    return { start, to: targets };
  };
  const down = csr(
    (s) => s.upper,
    (s) => s.lower,
  );
  const up = csr(
    (s) => s.lower,
    (s) => s.upper,
  );
  const perGap = Array.from({ length: Math.max(0, input.columns - 1) }, () => 0);
  for (const s of segments) perGap[s.rank]!++;
  const gapUpper = perGap.map((n) => new Int32Array(n));
  const gapLower = perGap.map((n) => new Int32Array(n));
  const filled = perGap.map(() => 0);
  for (const s of segments) {
    const k = filled[s.rank]!++;
    gapUpper[s.rank]![k] = s.upper;
    gapLower[s.rank]![k] = s.lower;
  }
  return { graph: { names, down, up, gapUpper, gapLower }, index };
}

/**
 * Barycenter sweeps with adjacent transpositions, keeping the best order seen. With `fixedLayers`, the items in
 * them keep their relative order and only the other items move among them. From `starts` starts: the input
 * order, then seeded shuffles of each column (the sweeps end in a local optimum that depends on the start); the
 * best order of each start, in start order. Fixed layers allow one start only. `firstStart` skips the first
 * starts (for a long search in batches).
 */
export function sweepStarts(
  input: OrderInput,
  sweeps: number,
  fixedLayers: string[][] | null,
  starts = 1,
  firstStart = 0,
): LayerOrder[] {
  const { graph, index } = graphOf(input, fixedLayers ?? []);
  const { names } = graph;
  const fixed = new Uint8Array(names.length);
  const initial: number[][] = Array.from({ length: input.columns }, () => []);
  const placed = new Uint8Array(names.length);
  fixedLayers?.forEach((layer, r) =>
    layer.forEach((id) => {
      const i = index.get(id)!;
      fixed[i] = 1;
      placed[i] = 1;
      initial[r]?.push(i);
    }),
  );
  for (const id of input.nodes) {
    const i = index.get(id)!;
    if (!placed[i]) {
      placed[i] = 1;
      initial[input.rankOf.get(id) ?? 0]?.push(i);
    }
  }
  // Dummies, in the order their links come, in the column below the segment that reaches them.
  graph.gapLower.forEach((lowers, r) => {
    for (const i of lowers)
      if (!placed[i]) {
        placed[i] = 1;
        initial[r + 1]?.push(i);
      }
  });

  const anyFixed = fixedLayers !== null;
  const { down, up } = graph;
  const position = new Float64Array(names.length);
  const results: LayerOrder[] = [];
  const end = anyFixed ? firstStart + 1 : firstStart + Math.max(1, starts);
  for (let start = firstStart; start < end; start++) {
    const layers = initial.map((l) => [...l]);
    if (start > 0) {
      // Fisher-Yates, seeded by the start's number: the same input always gives the same starts.
      const random = seededRandom(start);
      for (const layer of layers)
        for (let i = layer.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [layer[i], layer[j]] = [layer[j]!, layer[i]!];
        }
    }
    layers.forEach((layer) => layer.forEach((item, at) => (position[item] = at)));
    const count = () => {
      let total = 0;
      graph.gapUpper.forEach((uppers, r) => {
        total += gapCrossings(uppers, graph.gapLower[r]!, position, layers[r + 1]?.length ?? 0);
      });
      return total;
    };

    // The items added to fixed layers start at the end of their column: one pass brings them beside their links.
    if (anyFixed) {
      for (let r = 1; r < layers.length; r++) reorder(layers, r, up, position, fixed);
      for (let r = layers.length - 2; r >= 0; r--) reorder(layers, r, down, position, fixed);
    }
    let best = layers.map((l) => [...l]);
    let bestCrossings = count();
    let stale = 0;
    for (let sweep = 0; sweep < sweeps && bestCrossings > 0 && stale < 3; sweep++) {
      for (let r = 1; r < layers.length; r++) reorder(layers, r, up, position, anyFixed ? fixed : null);
      for (let r = layers.length - 2; r >= 0; r--) reorder(layers, r, down, position, anyFixed ? fixed : null);
      transpose(layers, up, down, position, anyFixed ? fixed : null);
      const crossings = count();
      if (crossings < bestCrossings) {
        bestCrossings = crossings;
        best = layers.map((l) => [...l]);
        stale = 0;
      } else stale++;
    }
    results.push({ layers: best.map((layer) => layer.map((i) => names[i]!)), crossings: bestCrossings });
  }
  return results;
}

/** The best of `sweepStarts` (the earliest start among equals). */
export function sweepOrder(input: OrderInput, sweeps: number, fixedLayers: string[][] | null, starts = 1): LayerOrder {
  return sweepStarts(input, sweeps, fixedLayers, starts).reduce((best, o) => (o.crossings < best.crossings ? o : best));
}

/** Sifting rounds over `layers` (a complete order of `input`), alternating direction, while they gain. */
export function siftOrder(
  input: OrderInput,
  start: readonly string[][],
  fixedIds: ReadonlySet<string> | null,
  budget: number,
  spent?: { work: number },
): LayerOrder {
  const { graph, index } = graphOf(input, start);
  const { names } = graph;
  const layers = start.map((layer) => layer.map((id) => index.get(id)!));
  const position = new Float64Array(names.length);
  layers.forEach((layer) => layer.forEach((item, at) => (position[item] = at)));
  const fixed = fixedIds ? Uint8Array.from(names, (id) => (fixedIds.has(id) ? 1 : 0)) : null;
  const count = () => {
    let total = 0;
    graph.gapUpper.forEach((uppers, r) => {
      total += gapCrossings(uppers, graph.gapLower[r]!, position, layers[r + 1]?.length ?? 0);
    });
    return total;
  };
  let best = layers.map((l) => [...l]);
  let bestCrossings = count();
  let work = 0;
  for (let round = 0; round < 8 && work < budget && bestCrossings > 0; round++) {
    const before = bestCrossings;
    const down = round % 2 === 0;
    for (let k = 0; k < layers.length && work < budget; k++)
      work += sift(layers, down ? k : layers.length - 1 - k, graph.up, graph.down, position, fixed, budget - work);
    const crossings = count();
    if (crossings <= bestCrossings) {
      bestCrossings = crossings;
      best = layers.map((l) => [...l]);
    }
    if (bestCrossings >= before) break;
  }
  if (spent) spent.work += work;
  return { layers: best.map((layer) => layer.map((i) => names[i]!)), crossings: bestCrossings };
}

/**
 * Sifting (Matuszewski, Schönfeld and Molitor, "Using sifting for k-layer straightline crossing minimization",
 * 1999) of one column: each item, by decreasing degree, is taken out and tried in every slot of its column, and
 * put back where it crosses fewest links on both sides; the crossings of each slot follow from the pairwise
 * crossings with the items it passes. For an item v, a table over the slots of each neighbouring column holds
 * (v's neighbours above that slot) - (those below it); the change of moving v below another item w is then the
 * sum of the table at w's neighbours, so one item costs one pass over its column, its links and the two
 * neighbouring columns. An item only moves for a strict gain, so crossings never increase. Items in `fixed`
 * stay; the others move past them freely. Stops before an item whose pass would exceed `budget` (units: items
 * plus links scanned). Returns the work done.
 */
function sift(
  layers: number[][],
  r: number,
  up: Side,
  down: Side,
  position: Float64Array,
  fixed: Uint8Array | null,
  budget: number,
): number {
  const layer = layers[r];
  if (!layer || layer.length < 2) return 0;
  const n = layer.length;
  // Neighbourhoods by local id (the slot at the start): positions on the other columns do not change here.
  const sides = [neighbourhoods(layer, up, position), neighbourhoods(layer, down, position)];
  const tables = [new Int32Array(layers[r - 1]?.length ?? 0), new Int32Array(layers[r + 1]?.length ?? 0)];
  const degree = (j: number) => sides[0]!.end[j]! - sides[0]!.start[j]! + sides[1]!.end[j]! - sides[1]!.start[j]!;
  const links = sides[0]!.at.length + sides[1]!.at.length;
  const byDegree = Array.from({ length: n }, (_, j) => j)
    .filter((j) => degree(j) > 0 && !(fixed && fixed[layer[j]!]))
    .sort((a, b) => degree(b) - degree(a) || a - b);
  const order = Int32Array.from({ length: n }, (_, j) => j); // local ids, top to bottom
  const delta = new Float64Array(n);
  let work = 0;
  for (const v of byDegree) {
    let cost = n + links;
    for (let s = 0; s < 2; s++) if (sides[s]!.end[v]! > sides[s]!.start[v]!) cost += tables[s]!.length;
    if (work + cost > budget) break;
    work += cost;
    delta.fill(0);
    for (let s = 0; s < 2; s++) {
      const { at, start, end } = sides[s]!;
      const vFrom = start[v]!;
      const vTo = end[v]!;
      if (vFrom === vTo) continue;
      // table[p] = (v's neighbours above slot p) - (those below it).
      const table = tables[s]!;
      let lt = vFrom;
      let le = vFrom;
      for (let p = 0; p < table.length; p++) {
        while (lt < vTo && at[lt]! < p) lt++;
        if (le < lt) le = lt;
        while (le < vTo && at[le]! <= p) le++;
        table[p] = lt - vFrom - (vTo - le);
      }
      for (let w = 0; w < n; w++) {
        let d = 0;
        for (let e = start[w]!; e < end[w]!; e++) d += table[at[e]!]!;
        delta[w] = delta[w]! + d;
      }
    }
    // Sum of the changes from v at the top down to each slot; v moves only for a strict gain.
    let sum = 0;
    let bestSum = 0;
    let bestAt = 0;
    let currentSum = 0;
    let from = 0;
    let k = 0;
    for (let slot = 0; slot < n; slot++) {
      const w = order[slot]!;
      if (w === v) {
        from = k;
        currentSum = sum;
        continue;
      }
      sum += delta[w]!;
      k++;
      if (sum < bestSum) {
        bestSum = sum;
        bestAt = k;
      }
    }
    if (bestSum >= currentSum) continue;
    // Move v from slot `from` to slot `bestAt` among the others.
    if (bestAt > from) order.copyWithin(from, from + 1, bestAt + 1);
    else order.copyWithin(bestAt + 1, bestAt, from);
    order[bestAt] = v;
  }
  layers[r] = Array.from(order, (j) => layer[j]!);
  layers[r]!.forEach((item, at) => (position[item] = at));
  return work;
}

/** Neighbours on one side, as CSR arrays: those of item i are `to[start[i] .. start[i + 1])`. */
interface Side {
  start: Int32Array;
  to: Int32Array;
}

/**
 * Crossings in one gap, as `bilayerCrossings` counts them but without tuples: segments sorted by (upper, lower)
 * position as one numeric key, then the inversions of their lower ends.
 */
function gapCrossings(uppers: Int32Array, lowers: Int32Array, position: Float64Array, lowerSize: number): number {
  const n = uppers.length;
  if (n < 2) return 0;
  const width = lowerSize + 1;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = position[uppers[k]!]! * width + position[lowers[k]!]!;
  keys.sort();
  for (let k = 0; k < n; k++) keys[k] = keys[k]! % width;
  return inversions(keys, lowerSize);
}

function barycenter(item: number, side: Side, position: Float64Array): number | null {
  const from = side.start[item]!;
  const to = side.start[item + 1]!;
  if (to === from) return null;
  let sum = 0;
  for (let k = from; k < to; k++) sum += position[side.to[k]!]!;
  return sum / (to - from);
}

/**
 * Sorts column `r` by the barycenter of each item's neighbours in the fixed column; items with no
 * neighbours there keep their slot, so unlinked nodes do not all drift to one end. Items in `fixed` keep their
 * relative order; the others are merged among them by barycenter.
 */
function reorder(layers: number[][], r: number, side: Side, position: Float64Array, fixed: Uint8Array | null) {
  const layer = layers[r];
  if (!layer || layer.length < 2) return;
  let result: number[];
  if (!fixed) {
    const movable: { item: number; bary: number; at: number }[] = [];
    const pinned: boolean[] = [];
    layer.forEach((item, at) => {
      const bary = barycenter(item, side, position);
      if (bary === null) pinned[at] = true;
      else movable.push({ item, bary, at });
    });
    movable.sort((a, b) => a.bary - b.bary || a.at - b.at);
    let next = 0;
    result = layer.map((item, at) => (pinned[at] ? item : (movable[next++]?.item ?? item)));
  } else {
    // Fixed items in their order, each with the running maximum of their barycenters as a monotone key; free
    // items (keyed by barycenter, or their current slot without neighbours) go before the first fixed item
    // whose key is larger.
    const kept: { item: number; key: number }[] = [];
    const free: { item: number; key: number; at: number }[] = [];
    let running = -Infinity;
    layer.forEach((item, at) => {
      const key = barycenter(item, side, position) ?? at;
      if (fixed[item]) {
        running = Math.max(running, key);
        kept.push({ item, key: running });
      } else free.push({ item, key, at });
    });
    if (free.length === 0) return;
    free.sort((a, b) => a.key - b.key || a.at - b.at);
    result = [];
    let j = 0;
    for (const k of kept) {
      while (j < free.length && free[j]!.key < k.key) result.push(free[j++]!.item);
      result.push(k.item);
    }
    while (j < free.length) result.push(free[j++]!.item);
  }
  layers[r] = result;
  result.forEach((item, at) => (position[item] = at));
}

/**
 * The positions of each item's neighbours on one side, ascending, for one column: item `j` of the column has
 * `at[start[j] .. end[j])`. One buffer per column and round, sorted in place (degrees are small).
 */
interface Neighbourhoods {
  at: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

function neighbourhoods(layer: readonly number[], side: Side, position: Float64Array): Neighbourhoods {
  const start = new Int32Array(layer.length);
  const end = new Int32Array(layer.length);
  let total = 0;
  for (let j = 0; j < layer.length; j++) {
    const item = layer[j]!;
    start[j] = total;
    total += side.start[item + 1]! - side.start[item]!;
    end[j] = total;
  }
  const at = new Int32Array(total);
  for (let j = 0; j < layer.length; j++) {
    const item = layer[j]!;
    let k = start[j]!;
    for (let e = side.start[item]!; e < side.start[item + 1]!; e++) {
      // Insertion into the sorted run so far.
      const value = position[side.to[e]!]!;
      let i = k++;
      while (i > start[j]! && at[i - 1]! > value) {
        at[i] = at[i - 1]!;
        i--;
      }
      at[i] = value;
    }
  }
  return { at, start, end };
}

/**
 * Crossings between the links of the items in slots `x` and `y` to one side, with `x` above `y` (`kept`) and
 * swapped (`swapped`), in one merge of their neighbours' sorted positions: O(deg x + deg y).
 */
function pairCrossings(n: Neighbourhoods, x: number, y: number): { kept: number; swapped: number } {
  const { at } = n;
  const vFrom = n.start[y]!;
  const vTo = n.end[y]!;
  let kept = 0;
  let swapped = 0;
  let lt = vFrom; // y's neighbours strictly above x's current one
  let le = vFrom; // ... above or level with it
  for (let k = n.start[x]!; k < n.end[x]!; k++) {
    const a = at[k]!;
    while (lt < vTo && at[lt]! < a) lt++;
    if (le < lt) le = lt;
    while (le < vTo && at[le]! <= a) le++;
    kept += lt - vFrom;
    swapped += vTo - le;
  }
  return { kept, swapped };
}

function swapSlots(n: Neighbourhoods, i: number) {
  const s = n.start[i]!;
  const e = n.end[i]!;
  n.start[i] = n.start[i + 1]!;
  n.end[i] = n.end[i + 1]!;
  n.start[i + 1] = s;
  n.end[i + 1] = e;
}

/**
 * Swaps neighbours in a column while that removes crossings on both sides (the "transpose" heuristic of Gansner
 * et al., "A technique for drawing directed graphs", 1993). Two fixed items are never swapped. Swaps in one
 * column do not move its items' neighbours, so their sorted positions are computed once per column and round.
 */
function transpose(
  layers: number[][],
  up: Side,
  down: Side,
  position: Float64Array,
  fixed: Uint8Array | null,
  rounds = 4,
) {
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const layer of layers) {
      if (layer.length < 2) continue;
      const ups = neighbourhoods(layer, up, position);
      const downs = neighbourhoods(layer, down, position);
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i]!;
        const v = layer[i + 1]!;
        if (fixed && fixed[u] && fixed[v]) continue;
        const a = pairCrossings(ups, i, i + 1);
        const b = pairCrossings(downs, i, i + 1);
        if (a.swapped + b.swapped < a.kept + b.kept) {
          layer[i] = v;
          layer[i + 1] = u;
          swapSlots(ups, i);
          swapSlots(downs, i);
          position[v] = i;
          position[u] = i + 1;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
}
