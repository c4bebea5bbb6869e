import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bilayerCrossings } from './crossings';

const bruteForce = (edges: [number, number][]) => {
  let n = 0;
  for (let i = 0; i < edges.length; i++)
    for (let j = i + 1; j < edges.length; j++) {
      const [a, b] = edges[i]!;
      const [c, d] = edges[j]!;
      if ((a - c) * (b - d) < 0) n++;
    }
  return n;
};

describe('bilayerCrossings', () => {
  it('counts a simple X', () => {
    expect(
      bilayerCrossings(
        [
          [0, 1],
          [1, 0],
        ],
        2,
      ),
    ).toBe(1);
    expect(
      bilayerCrossings(
        [
          [0, 0],
          [1, 1],
        ],
        2,
      ),
    ).toBe(0);
  });
  it('agrees with counting every pair', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 40 }), (edges) => {
        expect(bilayerCrossings(edges, 10)).toBe(bruteForce(edges));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
