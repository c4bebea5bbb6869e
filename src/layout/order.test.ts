import { describe, expect, it } from 'vitest';
import { orderLayers, refineOrder, sweptOrder, type OrderInput } from './order';
import { orderInputOf } from './layoutMap';
import { syntheticDataset } from '../model/synthetic';

/**
 * Two columns where the barycentre sweeps and adjacent swaps stop at 3 crossings, and none is needed: a0 belongs
 * below a1 and a2, which only a move past two nodes at once finds.
 */
const pairs = [
  ['a4', 'b3'],
  ['a1', 'b1'],
  ['a2', 'b1'],
  ['a1', 'b3'],
  ['a0', 'b0'],
  ['a0', 'b3'],
  ['a2', 'b2'],
  ['a0', 'b4'],
] as const;
const stuckNodes = ['a0', 'a1', 'a2', 'a3', 'a4', 'b0', 'b1', 'b2', 'b3', 'b4'];
const stuck: OrderInput = {
  columns: 2,
  rankOf: new Map(stuckNodes.map((id) => [id, id.startsWith('a') ? 0 : 1])),
  nodes: stuckNodes,
  links: pairs.map(([source, target]) => ({ key: `${source}-${target}`, source, target })),
};

describe('sifting after the sweeps', () => {
  const inputs = [1, 2, 3].map((seed) => orderInputOf(syntheticDataset({ nodes: 300, seed })));

  it('never leaves more crossings than the sweeps alone', () => {
    for (const input of inputs) {
      const swept = sweptOrder(input);
      const sifted = refineOrder(input, swept);
      expect(sifted.crossings).toBeLessThanOrEqual(swept.crossings);
      // Every item kept, each in its own column.
      expect(sifted.layers.map((l) => [...l].sort())).toEqual(swept.layers.map((l) => [...l].sort()));
    }
  });

  it('removes a tenth or more of the crossings of a synthetic map', () => {
    const input = inputs[0]!;
    expect(orderLayers(input).crossings).toBeLessThan(sweptOrder(input).crossings * 0.9);
  });

  it('untangles an order the sweeps leave', () => {
    const swept = sweptOrder(stuck);
    expect(swept.crossings).toBe(3);
    expect(refineOrder(stuck, swept).crossings).toBe(0);
  });

  it('is deterministic and keeps to its work budget', () => {
    const input = inputs[1]!;
    expect(orderLayers(input)).toEqual(orderLayers(input));
    const none = orderLayers(input, { siftWork: 0 });
    expect(none).toEqual(sweptOrder(input));
    const little = orderLayers(input, { siftWork: 1 }).crossings;
    expect(little).toBe(none.crossings);
  });

  it('keeps the relative order of the core when the core was ordered first', () => {
    const dataset = syntheticDataset({ nodes: 300, seed: 4 });
    const input = orderInputOf(dataset);
    const core = new Set(dataset.nodes.filter((_, i) => i % 3 === 0).map((n) => n.id));
    const swept = sweptOrder(input, 12, core, 10);
    expect(swept.coreFirst).toBe(true);
    const refined = refineOrder(input, swept, { core, coreTolerance: 10 });
    expect(refined.crossings).toBeLessThanOrEqual(swept.crossings);
    const alone = orderLayers({
      ...input,
      nodes: input.nodes.filter((id) => core.has(id)),
      links: input.links.filter((l) => core.has(l.source) && core.has(l.target)),
    });
    const coreNodesOf = (layers: string[][]) => layers.map((l) => l.filter((id) => core.has(id)));
    expect(coreNodesOf(refined.layers)).toEqual(coreNodesOf(alone.layers));
  });
});
