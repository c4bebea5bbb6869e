import { describe, expect, it } from 'vitest';
import { SHAPES } from '../model/schema';
import { accentBarPath, edgeInset, shapePath } from './shapes';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
const coordinates = (d: string) => {
  const n = numbers(d);
  return { xs: n.filter((_, i) => i % 2 === 0), ys: n.filter((_, i) => i % 2 === 1) };
};

describe('shapePath', () => {
  for (const shape of SHAPES) {
    it(`${shape}: a closed outline that fills its box`, () => {
      for (const [w, h] of [
        [224, 53],
        [224, 85],
        [34, 18],
      ] as const) {
        const d = shapePath(shape, w, h);
        expect(d).toMatch(/^M[^MZ]+Z$/);
        const { xs, ys } = coordinates(d);
        expect(Math.min(...xs)).toBeCloseTo(0, 1);
        expect(Math.max(...xs)).toBeCloseTo(w, 1);
        expect(Math.min(...ys)).toBeCloseTo(0, 1);
        expect(Math.max(...ys)).toBeCloseTo(h, 1);
      }
    });

    it(`${shape}: the colour bar hugs the left edge`, () => {
      const d = accentBarPath(shape, 224, 60, 5);
      expect(d).toMatch(/^M[^MZ]+Z$/);
      const { xs } = coordinates(d);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-0.01);
      expect(Math.max(...xs)).toBeLessThanOrEqual(224 / 2 + 5.01);
    });
  }
});

describe('edgeInset', () => {
  it('is zero where the outline is the box side and grows towards pointed or rounded corners', () => {
    expect(edgeInset('rect', 224, 60, 10)).toBe(0);
    expect(edgeInset('hexagon', 224, 60, 30)).toBeCloseTo(0);
    expect(edgeInset('hexagon', 224, 60, 0)).toBeCloseTo(14);
    expect(edgeInset('hexagon', 224, 60, 15)).toBeCloseTo(7);
    expect(edgeInset('chamfer', 224, 60, 5)).toBeCloseTo(5);
    expect(edgeInset('chamfer', 224, 60, 30)).toBe(0);
    expect(edgeInset('pill', 224, 60, 30)).toBeCloseTo(0);
    expect(edgeInset('pill', 224, 54, 6)).toBeCloseTo(27 - Math.sqrt(27 ** 2 - 21 ** 2), 0);
    expect(edgeInset('ellipse', 224, 60, 30)).toBeCloseTo(0);
    expect(edgeInset('ellipse', 224, 60, 12)).toBeGreaterThan(0);
  });
});
