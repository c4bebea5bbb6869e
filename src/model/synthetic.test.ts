import { describe, expect, it } from 'vitest';
import { syntheticDataset } from './synthetic';
import { validateDataset } from './validate';
import { indexDataset } from './graph';
import { chainsOf } from './chains';

describe('syntheticDataset', () => {
  it('is valid, seeded and shaped like ours', () => {
    const a = syntheticDataset({ nodes: 1000, seed: 7 });
    expect(syntheticDataset({ nodes: 1000, seed: 7 })).toEqual(a);
    expect(syntheticDataset({ nodes: 1000, seed: 8 })).not.toEqual(a);
    expect(a.nodes.length).toBe(1000);
    expect(a.links.length / a.nodes.length).toBeCloseTo(1.5, 1);
    expect(validateDataset(a).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('lets every node reach a goal', () => {
    const d = syntheticDataset({ nodes: 300 });
    const index = indexDataset(d);
    for (const node of d.nodes) {
      if (node.kind === 'goal') continue;
      const up = chainsOf(index, node.id).upstream;
      expect([...up].some((id) => index.nodeById.get(id)?.kind === 'goal')).toBe(true);
    }
  });
});
