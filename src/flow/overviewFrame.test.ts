import { describe, expect, it } from 'vitest';
import { overviewFrame } from './overviewFrame';

const BOX = { width: 200, height: 150 };
/** Where a map point lands in the overview. */
const at = (f: ReturnType<typeof overviewFrame>, x: number, y: number) => ({
  x: (x - f.left) * f.scale,
  y: (y - f.top) * f.scale,
});

describe('overviewFrame', () => {
  it('fits the whole map in the overview, centred, with the view outlined where it is', () => {
    const layout = { width: 2000, height: 3000 };
    // At zoom 0.5 a 1000 x 600 screen sees map x 200..2200, y 100..1300.
    const f = overviewFrame(layout, { x: -100, y: -50, zoom: 0.5, width: 1000, height: 600 }, BOX);
    const topLeft = at(f, 0, 0);
    const bottomRight = at(f, 2200, 3000);
    for (const p of [topLeft, bottomRight]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(BOX.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(BOX.height);
    }
    // Tall map: it spans the height, less the padding, and is centred across.
    expect(bottomRight.y - topLeft.y).toBeCloseTo(BOX.height - 8, 5);
    expect(topLeft.x).toBeCloseTo(BOX.width - bottomRight.x, 5);
    expect(f.view.x).toBeCloseTo(at(f, 200, 100).x, 5);
    expect(f.view.y).toBeCloseTo(at(f, 200, 100).y, 5);
    expect(f.view.width).toBeCloseTo(2000 * f.scale, 5);
    expect(f.view.height).toBeCloseTo(1200 * f.scale, 5);
  });

  it('takes in a view that has wandered off the map, so its outline stays inside the overview', () => {
    const layout = { width: 1000, height: 800 };
    const f = overviewFrame(layout, { x: 3000, y: 0, zoom: 1, width: 800, height: 600 }, BOX);
    expect(f.view.x).toBeGreaterThanOrEqual(0);
    expect(f.view.x + f.view.width).toBeLessThanOrEqual(BOX.width + 1e-9);
    expect(at(f, 1000, 800).x).toBeLessThanOrEqual(BOX.width);
  });
});
