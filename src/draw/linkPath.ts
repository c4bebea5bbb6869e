/** The curve of a link route: the same on screen and in every export. */
import type { Point } from '../layout/types';
import { fmt } from './number';

/** How far a link between two nodes of the same column bulges out to the right of the column. */
const LOOP = { min: 24, max: 60, share: 0.3 } as const;

const loopBulge = (a: Point, b: Point) => Math.min(LOOP.max, Math.max(LOOP.min, Math.abs(b.y - a.y) * LOOP.share));

/** The rightmost x the path of `points` reaches: a loop within a column sticks out past the column. */
export function linkRightEdge(points: readonly Point[]): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 0;
  // A cubic whose two handles stick out by `bulge` reaches 3/4 of it at its middle.
  if (points.length === 2 && Math.abs(first.x - last.x) < 1e-9) return first.x + 0.75 * loopBulge(first, last);
  return Math.max(...points.map((p) => p.x));
}

export interface LinkEnds {
  /** How far the first point moves in from its box's side to meet the node outline (see `edgeInset`). */
  start: number;
  /** The same for the last point. */
  end: number;
}

/** One piece of a path: a cubic Bézier to `to` when it has handles `c1`, `c2`, else a straight line. */
export interface CurveSegment {
  to: Point;
  c1?: Point;
  c2?: Point;
}

/** A path as a start point and segments, in the units of its points (page units in a scene). */
export interface Curve {
  start: Point;
  segments: CurveSegment[];
}

/** What takes path commands: a canvas context or a `Path2D` (and a test's recorder). */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void;
  closePath(): void;
}

/** Adds `curve`, moved by (dx, dy), to the sink's path as an open subpath. */
export function traceCurve(sink: PathSink, curve: Curve, dx = 0, dy = 0): void {
  sink.moveTo(dx + curve.start.x, dy + curve.start.y);
  for (const s of curve.segments) {
    if (s.c1 && s.c2) sink.bezierCurveTo(dx + s.c1.x, dy + s.c1.y, dx + s.c2.x, dy + s.c2.y, dx + s.to.x, dy + s.to.y);
    else sink.lineTo(dx + s.to.x, dy + s.to.y);
  }
}

/**
 * The curve through `points` (left to right, as in `EdgeRoute.points`). Between consecutive points it draws a
 * cubic with horizontal tangents at both ends — the curve of d3-shape's `curveBumpX`
 * (https://d3js.org/d3-shape/curve#curveBumpX) — and a straight line where both points have the same height,
 * as where a long link passes through a column. Two points one above the other (a link within a column, both
 * ends on the right sides of their nodes) become a loop out to the right, so arrowheads meet nodes side-on.
 *
 * @param insets moves the ends onto the node outlines: the first point is on the right side of its node, the
 *   last on the left side of its node (or the right side, for a link within a column). @default no move
 * @returns `null` for fewer than one point.
 */
export function linkCurve(points: readonly Point[], insets: LinkEnds = { start: 0, end: 0 }): Curve | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  if (points.length === 2 && Math.abs(first.x - last.x) < 1e-9) {
    const a = { x: first.x - insets.start, y: first.y };
    const b = { x: last.x - insets.end, y: last.y };
    const bulge = loopBulge(first, last);
    return { start: a, segments: [{ c1: { x: first.x + bulge, y: a.y }, c2: { x: last.x + bulge, y: b.y }, to: b }] };
  }
  const moved = points.map((q, i) =>
    i === 0 ? { x: q.x - insets.start, y: q.y } : i === points.length - 1 ? { x: q.x + insets.end, y: q.y } : q,
  );
  const segments: CurveSegment[] = [];
  for (let i = 1; i < moved.length; i++) {
    const prev = moved[i - 1] as Point;
    const next = moved[i] as Point;
    if (Math.abs(next.y - prev.y) < 1e-9) {
      segments.push({ to: next });
    } else {
      const mx = (prev.x + next.x) / 2;
      segments.push({ c1: { x: mx, y: prev.y }, c2: { x: mx, y: next.y }, to: next });
    }
  }
  return { start: moved[0] as Point, segments };
}

/** A curve as SVG path data, numbers rounded (see `fmt`). */
export function curvePathData(curve: Curve): string {
  const p = (q: Point) => `${fmt(q.x)} ${fmt(q.y)}`;
  const parts = [`M${p(curve.start)}`];
  for (const s of curve.segments) parts.push(s.c1 && s.c2 ? `C${p(s.c1)} ${p(s.c2)} ${p(s.to)}` : `L${p(s.to)}`);
  return parts.join(' ');
}

/** `linkCurve` as SVG path data, for the map on screen; '' when there are no points. */
export function linkPath(points: readonly Point[], insets?: LinkEnds): string {
  const curve = linkCurve(points, insets);
  return curve ? curvePathData(curve) : '';
}

/** The point at `t` (0 to 1) of the cubic Bézier from `a` to `b` with controls `c1`, `c2`. */
export function cubicPoint(a: Point, c1: Point, c2: Point, b: Point, t: number): Point {
  const u = 1 - t;
  const w0 = u * u * u;
  const w1 = 3 * u * u * t;
  const w2 = 3 * u * t * t;
  const w3 = t * t * t;
  return { x: w0 * a.x + w1 * c1.x + w2 * c2.x + w3 * b.x, y: w0 * a.y + w1 * c1.y + w2 * c2.y + w3 * b.y };
}
