/**
 * Placement: turns a column order into boxes and link routes. Each column is placed so that items sit near the
 * mean height of their linked neighbours, keeping their order and spacing; the best such placement for a column
 * is an isotonic regression, solved exactly by pool-adjacent-violators. Cheap (linear per sweep), so filters
 * re-place the surviving nodes in the order the full map gave them instead of re-ordering.
 */
import type { Kind, MapLink, MapNode } from '../model/schema';
import { linkKey } from '../model/graph';
import { wrapText, type Wrapped } from './text';
import { dummyId, type LayerOrder } from './order';
import { bilayerCrossings } from './crossings';
import { GEOMETRY as G, type ColumnBox, type EdgeRoute, type MapLayout, type NodeBox, type Point } from './types';

export interface PlaceInput {
  /** All kinds in column order; kinds with no visible node get no column. */
  kinds: readonly Kind[];
  /** The visible nodes and links. */
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  /** Order of the full map (from `orderLayers` over all kinds); items not in it go to the end of their column. */
  order: LayerOrder;
}

interface Item {
  id: string;
  height: number;
  y: number;
  column: number;
  node?: MapNode;
}

const wrapCache = new Map<string, Wrapped>();

/** Label lines of a node as drawn: its title, or the gap wording when the title is not yet sourced. */
export function labelLines(node: Pick<MapNode, 'label'>): Wrapped {
  const text = node.label ?? 'title not yet sourced';
  let wrapped = wrapCache.get(text);
  if (!wrapped) {
    if (wrapCache.size > 50_000) wrapCache.clear();
    wrapped = wrapText(text, { maxWidth: G.nodeWidth - 2 * G.paddingX, fontSize: G.labelFontSize, maxLines: 3 });
    wrapCache.set(text, wrapped);
  }
  return wrapped;
}

export function nodeHeight(lineCount: number): number {
  return G.paddingTop + G.codeRowHeight + Math.max(1, lineCount) * G.labelLineHeight + G.paddingBottom;
}

export function placeLayers(input: PlaceInput): MapLayout {
  const kindRank = new Map(input.kinds.map((k, i) => [k.id, i]));
  const used = [...new Set(input.nodes.map((n) => kindRank.get(n.kind) ?? 0))].sort((a, b) => a - b);
  const columnOfRank = new Map(used.map((rank, c) => [rank, c]));
  const rankOf = new Map<string, number>();
  for (const n of input.nodes) rankOf.set(n.id, columnOfRank.get(kindRank.get(n.kind) ?? 0) ?? 0);

  // Items: visible nodes, and dummies of visible links in the visible columns they skip.
  const items = new Map<string, Item>();
  const labels = new Map<string, Wrapped>();
  for (const node of input.nodes) {
    const wrapped = labelLines(node);
    labels.set(node.id, wrapped);
    items.set(node.id, {
      id: node.id,
      height: nodeHeight(wrapped.lines.length),
      y: 0,
      column: rankOf.get(node.id) ?? 0,
      node,
    });
  }
  const keyed = input.links.map((l) => ({ key: linkKey(l), source: l.source, target: l.target }));
  const segments = visibleSegments(keyed, rankOf, used);
  for (const s of segments) {
    if (!items.has(s.lower)) items.set(s.lower, { id: s.lower, height: G.dummyHeight, y: 0, column: s.rank + 1 });
  }

  // Columns in the full order, restricted to what is visible. A dummy's id names its column in full-map ranks.
  const layers: Item[][] = used.map(() => []);
  const placed = new Set<string>();
  used.forEach((rank, c) => {
    for (const id of input.order.layers[rank] ?? []) {
      const item = items.get(id);
      if (item && item.column === c && !placed.has(item.id)) {
        layers[c]?.push(item);
        placed.add(item.id);
      }
    }
  });
  for (const item of items.values()) if (!placed.has(item.id)) layers[item.column]?.push(item);

  const up = new Map<string, Item[]>();
  const down = new Map<string, Item[]>();
  for (const s of segments) {
    const u = items.get(s.upper);
    const l = items.get(s.lower);
    if (!u || !l) continue;
    push(down, u.id, l);
    push(up, l.id, u);
  }

  // Start stacked, then sweep: each column moves towards its neighbours' heights.
  for (const layer of layers) stack(layer);
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let c = 1; c < layers.length; c++) align(layers[c] ?? [], up);
    for (let c = layers.length - 2; c >= 0; c--) align(layers[c] ?? [], down);
  }
  // Compact: every column starts under its header and no gap grows past `maxGap`, so short columns stay in
  // view beside tall ones; the alignment above still decides where the smaller gaps go.
  let maxY = 0;
  for (const layer of layers) {
    let y = G.headerHeight;
    let previousBottom: number | null = null;
    let previousIsDummy = false;
    for (const item of layer) {
      // Long links passing through a column run as a tight bundle; nodes keep their normal spacing.
      const isDummy = !item.node;
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

  const columnX = (c: number) => c * (G.nodeWidth + G.columnGap);
  const boxes = new Map<string, NodeBox>();
  for (const item of items.values()) {
    const wrapped = labels.get(item.id);
    if (!item.node || !wrapped) continue;
    boxes.set(item.id, {
      id: item.id,
      x: columnX(item.column),
      y: item.y,
      width: G.nodeWidth,
      height: item.height,
      lines: wrapped.lines,
      truncated: wrapped.truncated,
    });
  }

  const routes = new Map<string, EdgeRoute>();
  const ports = portOffsets(keyed, items, rankOf);
  for (const { key, source, target } of keyed) {
    const s = items.get(source);
    const t = items.get(target);
    if (!s || !t) continue;
    const points: Point[] = [];
    if (s.column === t.column) {
      const x = columnX(s.column) + G.nodeWidth;
      points.push({ x, y: s.y + s.height / 2 }, { x, y: t.y + t.height / 2 });
      routes.set(key, { key, source, target, points, arrowAt: 'end' });
      continue;
    }
    const [left, right] = s.column < t.column ? [s, t] : [t, s];
    points.push({
      x: columnX(left.column) + G.nodeWidth,
      y: left.y + (ports.get(`${key}|${left.id}`) ?? left.height / 2),
    });
    for (let c = left.column + 1; c < right.column; c++) {
      const dummy = items.get(dummyId(key, used[c] ?? c));
      if (!dummy) continue;
      const y = dummy.y + dummy.height / 2;
      points.push({ x: columnX(c), y }, { x: columnX(c) + G.nodeWidth, y });
    }
    points.push({ x: columnX(right.column), y: right.y + (ports.get(`${key}|${right.id}`) ?? right.height / 2) });
    routes.set(key, { key, source, target, points, arrowAt: left.id === target ? 'start' : 'end' });
  }

  const columns: ColumnBox[] = used.map((rank, c) => {
    const kind = input.kinds[rank];
    return {
      kind: kind?.id ?? '',
      title: kind?.plural ?? '',
      x: columnX(c),
      width: G.nodeWidth,
      count: layers[c]?.filter((i) => i.node).length ?? 0,
    };
  });

  // Crossings of this placement, gap by gap.
  let crossings = 0;
  const pos = new Map<string, number>();
  layers.forEach((layer) => layer.forEach((item, i) => pos.set(item.id, i)));
  const gaps: [number, number][][] = used.map(() => []);
  for (const s of segments) gaps[s.rank]?.push([pos.get(s.upper) ?? 0, pos.get(s.lower) ?? 0]);
  gaps.forEach((edges, c) => (crossings += bilayerCrossings(edges, layers[c + 1]?.length ?? 0)));

  const width = used.length > 0 ? columnX(used.length - 1) + G.nodeWidth : 0;
  return { boxes, routes, columns, width, height: Math.max(maxY, G.headerHeight), crossings };
}

/**
 * Adjacent-column segments of the visible links, with a dummy in each visible column a link skips. Dummies are
 * named by full-map rank (as in `orderLayers`), so they keep their place in the full order when filters hide
 * columns; `rank` here is the visible column of the segment's upper end.
 */
function visibleSegments(
  links: readonly { key: string; source: string; target: string }[],
  columnOf: ReadonlyMap<string, number>,
  used: readonly number[],
): { upper: string; lower: string; rank: number }[] {
  const segments: { upper: string; lower: string; rank: number }[] = [];
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

/**
 * Spreads the ends of several links on one side of a node over the middle of that side, ordered by the height
 * of the other end, so that links fan out instead of meeting in one point.
 */
function portOffsets(
  links: readonly { key: string; source: string; target: string }[],
  items: Map<string, Item>,
  columnOf: Map<string, number>,
): Map<string, number> {
  const sides = new Map<string, { key: string; otherY: number }[]>();
  for (const { key, source, target } of links) {
    const s = items.get(source);
    const t = items.get(target);
    if (!s || !t || s.column === t.column) continue;
    for (const [me, other] of [
      [s, t],
      [t, s],
    ] as const) {
      const side = `${me.id}|${(columnOf.get(other.id) ?? 0) > me.column ? 'R' : 'L'}`;
      push(sides, side, { key, otherY: other.y + other.height / 2 });
    }
  }
  const offsets = new Map<string, number>();
  for (const [side, ends] of sides) {
    const id = side.slice(0, side.lastIndexOf('|'));
    const item = items.get(id);
    if (!item) continue;
    ends.sort((a, b) => a.otherY - b.otherY || (a.key < b.key ? -1 : 1));
    const span = item.height * 0.6;
    ends.forEach((end, i) => {
      const f = ends.length === 1 ? 0.5 : i / (ends.length - 1);
      offsets.set(`${end.key}|${id}`, item.height * 0.2 + f * span);
    });
  }
  return offsets;
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
