/**
 * Which link is under a point: the canvas the map draws its links on has no element per link, so hovering one (to
 * read its relation, basis and rationale) asks this index.
 */
import type { Point } from '../layout/types';
import { cubicPoint, type Curve } from './linkPath';
import type { Box } from './linkPaint';

/** Straight pieces each cubic is cut into; at the map's sizes a piece stays within a pixel or two of the curve. */
const PIECES = 12;

/** A curve as a polyline: its start, then points along each segment. */
export function flatten(curve: Curve): Point[] {
  const out: Point[] = [curve.start];
  let from = curve.start;
  for (const s of curve.segments) {
    if (s.c1 && s.c2) for (let i = 1; i <= PIECES; i++) out.push(cubicPoint(from, s.c1, s.c2, s.to, i / PIECES));
    else out.push(s.to);
    from = s.to;
  }
  return out;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The curves of the map's links, asked which is under a point. Nothing is built up front (a 15,000-link map would
 * spend half a second on it): a query checks every link's box, then measures the few curves whose box is near.
 */
export class LinkHitIndex {
  private readonly polylines = new Map<number, Point[]>();

  /** `links[i]` is the link `nearest` answers `i` for: its curve and a box that holds the curve. */
  constructor(private readonly links: readonly { curve: Curve; box: Box }[]) {}

  /**
   * The index of the curve nearest to `p` within `tolerance` (map units), or -1. Of curves equally near, the one
   * drawn last (highest index) wins, as the topmost would under a mouse.
   */
  nearest(p: Point, tolerance: number, accept: (index: number) => boolean = () => true): number {
    let best = -1;
    let bestDistance = tolerance;
    this.links.forEach(({ curve, box }, index) => {
      if (p.x < box.x0 - tolerance || p.x > box.x1 + tolerance || p.y < box.y0 - tolerance || p.y > box.y1 + tolerance)
        return;
      if (!accept(index)) return;
      let points = this.polylines.get(index);
      if (!points) {
        points = flatten(curve);
        this.polylines.set(index, points);
      }
      for (let i = 1; i < points.length; i++) {
        const d = distanceToSegment(p, points[i - 1] as Point, points[i] as Point);
        if (d < bestDistance || (d === bestDistance && index > best)) {
          best = index;
          bestDistance = d;
        }
      }
    });
    return best;
  }
}
