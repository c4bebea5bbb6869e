import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderLayers, refineOrder, segmentsOf, sweptOrder, type OrderInput } from './order';
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

/** Crossings of an order by comparing every pair of segments in each gap (no shared code with the layout's). */
function bruteForceCrossings(input: OrderInput, layers: string[][]): number {
  const at = new Map<string, number>();
  for (const layer of layers) layer.forEach((id, i) => at.set(id, i));
  const segments = segmentsOf(input);
  let n = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i]!;
      const b = segments[j]!;
      if (a.rank !== b.rank) continue;
      const du = at.get(a.upper)! - at.get(b.upper)!;
      const dl = at.get(a.lower)! - at.get(b.lower)!;
      if (du * dl < 0) n++;
    }
  return n;
}

/** A random map: `columns` columns, nodes in random columns, links between nodes in different columns. */
const randomInput = fc
  .record({
    columns: fc.integer({ min: 2, max: 5 }),
    columnOf: fc.array(fc.nat(4), { minLength: 4, maxLength: 30 }),
    pairs: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 60 }),
  })
  .map(({ columns, columnOf, pairs }): OrderInput => {
    const nodes = columnOf.map((_, i) => `n${i}`);
    const keys = new Set<string>();
    const links: { key: string; source: string; target: string }[] = [];
    for (const [a, b] of pairs) {
      const source = nodes[a % nodes.length]!;
      const target = nodes[b % nodes.length]!;
      const key = `${source}-${target}`;
      if (source === target || keys.has(key)) continue;
      links.push({ key, source, target });
      keys.add(key);
    }
    return { columns, nodes, links, rankOf: new Map(nodes.map((id, i) => [id, columnOf[i]! % columns])) };
  });

describe('refining from several starts', () => {
  it('reports the crossings its order has, never more than the sweeps left, with every item kept', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const swept = sweptOrder(input);
        const refined = refineOrder(input, swept);
        expect(refined.crossings).toBe(bruteForceCrossings(input, refined.layers));
        expect(refined.crossings).toBeLessThanOrEqual(swept.crossings);
        expect(refined.layers.map((l) => [...l].sort())).toEqual(swept.layers.map((l) => [...l].sort()));
      }),
      { seed: 17, numRuns: 150 },
    );
  });

  it('with a core: the same input gives the same order, and the whole map keeps to the tolerance', () => {
    const dataset = syntheticDataset({ nodes: 300, seed: 6 });
    const input = orderInputOf(dataset);
    const core = new Set(dataset.nodes.filter((_, i) => i % 4 === 0).map((n) => n.id));
    const a = orderLayers(input, { core });
    expect(orderLayers(structuredClone(input), { core: new Set(core) })).toEqual(a);
    const joint = orderLayers(input).crossings;
    expect(a.crossings).toBeLessThanOrEqual(joint * 1.25);
    // No tolerance at all: the whole map is never worse than ordered without regard for the core.
    expect(orderLayers(input, { core, coreTolerance: 1 }).crossings).toBeLessThanOrEqual(joint);
  });
});
