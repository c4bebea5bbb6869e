import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../model/synthetic';
import { openingNodes, orderDataset, orderInputOf } from './layoutMap';
import { itemsOf, orderKey, packOrder, unpackOrder } from './orderHint';

const TODAY = new Date('2026-06-01T12:00:00');
const dataset = syntheticDataset({ nodes: 150, seed: 11 });
const input = orderInputOf(dataset);
const core = openingNodes(dataset, TODAY);
const order = orderDataset(dataset, { today: TODAY });

describe('remembered orders', () => {
  it('give back the same order, with its crossings, through a JSON round trip', () => {
    const packed = packOrder(input, order);
    expect(packed).not.toBeNull();
    const back = unpackOrder(input, JSON.parse(JSON.stringify(packed)));
    expect(back?.layers).toEqual(order.layers);
    expect(back?.crossings).toBe(order.crossings);
  });

  it('refuse anything that is not exactly the items of each column', () => {
    const packed = packOrder(input, order)!;
    const column = packed.findIndex((layer) => layer.length > 1);
    const swapped = (change: (layer: unknown[]) => unknown[]) =>
      packed.map((layer, r) => (r === column ? change([...layer]) : layer));
    for (const corrupt of [
      null,
      'order',
      {},
      [],
      packed.slice(1),
      [...packed, []],
      swapped((l) => l.slice(1)),
      swapped((l) => [...l, l.length]),
      swapped((l) => [l[0], ...l.slice(0, -1)]),
      swapped((l) => [-1, ...l.slice(1)]),
      swapped((l) => [0.5, ...l.slice(1)]),
      swapped((l) => [String(l[0]), ...l.slice(1)]),
    ]) {
      expect(unpackOrder(input, corrupt)).toBeNull();
    }
  });

  it('refuse an order of another dataset, as it would not hold its items', () => {
    const other = syntheticDataset({ nodes: 150, seed: 12 });
    const otherInput = orderInputOf(other);
    expect(unpackOrder(otherInput, packOrder(input, order))).toBeNull();
    expect(packOrder(otherInput, order)).toBeNull();
  });

  it('are keyed by what the order depends on: the links, the nodes and their columns, the opening view', () => {
    const key = orderKey(input, core);
    expect(orderKey(orderInputOf(structuredClone(dataset)), new Set(core))).toBe(key);
    // Descriptions do not change the order, so they do not change the key.
    const retitled = { ...dataset, nodes: dataset.nodes.map((n) => ({ ...n, description: `${n.description}!` })) };
    expect(orderKey(orderInputOf(retitled), core)).toBe(key);
    expect(orderKey(orderInputOf({ ...dataset, links: dataset.links.slice(1) }), core)).not.toBe(key);
    expect(orderKey(orderInputOf({ ...dataset, nodes: [...dataset.nodes].reverse() }), core)).not.toBe(key);
    expect(orderKey(input, new Set([...core].slice(1)))).not.toBe(key);
    expect(orderKey(input, undefined)).not.toBe(key);
  });

  it('count every node once in its column, and dummies where links skip columns', () => {
    const items = itemsOf(input);
    const nodes = items.flat().filter((id) => !id.includes('@'));
    expect(nodes.sort()).toEqual([...input.nodes].sort());
    expect(items.map((c) => [...c].sort())).toEqual(order.layers.map((l) => [...l].sort()));
  });
});
