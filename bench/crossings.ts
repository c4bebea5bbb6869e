/**
 * One crossing counter for both drawings, so ours and the baseline are compared alike. Columns are the kinds in
 * dataset order; a link is cut into one segment per gap between adjacent columns it spans, and two segments of
 * the same gap cross when their ends are in opposite vertical order on the two sides (shared ends do not count).
 * Where a link passes through a column: on our map, the height of its route there (the layout's dummy); for the
 * baseline, whose edges are drawn straight from centre to centre, the height of that line at the column.
 * For our layout this gives exactly `layout.crossings`.
 */
import { bilayerCrossings } from '../src/layout/crossings';
import type { Dataset } from '../src/model/schema';
import type { MapLayout } from '../src/layout/types';

export interface Segment {
  /** Gap index: between column `gap` and `gap + 1`. */
  gap: number;
  /** Heights of the two ends, left and right. */
  left: number;
  right: number;
}

export function countCrossings(segments: readonly Segment[]): number {
  const byGap = new Map<number, Segment[]>();
  for (const s of segments) {
    const list = byGap.get(s.gap);
    if (list) list.push(s);
    else byGap.set(s.gap, [s]);
  }
  let total = 0;
  for (const list of byGap.values()) {
    const rank = (values: number[]) => {
      const distinct = [...new Set(values.map((v) => Math.round(v * 100)))].sort((a, b) => a - b);
      const at = new Map(distinct.map((v, i) => [v, i]));
      return { of: (v: number) => at.get(Math.round(v * 100)) ?? 0, size: distinct.length };
    };
    const left = rank(list.map((s) => s.left));
    const right = rank(list.map((s) => s.right));
    total += bilayerCrossings(
      list.map((s) => [left.of(s.left), right.of(s.right)] as const),
      right.size,
    );
  }
  return total;
}

/** Segments of our layout: node centres at the ends, route heights through skipped columns. */
export function layoutSegments(layout: MapLayout): Segment[] {
  const columnOfX = new Map(layout.columns.map((c, i) => [c.x, i]));
  const segments: Segment[] = [];
  for (const route of layout.routes.values()) {
    const s = layout.boxes.get(route.source);
    const t = layout.boxes.get(route.target);
    if (!s || !t) continue;
    const cs = columnOfX.get(s.x);
    const ct = columnOfX.get(t.x);
    if (cs === undefined || ct === undefined || cs === ct) continue;
    const [left, right, a, b] = cs < ct ? [s, t, cs, ct] : [t, s, ct, cs];
    const heights = [left.y + left.height / 2];
    // Points: left port, then an entry and an exit point per skipped column, then the right port.
    for (let c = a + 1; c < b; c++) heights.push(route.points[1 + 2 * (c - a - 1)]?.y ?? 0);
    heights.push(right.y + right.height / 2);
    for (let i = 0; i + 1 < heights.length; i++)
      segments.push({ gap: a + i, left: heights[i] ?? 0, right: heights[i + 1] ?? 0 });
  }
  return segments;
}

/** Segments of straight centre-to-centre edges, with columns by kind. */
export function straightSegments(
  dataset: Pick<Dataset, 'kinds' | 'nodes' | 'links'>,
  centres: Readonly<Record<string, { y: number }>>,
): Segment[] {
  const rank = new Map(dataset.kinds.map((k, i) => [k.id, i]));
  const columnOf = new Map(dataset.nodes.map((n) => [n.id, rank.get(n.kind) ?? 0]));
  const segments: Segment[] = [];
  for (const link of dataset.links) {
    const cs = columnOf.get(link.source);
    const ct = columnOf.get(link.target);
    const ys = centres[link.source]?.y;
    const yt = centres[link.target]?.y;
    if (cs === undefined || ct === undefined || ys === undefined || yt === undefined || cs === ct) continue;
    const [a, b, ya, yb] = cs < ct ? [cs, ct, ys, yt] : [ct, cs, yt, ys];
    const at = (c: number) => ya + ((yb - ya) * (c - a)) / (b - a);
    for (let c = a; c < b; c++) segments.push({ gap: c, left: at(c), right: at(c + 1) });
  }
  return segments;
}
