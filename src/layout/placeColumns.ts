/**
 * Vertical placement within columns: the items of each column (visible nodes, and dummies where a long link
 * passes through), stacked, moved towards their neighbours' heights (isotonic regression by
 * pool-adjacent-violators) and compacted under the headers. Used by `placeLayers`.
 */
import type { MapNode } from '../model/schema';
import { dummyId } from './order';
import { GEOMETRY as G } from './types';

/** A node or a dummy in a column, with its current top `y`. */
export interface Item {
  id: string;
  height: number;
  y: number;
  column: number;
  node?: MapNode;
  /** The notice of an emptied column (placed first in it, spaced like a node). */
  notice?: true;
}

/** A link's piece between adjacent visible columns: `rank` is the visible column of its `upper` end. */
export interface Segment {
  upper: string;
  lower: string;
  rank: number;
}

/**
 * Adjacent-column segments of the visible links, with a dummy in each visible column a link skips. Dummies are
 * named by full-map rank (as in `orderLayers`), so they keep their place in the full order when filters hide
 * columns; `rank` here is the visible column of the segment's upper end.
 */
export function visibleSegments(
  links: readonly { key: string; source: string; target: string }[],
  columnOf: ReadonlyMap<string, number>,
  used: readonly number[],
): Segment[] {
  const segments: Segment[] = [];
  for (const link of links) {
    const cs = columnOf.get(link.source);
    const ct = columnOf.get(link.target);
    if (cs === undefined || ct === undefined || cs === ct) continue;
    const [a, b, left, right] = cs < ct ? [cs, ct, link.source, link.target] : [ct, cs, link.target, link.source];
    let previous = left;
    for (let c = a + 1; c <= b; c++) {
      const item = c === b ? right : dummyId(link.key, used[c] ?? c);
      segments.push({ upper: previous, lower: item, rank: c - 1 });
      previous = item;
    }
  }
  return segments;
}

/**
 * Places the columns `layers` (each in its final order): stacked, then four sweeps each way moving every column
 * towards its neighbours (`up`: an item's neighbours in the column before; `down`: in the column after), then
 * compacted. Sets each item's `y`; returns the bottom of the lowest item.
 */
export function placeColumns(layers: Item[][], up: Map<string, Item[]>, down: Map<string, Item[]>): number {
  for (const layer of layers) stack(layer);
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let c = 1; c < layers.length; c++) align(layers[c] ?? [], up);
    for (let c = layers.length - 2; c >= 0; c--) align(layers[c] ?? [], down);
  }
  return compact(layers);
}

/**
 * Every column starts under its header and no gap grows past `maxGap`, so short columns stay in view beside tall
 * ones; the alignment still decides where the smaller gaps go. Returns the bottom of the lowest item.
 */
function compact(layers: Item[][]): number {
  let maxY = 0;
  for (const layer of layers) {
    let y = G.headerHeight;
    let previousBottom: number | null = null;
    let previousIsDummy = false;
    for (const item of layer) {
      // Long links passing through a column run as a tight bundle; nodes keep their normal spacing.
      const isDummy = !item.node && !item.notice;
      const minGap = isDummy && previousIsDummy ? 2 : G.nodeGap;
      const maxGap = isDummy || previousIsDummy ? minGap : G.maxGap;
      const gap = previousBottom === null ? 0 : Math.min(Math.max(item.y - previousBottom, minGap), maxGap);
      previousIsDummy = isDummy;
      y += gap;
      previousBottom = item.y + item.height;
      item.y = Math.round(y);
      y += item.height;
      maxY = Math.max(maxY, item.y + item.height);
    }
  }
  return maxY;
}

function stack(layer: Item[]) {
  let y = 0;
  for (const item of layer) {
    item.y = y;
    y += item.height + G.nodeGap;
  }
}

/** Pool-adjacent-violators: places a column as near its targets as order and spacing allow. */
function align(layer: Item[], neighbours: Map<string, Item[]>) {
  const n = layer.length;
  if (n === 0) return;
  // Offsets make the spacing constraint y[i+1] >= y[i] + h[i] + gap into z[i+1] >= z[i].
  const offset: number[] = [];
  let acc = 0;
  for (const item of layer) {
    offset.push(acc);
    acc += item.height + G.nodeGap;
  }
  const blocks: { sum: number; weight: number; count: number }[] = [];
  layer.forEach((item, i) => {
    const ns = neighbours.get(item.id);
    let target = item.y + item.height / 2;
    let weight = 0.05; // unlinked items stay roughly where they are
    if (ns && ns.length > 0) {
      target = ns.reduce((s, m) => s + m.y + m.height / 2, 0) / ns.length;
      weight = 1;
    }
    const z = target - item.height / 2 - (offset[i] ?? 0);
    blocks.push({ sum: z * weight, weight, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const prev = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (prev.sum / prev.weight <= last.sum / last.weight) break;
      blocks.splice(-2, 2, {
        sum: prev.sum + last.sum,
        weight: prev.weight + last.weight,
        count: prev.count + last.count,
      });
    }
  });
  let i = 0;
  for (const block of blocks) {
    const z = block.sum / block.weight;
    for (let k = 0; k < block.count; k++, i++) {
      const item = layer[i];
      if (item) item.y = z + (offset[i] ?? 0);
    }
  }
}
