/** Link routes from placed columns: ends spread over the sides of their nodes, long links through their dummies. */
import { bilayerCrossings } from './crossings';
import { dummyId } from './order';
import type { Item, Segment } from './placeColumns';
import { GEOMETRY as G, type EdgeRoute, type Point } from './types';

/** A link as the placement takes it. */
export interface KeyedLink {
  key: string;
  source: string;
  target: string;
}

/** x of the left side of visible column `c`. */
export const columnX = (c: number) => c * (G.nodeWidth + G.columnGap);

/**
 * The route of every link whose ends are placed: from the left end to the right end, through the link's dummies
 * in the columns it skips (`used`: the full-map rank of each visible column), or, within one column, between the
 * right sides of its two nodes.
 */
export function linkRoutes(
  links: readonly KeyedLink[],
  items: Map<string, Item>,
  columnOf: Map<string, number>,
  used: readonly number[],
): Map<string, EdgeRoute> {
  const routes = new Map<string, EdgeRoute>();
  const ports = portOffsets(links, items, columnOf);
  for (const { key, source, target } of links) {
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
  return routes;
}

/** Crossings of the placed columns, gap by gap (long links counted per gap). */
export function countCrossings(layers: readonly Item[][], segments: readonly Segment[]): number {
  let crossings = 0;
  const pos = new Map<string, number>();
  layers.forEach((layer) => layer.forEach((item, i) => pos.set(item.id, i)));
  const gaps: [number, number][][] = layers.map(() => []);
  for (const s of segments) gaps[s.rank]?.push([pos.get(s.upper) ?? 0, pos.get(s.lower) ?? 0]);
  gaps.forEach((edges, c) => (crossings += bilayerCrossings(edges, layers[c + 1]?.length ?? 0)));
  return crossings;
}

/**
 * Spreads the ends of several links on one side of a node over the middle of that side, ordered by the height
 * of the other end, so that links fan out instead of meeting in one point.
 */
function portOffsets(
  links: readonly KeyedLink[],
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

export function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
