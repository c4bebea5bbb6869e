/** SVG path data for a link route: the same curve on screen and in the export. */
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

/**
 * Path through `points` (left to right, as in `EdgeRoute.points`). Between consecutive points it draws a cubic
 * with horizontal tangents at both ends — the curve of d3-shape's `curveBumpX`
 * (https://d3js.org/d3-shape/curve#curveBumpX) — and a straight line where both points have the same height,
 * as where a long link passes through a column. Two points one above the other (a link within a column, both
 * ends on the right sides of their nodes) become a loop out to the right, so arrowheads meet nodes side-on.
 *
 * @param insets moves the ends onto the node outlines: the first point is on the right side of its node, the
 *   last on the left side of its node (or the right side, for a link within a column). @default no move
 */
export function linkPath(points: readonly Point[], insets: LinkEnds = { start: 0, end: 0 }): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const p = (q: Point) => `${fmt(q.x)} ${fmt(q.y)}`;
  if (points.length === 2 && Math.abs(first.x - last.x) < 1e-9) {
    const a = { x: first.x - insets.start, y: first.y };
    const b = { x: last.x - insets.end, y: last.y };
    const bulge = loopBulge(first, last);
    return `M${p(a)} C${p({ x: first.x + bulge, y: a.y })} ${p({ x: last.x + bulge, y: b.y })} ${p(b)}`;
  }
  const moved = points.map((q, i) =>
    i === 0 ? { x: q.x - insets.start, y: q.y } : i === points.length - 1 ? { x: q.x + insets.end, y: q.y } : q,
  );
  const parts = [`M${p(moved[0] as Point)}`];
  for (let i = 1; i < moved.length; i++) {
    const prev = moved[i - 1] as Point;
    const next = moved[i] as Point;
    if (Math.abs(next.y - prev.y) < 1e-9) {
      parts.push(`L${p(next)}`);
    } else {
      const mx = (prev.x + next.x) / 2;
      parts.push(`C${p({ x: mx, y: prev.y })} ${p({ x: mx, y: next.y })} ${p(next)}`);
    }
  }
  return parts.join(' ');
}
