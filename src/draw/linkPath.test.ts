import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { curveBumpX, line } from 'd3-shape';
import { linkPath, linkRightEdge } from './linkPath';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

describe('linkPath', () => {
  it('draws the curve of d3 curveBumpX through the points', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 3000 }), y: fc.integer({ min: 0, max: 3000 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 6 }), (raw) => {
        // Routes run left to right with distinct x.
        const pts = raw.map((p, i) => ({ x: p.x + i * 4000, y: p.y + (i % 2) * 0.5 }));
        const ours = numbers(linkPath(pts));
        const d3 = numbers(
          line<{ x: number; y: number }>()
            .x((p) => p.x)
            .y((p) => p.y)
            .curve(curveBumpX)(pts) ?? '',
        );
        expect(ours.length).toBe(d3.length);
        ours.forEach((n, i) => expect(n).toBeCloseTo(d3[i] as number, 1));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('is straight where a long link passes through a column at one height', () => {
    expect(
      linkPath([
        { x: 0, y: 10 },
        { x: 150, y: 40 },
        { x: 374, y: 40 },
        { x: 524, y: 5 },
      ]),
    ).toBe('M0 10 C75 10 75 40 150 40 L374 40 C449 40 449 5 524 5');
  });

  it('loops out to the right for a link within a column', () => {
    expect(
      linkPath([
        { x: 224, y: 30 },
        { x: 224, y: 130 },
      ]),
    ).toBe('M224 30 C254 30 254 130 224 130');
  });

  it('knows how far a loop sticks out to the right', () => {
    expect(
      linkRightEdge([
        { x: 224, y: 30 },
        { x: 224, y: 130 },
      ]),
    ).toBe(224 + 0.75 * 30);
    expect(
      linkRightEdge([
        { x: 224, y: 30 },
        { x: 374, y: 90 },
      ]),
    ).toBe(374);
  });

  it('moves its ends onto the node outlines', () => {
    expect(
      linkPath(
        [
          { x: 224, y: 30 },
          { x: 374, y: 30 },
        ],
        { start: 4, end: 6 },
      ),
    ).toBe('M220 30 L380 30');
    expect(
      linkPath(
        [
          { x: 224, y: 30 },
          { x: 224, y: 130 },
        ],
        { start: 4, end: 6 },
      ),
    ).toBe('M220 30 C254 30 254 130 218 130');
    expect(linkPath([])).toBe('');
  });
});
