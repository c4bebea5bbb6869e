import { describe, expect, it } from 'vitest';
import { clipCurve, cubicLength } from './clipCurve';
import { cubicPoint, type Curve } from './linkPath';

const line = (x0: number, y0: number, x1: number, y1: number): Curve => ({
  start: { x: x0, y: y0 },
  segments: [{ to: { x: x1, y: y1 } }],
});

/** The last point of a curve. */
const end = (curve: Curve) => curve.segments[curve.segments.length - 1]!.to;

describe('cubicLength', () => {
  it('measures a straight cubic and a quarter circle', () => {
    expect(
      cubicLength([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 20, y: 0 },
        { x: 30, y: 0 },
      ]),
    ).toBeCloseTo(30, 6);
    // The usual cubic for a quarter of a circle of radius 100 (k = 0.5523): its length is within 0.1 % of 50π.
    const k = 55.23;
    const quarter = cubicLength([
      { x: 100, y: 0 },
      { x: 100, y: k },
      { x: k, y: 100 },
      { x: 0, y: 100 },
    ]);
    expect(Math.abs(quarter - 50 * Math.PI)).toBeLessThan(0.05 * Math.PI);
  });
});

describe('clipCurve', () => {
  const box = { x0: 100, y0: -10, x1: 200, y1: 10 };

  it('gives back a curve wholly inside as it is, and nothing of one wholly outside', () => {
    const inside = line(120, 0, 180, 5);
    expect(clipCurve(inside, box)).toEqual([{ curve: inside, offset: 0 }]);
    expect(clipCurve(line(0, 50, 300, 50), box)).toEqual([]);
  });

  it('keeps the run inside the box, straight, with the length before it as its offset', () => {
    const parts = clipCurve(line(0, 0, 300, 0), box);
    expect(parts).toHaveLength(1);
    const [part] = parts;
    // Halved until its pieces are inside or outside: it starts at most 300/256 before the box and ends after it.
    expect(part!.curve.start.x).toBeLessThanOrEqual(100);
    expect(part!.curve.start.x).toBeGreaterThan(100 - 300 / 256 - 1e-9);
    expect(end(part!.curve).x).toBeGreaterThanOrEqual(200);
    expect(part!.curve.segments.every((s) => !s.c1 && !s.c2)).toBe(true);
    expect(part!.offset).toBeCloseTo(part!.curve.start.x, 6);
  });

  it('gives a curve that leaves the box and comes back one part per visit, in order, each in phase', () => {
    // Along the box's middle, then far below it, then back: two visits.
    const curve: Curve = {
      start: { x: 110, y: 0 },
      segments: [
        { to: { x: 130, y: 0 } },
        { c1: { x: 160, y: 0 }, c2: { x: 160, y: 400 }, to: { x: 150, y: 400 } },
        { c1: { x: 140, y: 400 }, c2: { x: 170, y: 0 }, to: { x: 190, y: 0 } },
      ],
    };
    const parts = clipCurve(curve, box);
    expect(parts).toHaveLength(2);
    const [first, second] = parts;
    expect(first!.curve.start).toEqual({ x: 110, y: 0 });
    expect(first!.offset).toBe(0);
    expect(end(second!.curve)).toEqual({ x: 190, y: 0 });
    // The second starts after the dip below the box: at least 2 × 390 units of curve after the first's start.
    expect(second!.offset).toBeGreaterThan(20 + 2 * 390);
    // Its offset plus its own length is the whole curve's length (measured here along 30,000 points of it).
    let from = curve.start;
    let whole = 0;
    for (const s of curve.segments) {
      const a = from;
      for (let i = 1; i <= 10_000; i++) {
        const p = s.c1 && s.c2 ? cubicPoint(a, s.c1, s.c2, s.to, i / 10_000) : s.to;
        whole += Math.hypot(p.x - from.x, p.y - from.y);
        from = p;
      }
    }
    let at = second!.curve.start;
    const own = second!.curve.segments.reduce((sum, s) => {
      const a = at;
      at = s.to;
      return sum + cubicLength([a, s.c1!, s.c2!, s.to]);
    }, 0);
    expect(second!.offset + own).toBeCloseTo(whole, 1);
  });
});
