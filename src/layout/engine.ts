/**
 * The one entry that lays out a map. It owns the column order per dataset (the expensive part, computed once and
 * kept), the placement of a visible subgraph in that order, the latest layouts (so the export and printing reuse
 * the layout the map shows instead of computing it again), and the Web Worker that does both off the main thread
 * for datasets above `WORKER_THRESHOLD` nodes. The same dataset, subgraph and day always give the same layout.
 *
 * Pure: the worker is made by an injected factory (the shell passes one that starts `layout.worker.ts`; the CLI
 * and tests pass none), and when it cannot start or fails, layout goes on on the main thread: slower, never blank.
 */
import type { Dataset, MapLink } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import { orderDataset } from './layoutMap';
import type { LayerOrder } from './order';
import { placeLayers } from './place';
import type { MapLayout } from './types';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';

/** Above this many nodes in the dataset, layout runs in the worker. */
export const WORKER_THRESHOLD = 400;

/** What the engine needs of a Web Worker (so tests and other hosts can stand in for one). */
export interface LayoutWorker {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: { data: LayoutResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface LayoutEngineOptions {
  /**
   * Starts a layout worker; may throw where workers are refused (a page opened from disk). `null`: always lay
   * out on the calling thread. @default null
   */
  createWorker?: (() => LayoutWorker) | null;
  /** Datasets with more nodes than this use the worker. @default WORKER_THRESHOLD */
  workerThreshold?: number;
  /**
   * The day that decides the view a dataset opens on, whose nodes are ordered first (see `orderDataset`).
   * @default the day the order is computed
   */
  today?: Date;
}

/** Answers of a session: only the latest request's layout is delivered. */
export interface LayoutListener {
  /** A layout of `visible`, the subgraph of the latest request. */
  onLayout(layout: MapLayout, visible: VisibleGraph): void;
  /** The worker could not start or failed; layout continues on the main thread. */
  onWorkerFailed?(reason: string): void;
}

/** Layouts of one dataset, requested one after another (a map on screen). */
export interface LayoutSession {
  /** Lays out `visible`; an earlier request still running is superseded. */
  request(visible: VisibleGraph): void;
  /** Stops the worker, if any; later answers are dropped. */
  dispose(): void;
}

export interface LayoutEngine {
  /** True when layouts of `dataset` are computed in the worker. */
  usesWorker(dataset: Dataset): boolean;
  /** The column order of `dataset`, computed on the first call and kept while the dataset lives. */
  orderOf(dataset: Dataset): LayerOrder;
  /**
   * The layout of `visible` now, on this thread: the latest layout of the same subgraph when there is one (the
   * map's, computed in the worker or here), else placed in the dataset's kept order.
   */
  layoutNow(dataset: Dataset, visible: VisibleGraph): MapLayout;
  /** Opens a session for `dataset`: in the worker when `usesWorker(dataset)`, else on this thread. */
  open(dataset: Dataset, listener: LayoutListener): LayoutSession;
}

export function createLayoutEngine(options: LayoutEngineOptions = {}): LayoutEngine {
  const threshold = options.workerThreshold ?? WORKER_THRESHOLD;
  const orders = new WeakMap<Dataset, LayerOrder>();
  // Latest layouts by subgraph object (subgraphs are memoised by the store, so the export's is the map's).
  const layouts = new WeakMap<VisibleGraph, { dataset: Dataset; layout: MapLayout }>();
  let workerBroken = false;

  const orderOf = (dataset: Dataset): LayerOrder => {
    let order = orders.get(dataset);
    if (!order) {
      order = orderDataset(dataset, { today: options.today });
      orders.set(dataset, order);
    }
    return order;
  };

  const remember = (dataset: Dataset, visible: VisibleGraph, layout: MapLayout) => {
    layouts.set(visible, { dataset, layout });
    return layout;
  };

  const layoutNow = (dataset: Dataset, visible: VisibleGraph): MapLayout => {
    const kept = layouts.get(visible);
    if (kept && kept.dataset === dataset) return kept.layout;
    const layout = placeLayers({
      kinds: dataset.kinds,
      nodes: visible.nodes,
      links: visible.links,
      order: orderOf(dataset),
    });
    return remember(dataset, visible, layout);
  };

  const usesWorker = (dataset: Dataset) => !!options.createWorker && !workerBroken && dataset.nodes.length > threshold;

  function open(dataset: Dataset, listener: LayoutListener): LayoutSession {
    let disposed = false;
    let latest: { id: number; visible: VisibleGraph } | null = null;
    let worker: LayoutWorker | null = null;
    let nextId = 0;

    const onMainThread = (visible: VisibleGraph) => {
      if (!disposed) listener.onLayout(layoutNow(dataset, visible), visible);
    };
    const fail = (reason: string) => {
      if (disposed || workerBroken) return;
      workerBroken = true;
      worker?.terminate();
      worker = null;
      listener.onWorkerFailed?.(reason);
      if (latest) onMainThread(latest.visible);
    };

    if (usesWorker(dataset) && options.createWorker) {
      try {
        worker = options.createWorker();
      } catch (error) {
        // Reported like a worker that fails to load: asynchronously, after `open` returns.
        void Promise.resolve().then(() => fail(`The layout worker could not start (${String(error)}).`));
      }
    }
    if (worker) {
      const w = worker;
      w.onerror = () => fail('The layout worker failed.');
      w.onmessage = (event) => {
        if (disposed || !latest || event.data.requestId !== latest.id) return;
        listener.onLayout(remember(dataset, latest.visible, event.data.layout), latest.visible);
      };
      w.postMessage({ type: 'dataset', dataset, today: options.today?.toISOString() });
    }
    const linkIndex = new Map<MapLink, number>(dataset.links.map((l, i) => [l, i]));

    return {
      request(visible) {
        if (disposed) return;
        latest = { id: ++nextId, visible };
        if (!worker) {
          if (!workerBroken && usesWorker(dataset)) return; // the failure is on its way and will answer
          onMainThread(visible);
          return;
        }
        const kept = layouts.get(visible);
        if (kept && kept.dataset === dataset) {
          listener.onLayout(kept.layout, visible);
          return;
        }
        worker.postMessage({
          type: 'layout',
          requestId: latest.id,
          nodeIds: visible.nodes.map((n) => n.id),
          linkIndices: visible.links.map((l) => linkIndex.get(l) ?? -1).filter((i) => i >= 0),
        });
      },
      dispose() {
        disposed = true;
        worker?.terminate();
        worker = null;
      },
    };
  }

  return { usesWorker, orderOf, layoutNow, open };
}
