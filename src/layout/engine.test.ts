import { describe, expect, it, vi } from 'vitest';
import { createLayoutEngine, type LayoutWorker } from './engine';
import { seededRandom, syntheticDataset } from '../model/synthetic';
import type { Dataset, Kind } from '../model/schema';
import { layoutMap, orderDataset } from './layoutMap';
import type { LayerOrder } from './order';
import { placeLayers } from './place';
import { applyFilters, NO_FILTERS, type Filters } from '../model/filters';
import { indexDataset } from '../model/graph';
import type { MapLayout } from './types';
import { sweptDatasetOrder } from './layoutMap';
import type { VisibleGraph } from '../model/visible';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';
import { orderKey, packOrder, type OrderStore } from './orderHint';
import { openingNodes, orderInputOf } from './layoutMap';

const TODAY = new Date('2026-06-01T12:00:00');

/** A worker that runs a second engine in the same thread, answering asynchronously like a real one. */
function fakeWorker(log: LayoutRequest['type'][]): LayoutWorker {
  const inner = createLayoutEngine({ today: TODAY });
  let dataset: Parameters<typeof inner.orderOf>[0] | null = null;
  const w: LayoutWorker = {
    onmessage: null,
    onerror: null,
    terminate() {},
    postMessage(m: LayoutRequest) {
      log.push(m.type);
      if (m.type === 'dataset') {
        dataset = m.dataset;
        return;
      }
      const d = dataset;
      if (!d || m.type === 'refine') return;
      const ids = new Set(m.nodeIds);
      const layout = inner.layoutNow(d, {
        nodes: d.nodes.filter((n) => ids.has(n.id)),
        links: m.linkIndices.map((i) => d.links[i]).filter((l) => l !== undefined),
      });
      const data: LayoutResponse = { type: 'layout', requestId: m.requestId, layout, ms: 0 };
      void Promise.resolve().then(() => w.onmessage?.({ data }));
    },
  };
  return w;
}

const plain = (l: MapLayout) => JSON.stringify({ ...l, boxes: [...l.boxes], routes: [...l.routes] });

describe('layout engine', () => {
  const dataset = syntheticDataset({ nodes: 120, seed: 7 });
  const visible = applyFilters(indexDataset(dataset), NO_FILTERS);

  it('gives the same layout for the same input, and orders each dataset once', () => {
    const a = createLayoutEngine({ today: TODAY });
    const b = createLayoutEngine({ today: TODAY });
    expect(a.orderOf(dataset)).toBe(a.orderOf(dataset));
    expect(plain(a.layoutNow(dataset, visible))).toBe(plain(b.layoutNow(dataset, { ...visible })));
  });

  it('hands the export the layout the map already has for the same subgraph', () => {
    const engine = createLayoutEngine({ today: TODAY });
    const first = engine.layoutNow(dataset, visible);
    expect(engine.layoutNow(dataset, visible)).toBe(first);
    // A different subgraph is placed anew.
    const fewer: VisibleGraph = { nodes: visible.nodes.slice(0, 60), links: [] };
    expect(engine.layoutNow(dataset, fewer).boxes.size).toBe(60);
  });

  it('lays out big datasets in the worker, the same as on the main thread, and keeps only the latest answer', async () => {
    const log: LayoutRequest['type'][] = [];
    const engine = createLayoutEngine({ today: TODAY, workerThreshold: 50, createWorker: () => fakeWorker(log) });
    expect(engine.usesWorker(dataset)).toBe(true);
    const answers: VisibleGraph[] = [];
    let last: MapLayout | null = null;
    const session = engine.open(dataset, {
      onLayout: (layout, shown) => {
        answers.push(shown);
        last = layout;
      },
    });
    const older: VisibleGraph = { nodes: visible.nodes.slice(0, 30), links: [] };
    session.request(older);
    session.request(visible);
    await new Promise((r) => setTimeout(r, 0));
    expect(answers).toEqual([visible]);
    expect(log).toEqual(['dataset', 'layout', 'layout']);
    expect(plain(last!)).toBe(plain(createLayoutEngine({ today: TODAY }).layoutNow(dataset, visible)));
    // The export then reuses the worker's layout without placing it again.
    expect(engine.layoutNow(dataset, visible)).toBe(last);
    // The worker refines only when the page says the first map is drawn, and once.
    session.refine();
    session.refine();
    expect(log).toEqual(['dataset', 'layout', 'layout', 'refine']);
    session.dispose();
  });

  it('lays out on the main thread, and says so, when the worker cannot start', async () => {
    const engine = createLayoutEngine({
      today: TODAY,
      workerThreshold: 50,
      createWorker: () => {
        throw new Error('workers refused');
      },
    });
    const failures: string[] = [];
    const answers: VisibleGraph[] = [];
    const session = engine.open(dataset, {
      onLayout: (_layout, shown) => answers.push(shown),
      onWorkerFailed: (reason) => failures.push(reason),
    });
    session.request(visible);
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    expect(answers.every((shown) => shown === visible)).toBe(true);
    expect(failures).toEqual(['could not start']);
  });

  it('falls back when a running worker fails', async () => {
    let worker: LayoutWorker | null = null;
    const engine = createLayoutEngine({
      today: TODAY,
      workerThreshold: 50,
      createWorker: () => (worker = fakeWorker([])),
    });
    const answers: VisibleGraph[] = [];
    const failures: string[] = [];
    const session = engine.open(dataset, {
      onLayout: (_l, shown) => answers.push(shown),
      onWorkerFailed: (r) => failures.push(r),
    });
    const w = worker as LayoutWorker | null;
    if (!w) throw new Error('no worker');
    w.postMessage = () => {};
    session.request(visible);
    w.onerror?.({});
    expect(failures).toEqual(['failed']);
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    expect(answers.every((shown) => shown === visible)).toBe(true);
  });

  it('on the page, draws the quick order first and the refined one right after, as the worker does', async () => {
    const engine = createLayoutEngine({ today: TODAY });
    const drawn: MapLayout[] = [];
    const session = engine.open(dataset, { onLayout: (layout) => drawn.push(layout) });
    session.request(visible);
    await vi.waitFor(() => expect(drawn).toHaveLength(2));
    const quick = placeLayers({ ...dataset, order: sweptDatasetOrder(dataset, { today: TODAY }) });
    expect(plain(drawn[0]!)).toBe(plain(quick));
    expect(plain(drawn[1]!)).toBe(plain(createLayoutEngine({ today: TODAY }).layoutNow(dataset, visible)));
    expect(drawn[1]!.crossings).toBeLessThan(drawn[0]!.crossings);
    // The export takes the refined layout the map shows.
    expect(engine.layoutNow(dataset, visible)).toBe(drawn[1]);
    // Later requests are placed in the refined order at once.
    const fewer: VisibleGraph = { nodes: visible.nodes.slice(0, 60), links: [] };
    session.request(fewer);
    await vi.waitFor(() => expect(drawn).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 20));
    expect(drawn).toHaveLength(3);
    session.dispose();
  });
});

/** An order store in memory that records what is kept. */
function memoryStore(entries: [string, unknown][] = []) {
  const kept = new Map<string, unknown>(entries);
  const store: OrderStore & { kept: Map<string, unknown> } = {
    kept,
    get: (key) => kept.get(key),
    put: (key, order) => void kept.set(key, order),
  };
  return store;
}

/** A worker that refines as layout.worker.ts does: 'refined' with the final order of the dataset it was given. */
function refiningWorker(log: LayoutRequest['type'][], fails = false): LayoutWorker {
  let dataset: Dataset | null = null;
  const w: LayoutWorker = {
    onmessage: null,
    onerror: null,
    terminate() {},
    postMessage(m: LayoutRequest) {
      log.push(m.type);
      if (m.type === 'dataset') dataset = m.dataset;
      if (m.type !== 'refine' || !dataset) return;
      const order = orderDataset(dataset, { today: TODAY });
      const data: LayoutResponse = { type: 'refined', order };
      setTimeout(() => (fails ? w.onerror?.({}) : w.onmessage?.({ data })), 1);
    },
  };
  return w;
}

describe('layout engine, remembered orders', () => {
  const dataset = syntheticDataset({ nodes: 140, seed: 9 });
  const visible = applyFilters(indexDataset(dataset), NO_FILTERS);
  const refined = () => createLayoutEngine({ today: TODAY }).layoutNow(dataset, visible);
  const quick = () => placeLayers({ ...dataset, order: sweptDatasetOrder(dataset, { today: TODAY }) });

  it('refines a small map in a worker, keeps the order, and draws it first at the next opening', async () => {
    const store = memoryStore();
    const log: LayoutRequest['type'][] = [];
    const engine = createLayoutEngine({ today: TODAY, orderStore: store, createWorker: () => refiningWorker(log) });
    expect(plain(engine.layoutSoon(dataset, visible))).toBe(plain(quick()));
    const done = vi.fn();
    engine.refineSoon(dataset, done);
    await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
    expect(done).toHaveBeenCalledWith(true); // nodes moved from the quick order
    expect(log).toEqual(['dataset', 'refine']);
    expect(engine.isRefined(dataset)).toBe(true);
    expect(plain(engine.layoutSoon(dataset, visible))).toBe(plain(refined()));
    expect(store.kept.size).toBe(1);

    // Another session (a reload): the same content, a new object, drawn in the refined order at once.
    const again = createLayoutEngine({ today: TODAY, orderStore: store, createWorker: () => refiningWorker(log) });
    const copy = structuredClone(dataset);
    expect(again.isRefined(copy)).toBe(true);
    expect(plain(again.layoutSoon(copy, applyFilters(indexDataset(copy), NO_FILTERS)))).toBe(plain(refined()));
    expect(log).toHaveLength(2);
  });

  it('refines on the page after a turn when the worker is missing or fails, and keeps that order too', async () => {
    for (const createWorker of [null, () => refiningWorker([], true)]) {
      const store = memoryStore();
      const engine = createLayoutEngine({ today: TODAY, orderStore: store, createWorker });
      const done = vi.fn();
      engine.refineSoon(dataset, done);
      expect(done).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
      expect(plain(engine.layoutSoon(dataset, visible))).toBe(plain(refined()));
      expect(store.kept.size).toBe(1);
    }
  });

  it('ignores a stale or corrupt remembered order: the map is drawn in the quick order and refined as usual', () => {
    const other = syntheticDataset({ nodes: 140, seed: 10 });
    const otherOrder = packOrder(orderInputOf(other), orderDataset(other, { today: TODAY }));
    const good = packOrder(orderInputOf(dataset), orderDataset(dataset, { today: TODAY }))!;
    const datasetKey = orderKey(orderInputOf(dataset), openingNodes(dataset, TODAY));
    for (const bad of [otherOrder, good.slice(1), good.map((l) => l.map(() => 0)), 'corrupt', { layers: good }]) {
      const engine = createLayoutEngine({ today: TODAY, orderStore: memoryStore([[datasetKey, bad]]) });
      expect(engine.isRefined(dataset)).toBe(false);
      expect(plain(engine.layoutSoon(dataset, visible))).toBe(plain(quick()));
      expect(plain(engine.layoutNow(dataset, visible))).toBe(plain(refined()));
    }
    // The good one, under the same key, is drawn at once.
    const engine = createLayoutEngine({ today: TODAY, orderStore: memoryStore([[datasetKey, good]]) });
    expect(plain(engine.layoutSoon(dataset, visible))).toBe(plain(refined()));
  });

  it('does not use an order remembered for another opening view', () => {
    const store = memoryStore();
    createLayoutEngine({ today: TODAY, orderStore: store }).orderOf(dataset);
    expect(store.kept.size).toBe(1);
    const viewed = { ...dataset, nodes: dataset.nodes.map((n, i) => (i % 3 ? n : { ...n, periods: ['2020-2023'] })) };
    expect(openingNodes(viewed, TODAY)).not.toEqual(openingNodes(dataset, TODAY));
    const engine = createLayoutEngine({ today: TODAY, orderStore: store });
    expect(engine.isRefined(viewed)).toBe(false);
    expect(engine.isRefined(structuredClone(dataset))).toBe(true);
  });
});

/** Random filter changes, as a planner makes them: columns, regions, bases, confidences, "hide unlinked". */
function randomFilters(dataset: ReturnType<typeof syntheticDataset>, random: () => number): Filters {
  const some = <T>(all: readonly T[]): T[] | null => (random() < 0.4 ? null : all.filter(() => random() < 0.7));
  const regions = [...new Set(dataset.nodes.flatMap((n) => (n.region ? [n.region] : [])))];
  return {
    ...NO_FILTERS,
    kinds: some(dataset.kinds.map((k) => k.id)),
    regions: some(regions),
    bases: some(['official', 'derived', 'proposed'] as const),
    confidences: random() < 0.8 ? null : some(['high', 'medium', 'low'] as const),
    hideUnlinked: random() < 0.2,
  };
}

describe('layout engine caches', () => {
  const dataset = syntheticDataset({ nodes: 160, seed: 11 });
  const index = indexDataset(dataset);
  const fresh = (visible: VisibleGraph, order = orderDataset(dataset, { today: TODAY })) =>
    plain(layoutMap({ dataset, visible, order }));

  it('gives, for any sequence of filter changes, the layout a fresh placement gives', () => {
    const engine = createLayoutEngine({ today: TODAY });
    const order = orderDataset(dataset, { today: TODAY });
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const seen: Filters[] = [];
      for (let step = 0; step < 25; step++) {
        // Often back to filters used before (a column hidden and shown again), as new objects, like the store's.
        const filters =
          seen.length > 0 && random() < 0.4
            ? { ...(seen[Math.floor(random() * seen.length)] as Filters) }
            : randomFilters(dataset, random);
        seen.push(filters);
        const visible = applyFilters(index, filters);
        expect(plain(engine.layoutNow(dataset, visible))).toBe(fresh(visible, order));
      }
    }
  });

  it('never takes a subgraph of the same size for the same subgraph', () => {
    const engine = createLayoutEngine({ today: TODAY });
    const all = applyFilters(index, NO_FILTERS);
    const a: VisibleGraph = { nodes: all.nodes.slice(0, 40), links: all.links.slice(0, 10) };
    const b: VisibleGraph = { nodes: all.nodes.slice(40, 80), links: all.links.slice(0, 10) };
    const c: VisibleGraph = { nodes: all.nodes.slice(0, 40), links: all.links.slice(10, 20) };
    const kind = dataset.kinds[5] as Kind;
    const emptied = (message: string): VisibleGraph => ({ ...a, emptied: [{ kind, inDataset: 1, message }] });
    for (const v of [a, b, c, { ...a }, emptied('No Study Questions here'), emptied('None in 2020')]) {
      expect(plain(engine.layoutNow(dataset, v))).toBe(fresh(v));
    }
    expect(engine.layoutNow(dataset, { ...a })).toBe(engine.layoutNow(dataset, a));
  });

  it('reuses the layout of a subgraph shown before, and places it again once the order changes', async () => {
    const small = syntheticDataset({ nodes: 160, seed: 11 });
    const smallIndex = indexDataset(small);
    const log: LayoutRequest['type'][] = [];
    let worker: ReturnType<typeof orderingWorker> | null = null;
    const engine = createLayoutEngine({
      today: TODAY,
      workerThreshold: 50,
      createWorker: () => (worker = orderingWorker(log)),
    });
    let orders = 0;
    const session = engine.open(small, { onLayout: () => {}, onOrder: () => orders++ });
    const all = applyFilters(smallIndex, NO_FILTERS);
    expect(engine.placesNow(small, all)).toBe(false);
    session.request(all);
    await vi.waitFor(() => expect(orders).toBe(1));
    // The order came with the first answer: later subgraphs are placed on this thread, without the worker.
    const first = engine.layoutSoon(small, all);
    // The export reuses the map's layout, without refining the order here.
    expect(engine.layoutNow(small, all)).toBe(first);
    expect(engine.isRefined(small)).toBe(false);
    const fewer = applyFilters(smallIndex, { ...NO_FILTERS, kinds: small.kinds.slice(1).map((k) => k.id) });
    expect(engine.placesNow(small, fewer)).toBe(true);
    expect(plain(engine.layoutSoon(small, fewer))).toBe(fresh(fewer, (worker as unknown as Fake).order()));
    const again = applyFilters(smallIndex, { ...NO_FILTERS });
    expect(again).not.toBe(all);
    expect(engine.layoutSoon(small, again)).toBe(first);
    expect(log).toEqual(['dataset', 'layout']);
    // Refining in the worker changed the order: the kept layouts are stale.
    const w = worker as Fake | null;
    if (!w) throw new Error('no worker');
    w.sendOrder(reversed(w.order()));
    expect(orders).toBe(2);
    expect(engine.isRefined(small)).toBe(true);
    const refined = engine.layoutSoon(small, again);
    expect(refined).not.toBe(first);
    expect(plain(refined)).toBe(fresh(again, w.order()));
    expect(engine.layoutNow(small, again)).toBe(refined);
    session.dispose();
  });

  it('keeps placing in the worker above the page limit', async () => {
    const engine = createLayoutEngine({
      today: TODAY,
      workerThreshold: 50,
      pageLimit: 100,
      createWorker: () => orderingWorker([]),
    });
    let orders = 0;
    const session = engine.open(dataset, { onLayout: () => {}, onOrder: () => orders++ });
    const all = applyFilters(index, NO_FILTERS);
    session.request(all);
    await vi.waitFor(() => expect(orders).toBe(1));
    expect(engine.placesNow(dataset, all)).toBe(false);
    expect(engine.placesNow(dataset, { nodes: all.nodes.slice(0, 100), links: [] })).toBe(true);
    session.dispose();
  });
});

type Fake = ReturnType<typeof orderingWorker>;
const reversed = (order: LayerOrder): LayerOrder => ({ ...order, layers: order.layers.map((l) => [...l].reverse()) });

/** A worker like the real one: it orders the dataset and sends its order with the first answer. */
function orderingWorker(log: LayoutRequest['type'][]) {
  let dataset: Dataset | null = null;
  let order: LayerOrder | null = null;
  let sent: LayerOrder | null = null;
  let last: Extract<LayoutRequest, { type: 'layout' }> | null = null;
  let refined = false;
  /** The answer to `m`, placed in the current order, with the order when it is new to the page. */
  const answer = (m: Extract<LayoutRequest, { type: 'layout' }>): LayoutResponse => {
    const d = dataset as Dataset;
    const ids = new Set(m.nodeIds);
    const layout = placeLayers({
      kinds: d.kinds,
      nodes: d.nodes.filter((n) => ids.has(n.id)),
      links: m.linkIndices.map((i) => d.links[i]).filter((l) => l !== undefined),
      order: order as LayerOrder,
    });
    const data: LayoutResponse = {
      type: 'layout',
      requestId: m.requestId,
      layout,
      ms: 0,
      ...(sent !== order ? { order: order as LayerOrder, orderRefined: refined } : {}),
    };
    sent = order;
    return data;
  };
  const w = {
    onmessage: null as LayoutWorker['onmessage'],
    onerror: null as LayoutWorker['onerror'],
    terminate() {},
    order: () => order as LayerOrder,
    /** As after refining: a new order, sent with an answer to the last request. */
    sendOrder(next: LayerOrder) {
      order = next;
      refined = true;
      if (last) w.onmessage?.({ data: answer(last) });
    },
    postMessage(m: LayoutRequest) {
      log.push(m.type);
      if (m.type === 'dataset') {
        dataset = m.dataset;
        order = orderDataset(m.dataset, { today: TODAY });
        return;
      }
      if (m.type === 'refine') return;
      last = m;
      const data = answer(m);
      void Promise.resolve().then(() => w.onmessage?.({ data }));
    },
  };
  return w;
}
