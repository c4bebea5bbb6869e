import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../model/synthetic';
import { createLayoutEngine } from '../layout/engine';

const TODAY = new Date('2026-06-01T12:00:00');
/** The module as a new page loads it: nothing in memory, IndexedDB as the last page left it. */
const freshModule = async () => {
  vi.resetModules();
  return import('./rememberedOrders');
};
const written = () => new Promise((r) => setTimeout(r, 50));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('remembered orders in the browser', () => {
  it('keep a refined order in IndexedDB, so the next page draws the map refined at once', async () => {
    const dataset = syntheticDataset({ nodes: 120, seed: 31 });
    const first = await freshModule();
    createLayoutEngine({ today: TODAY, orderStore: first.rememberedOrders }).orderOf(dataset);
    await written();

    const next = await freshModule();
    const engine = () => createLayoutEngine({ today: TODAY, orderStore: next.rememberedOrders });
    expect(engine().isRefined(structuredClone(dataset))).toBe(false);
    await next.loadRememberedOrders();
    expect(engine().isRefined(structuredClone(dataset))).toBe(true);
  });

  it('keep only the most recently refined orders', async () => {
    const store = (await freshModule()).rememberedOrders;
    for (let i = 0; i < 30; i++) {
      store.put(`key-${i}`, [[0]]);
      await new Promise((r) => setTimeout(r, 3));
    }
    await written();
    const next = await freshModule();
    await next.loadRememberedOrders();
    const kept = Array.from({ length: 30 }, (_, i) => next.rememberedOrders.get(`key-${i}`) !== undefined);
    expect(kept.filter(Boolean)).toHaveLength(next.KEPT_ORDERS);
    expect(kept.at(-1)).toBe(true);
  });

  it('read the orders built with the built-in dataset, and go on without them when they cannot be fetched', async () => {
    const { loadBuiltInOrders, rememberedOrders } = await freshModule();
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ orders: { abc: [[1, 0]] } })));
    await loadBuiltInOrders('hints.json');
    expect(rememberedOrders.get('abc')).toEqual([[1, 0]]);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    await expect(loadBuiltInOrders('hints.json')).resolves.toBeUndefined();
    vi.stubGlobal('fetch', async () => new Response('not json'));
    await expect(loadBuiltInOrders('hints.json')).resolves.toBeUndefined();
  });
});
