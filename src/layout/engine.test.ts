import { describe, expect, it, vi } from 'vitest';
import { createLayoutEngine, type LayoutWorker } from './engine';
import { syntheticDataset } from '../model/synthetic';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import type { MapLayout } from './types';
import { placeLayers } from './place';
import { sweptDatasetOrder } from './layoutMap';
import type { VisibleGraph } from '../model/visible';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';

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
