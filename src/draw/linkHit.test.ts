import { describe, expect, it } from 'vitest';
import { linkCurve } from './linkPath';
import { LinkHitIndex, flatten } from './linkHit';
import { curveBox } from './linkPaint';

const curve = (x0: number, y0: number, x1: number, y1: number) =>
  linkCurve([
    { x: x0, y: y0 },
    { x: x1, y: y1 },
  ])!;

describe('LinkHitIndex', () => {
  const curves = [curve(0, 0, 300, 200), curve(0, 200, 300, 0), curve(0, 500, 1000, 500)];
  const index = new LinkHitIndex(curves.map((c) => ({ curve: c, box: curveBox(c) })));

  it('finds the link under a point on its curve, and none away from every curve', () => {
    // The middle of a bump curve is the middle of its ends.
    expect(index.nearest({ x: 500, y: 503 }, 6)).toBe(2);
    expect(index.nearest({ x: 20, y: 1 }, 6)).toBe(0);
    expect(index.nearest({ x: 20, y: 199 }, 6)).toBe(1);
    expect(index.nearest({ x: 500, y: 520 }, 6)).toBe(-1);
    expect(index.nearest({ x: 5000, y: 5000 }, 6)).toBe(-1);
  });

  it('takes the nearer of two curves, the last drawn where they cross, and skips what is not accepted', () => {
    expect(index.nearest({ x: 150, y: 100 }, 6)).toBe(1);
    expect(index.nearest({ x: 150, y: 100 }, 6, (i) => i !== 1)).toBe(0);
  });

  it('follows the curve, not the straight line between its ends', () => {
    const points = flatten(curves[0]!);
    const quarter = points[3]!;
    expect(index.nearest(quarter, 2)).toBe(0);
    // The chord's point at the same x is off the curve.
    expect(index.nearest({ x: quarter.x, y: (quarter.x / 300) * 200 + 20 }, 2)).toBe(-1);
  });
});
