import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from './schema';
import { decodeViewState, encodeViewState } from './viewState';
import { keepMapInView, PAN_LIMIT, ZOOM_LIMITS } from './viewport';

const d = JSON.parse(readFileSync(new URL('../../test/fixtures/tiny.json', import.meta.url), 'utf8')) as Dataset;
const today = new Date('2025-06-01T12:00:00Z');
const decode = (query: string) => decodeViewState(query, d, today);

describe('a camera from a link', () => {
  it('is clamped to the zoom range, saying so', () => {
    const far = decode('?vp=0,0,0.0004&v=1');
    expect(far.state.viewport).toEqual({ x: 0, y: 0, zoom: ZOOM_LIMITS.min });
    expect(far.ignored).toEqual([`viewport: zoom 0.0004 is beyond the map's zoom range (0.03 to 2.5): zoom 0.03 used`]);
    const near = decode('?vp=0,0,1000&v=1');
    expect(near.state.viewport?.zoom).toBe(ZOOM_LIMITS.max);
    expect(near.ignored[0]).toMatch(/zoom 1000 is beyond/);
  });

  it('is clamped to the pan limit, saying so', () => {
    const r = decode('?vp=99999999999,-99999999999,1&v=1');
    expect(r.state.viewport).toEqual({ x: PAN_LIMIT, y: -PAN_LIMIT, zoom: 1 });
    expect(r.ignored[0]).toMatch(/position 99999999999,-99999999999 is far beyond any map/);
  });

  it('is always written back in a form the decoder reads again unchanged and without a word', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        (x, y, zoom) => {
          const first = decode(`?vp=${x.toFixed(3)},${y.toFixed(3)},${zoom.toFixed(6)}&v=1`).state;
          if (!first.viewport) return; // a zoom that rounds to 0 in the link itself is refused, with a word
          const again = decode(encodeViewState(first, d, today));
          expect(again.ignored).toEqual([]);
          expect(again.state.viewport).toEqual(first.viewport);
        },
      ),
      { seed: 18, numRuns: 300 },
    );
  });
});

describe('keepMapInView', () => {
  const map = { width: 2000, height: 1000 };
  const view = { width: 1000, height: 700 };
  it('leaves a viewport that shows the map alone', () => {
    expect(keepMapInView({ x: -500, y: 0, zoom: 1 }, map, view)).toBeNull();
  });
  it('brings a map that is out of sight back into view', () => {
    const moved = keepMapInView({ x: 99_999_999, y: 99_999_999, zoom: 1 }, map, view);
    expect(moved).toEqual({ x: 920, y: 620, zoom: 1 });
    const left = keepMapInView({ x: -5000, y: -5000, zoom: 1 }, map, view);
    expect(left).toEqual({ x: -1920, y: -920, zoom: 1 });
  });
});
