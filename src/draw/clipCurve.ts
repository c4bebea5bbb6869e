/**
 * The parts of a link's curve that lie in a box, each with the length of curve before it. A software canvas
 * dashes a whole path before it clips it to the canvas, so a dashed or dotted link that runs far past the view
 * costs as if it were all on screen (links eight screens tall took twice as long as links inside one, measured in
 * Chromium). The link layer strokes only these parts, each with the dash offset of where it starts, so its dashes
 * fall where they would on the whole curve.
 */
import type { Point } from '../layout/types';
import type { Curve, CurveSegment } from './linkPath';

/** A box in map units (the same shape as `linkPaint`'s `Box`). */
export interface ClipBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface CurvePart {
  curve: Curve;
  /** Length of the whole curve before this part (map units): the dash offset that keeps its dashes in phase. */
  offset: number;
}

/** Halvings of a cubic that crosses the box's edge, at most: its parts there are 1/256 of it. */
const DEPTH = 8;

type Cubic = readonly [Point, Point, Point, Point];

const mid = (p: Point, q: Point): Point => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
const along = (p: Point, q: Point, t: number): Point => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });

/** The two halves of a cubic (de Casteljau at t = 1/2): together exactly the same curve. */
function halves([a, b, c, d]: Cubic): [Cubic, Cubic] {
  const ab = mid(a, b);
  const bc = mid(b, c);
  const cd = mid(c, d);
  const abc = mid(ab, bc);
  const bcd = mid(bc, cd);
  const m = mid(abc, bcd);
  return [
    [a, ab, abc, m],
    [m, bcd, cd, d],
  ];
}

/** Five-point Gauss–Legendre nodes and weights on [0, 1]. */
const GAUSS: readonly (readonly [number, number])[] = [
  [0.5, 0.2844444444444444],
  [0.5 - 0.2692346550528416, 0.2393143352496833],
  [0.5 + 0.2692346550528416, 0.2393143352496833],
  [0.5 - 0.453089922969332, 0.1184634425280946],
  [0.5 + 0.453089922969332, 0.1184634425280946],
];

/** Arc length of a cubic by one Gauss–Legendre quadrature of its speed (close for a gently bent piece). */
function quadrature([a, b, c, d]: Cubic): number {
  let sum = 0;
  for (const [t, w] of GAUSS) {
    const u = 1 - t;
    const k0 = 3 * u * u;
    const k1 = 6 * u * t;
    const k2 = 3 * t * t;
    const dx = k0 * (b.x - a.x) + k1 * (c.x - b.x) + k2 * (d.x - c.x);
    const dy = k0 * (b.y - a.y) + k1 * (c.y - b.y) + k2 * (d.y - c.y);
    sum += w * Math.hypot(dx, dy);
  }
  return sum;
}

/**
 * Arc length of a cubic, within a few hundredths of a unit (a dash is 1.5 or 6): halved where one quadrature of the
 * whole differs from that of its halves (a sharply bent link).
 */
export function cubicLength(cubic: Cubic, depth = 0): number {
  const whole = quadrature(cubic);
  const [left, right] = halves(cubic);
  const split = quadrature(left) + quadrature(right);
  if (depth >= DEPTH || Math.abs(split - whole) < 0.02) return split;
  return cubicLength(left, depth + 1) + cubicLength(right, depth + 1);
}

/** Where a cubic's control points lie against the box (the curve lies inside their hull). */
function placeOf(cubic: Cubic, box: ClipBox): 'inside' | 'outside' | 'across' {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of cubic) {
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  if (x1 < box.x0 || x0 > box.x1 || y1 < box.y0 || y0 > box.y1) return 'outside';
  if (x0 >= box.x0 && x1 <= box.x1 && y0 >= box.y0 && y1 <= box.y1) return 'inside';
  return 'across';
}

/**
 * The runs of `curve` inside `box` (which should include the line's width), in order, each a curve of its own
 * with the length of curve before it. Near the box's edge a part may reach a little past it. A curve wholly
 * inside comes back as it is, with offset 0.
 */
export function clipCurve(curve: Curve, box: ClipBox): CurvePart[] {
  const parts: CurvePart[] = [];
  let run: CurveSegment[] | null = null;
  // Pieces not measured yet: only a part that comes after them needs their length.
  let before: Cubic[] = [];
  let length = 0;
  const keep = (cubic: Cubic, line: boolean) => {
    if (!run) {
      for (const piece of before) length += cubicLength(piece);
      before = [];
      run = [];
      parts.push({ curve: { start: cubic[0], segments: run }, offset: length });
    }
    run.push(line ? { to: cubic[3] } : { c1: cubic[1], c2: cubic[2], to: cubic[3] });
    before.push(cubic);
  };
  const visit = (cubic: Cubic, line: boolean, depth: number) => {
    const place = placeOf(cubic, box);
    if (place === 'outside') {
      run = null;
      before.push(cubic);
    } else if (place === 'inside' || depth === DEPTH) keep(cubic, line);
    else for (const half of halves(cubic)) visit(half, line, depth + 1);
  };
  let from = curve.start;
  const cubics: [Cubic, boolean][] = curve.segments.map((s) => {
    // A straight segment is the cubic with its control points at its thirds, which halves into straight parts.
    const cubic: Cubic =
      s.c1 && s.c2 ? [from, s.c1, s.c2, s.to] : [from, along(from, s.to, 1 / 3), along(from, s.to, 2 / 3), s.to];
    from = s.to;
    return [cubic, !(s.c1 && s.c2)];
  });
  if (cubics.every(([cubic]) => placeOf(cubic, box) === 'inside')) return [{ curve, offset: 0 }];
  for (const [cubic, line] of cubics) visit(cubic, line, 0);
  return parts;
}
