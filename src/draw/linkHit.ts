/**
 * Which link is under a point: the canvas the map draws its links on has no element per link, so hovering one (to
 * read its relation, basis and rationale) asks this index. Curves are flattened into short segments kept in a grid.
 */
import type { Point } from '../layout/types';
import type { Curve } from './linkPath';

/** Straight pieces each cubic is cut into; at the map's sizes a piece stays within a pixel or two of the curve. */
const PIECES = 12;

interface Piece {
  index: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

function cubicAt(a: Point, c1: Point, c2: Point, b: Point, t: number): Point {
  const u = 1 - t;
  const w0 = u * u * u;
  const w1 = 3 * u * u * t;
  const w2 = 3 * u * t * t;
  const w3 = t * t * t;
  return { x: w0 * a.x + w1 * c1.x + w2 * c2.x + w3 * b.x, y: w0 * a.y + w1 * c1.y + w2 * c2.y + w3 * b.y };
}

/** A curve as a polyline: its start, then points along each segment. */
export function flatten(curve: Curve): Point[] {
  const out: Point[] = [curve.start];
  let from = curve.start;
  for (const s of curve.segments) {
    if (s.c1 && s.c2) for (let i = 1; i <= PIECES; i++) out.push(cubicAt(from, s.c1, s.c2, s.to, i / PIECES));
    else out.push(s.to);
    from = s.to;
  }
  return out;
}

function distanceToSegment(p: Point, s: Piece): number {
  const dx = s.bx - s.ax;
  const dy = s.by - s.ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - s.ax) * dx + (p.y - s.ay) * dy) / len2));
  return Math.hypot(p.x - (s.ax + t * dx), p.y - (s.ay + t * dy));
}

export class LinkHitIndex {
  private readonly cells = new Map<string, Piece[]>();

  /** `curves[i]` is the curve of the link `nearest` answers `i` for; `cell` is the grid's cell size (map units). */
  constructor(
    curves: readonly Curve[],
    private readonly cell = 96,
  ) {
    curves.forEach((curve, index) => {
      const points = flatten(curve);
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1] as Point;
        const b = points[i] as Point;
        const piece = { index, ax: a.x, ay: a.y, bx: b.x, by: b.y };
        for (let cx = Math.floor(Math.min(a.x, b.x) / cell); cx <= Math.floor(Math.max(a.x, b.x) / cell); cx++)
          for (let cy = Math.floor(Math.min(a.y, b.y) / cell); cy <= Math.floor(Math.max(a.y, b.y) / cell); cy++) {
            const key = `${cx},${cy}`;
            const list = this.cells.get(key);
            if (list) list.push(piece);
            else this.cells.set(key, [piece]);
          }
      }
    });
  }

  /**
   * The index of the curve nearest to `p` within `tolerance` (map units), or -1. Of curves equally near, the one
   * drawn last (highest index) wins, as the topmost would under a mouse.
   */
  nearest(p: Point, tolerance: number, accept: (index: number) => boolean = () => true): number {
    let best = -1;
    let bestDistance = tolerance;
    const c = this.cell;
    for (let cx = Math.floor((p.x - tolerance) / c); cx <= Math.floor((p.x + tolerance) / c); cx++)
      for (let cy = Math.floor((p.y - tolerance) / c); cy <= Math.floor((p.y + tolerance) / c); cy++) {
        for (const piece of this.cells.get(`${cx},${cy}`) ?? []) {
          const d = distanceToSegment(p, piece);
          if ((d < bestDistance || (d === bestDistance && piece.index > best)) && accept(piece.index)) {
            best = piece.index;
            bestDistance = d;
          }
        }
      }
    return best;
  }
}
