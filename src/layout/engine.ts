/**
 * The one entry that lays out a map. It owns the column order per dataset (the expensive part, computed once and
 * kept), the placement of a visible subgraph in that order, the latest layouts (so the export and printing reuse
 * the layout the map shows instead of computing it again), and the Web Worker that does both off the main thread
 * for datasets above `WORKER_THRESHOLD` nodes. The same dataset, subgraph and day always give the same layout.
 *
 * A filter change only places the visible nodes in the kept order. The worker hands its order to the page with
 * its first answer (and again when refining changes it), so from then on a subgraph of up to `PAGE_PLACE_LIMIT`
 * nodes is placed right away on the page (`placesNow`, then `layoutSoon`): one render, no round trip, no copy of
 * the layout back. The last few layouts are kept by content, so going back to a subgraph shown before (a column
 * hidden and shown again) reuses its layout, and the map its drawing, as long as the order has not changed.
 *
 * Maps ordered on the page (up to `WORKER_THRESHOLD` nodes) are drawn first in the sweeps' quick order; the order
 * is then refined in a worker of its own (`refineSoon`), so the page never pauses for it, and kept in an injected
 * store (`orderStore`, see orderHint.ts), so the next opening of the same map and view draws the refined order
 * first and nothing moves after the first paint.
 *
 * Pure: the worker is made by an injected factory (the shell passes one that starts `layout.worker.ts`; the CLI
 * and tests pass none), and when it is missing, cannot start, fails or stops answering, layout goes on on the
 * main thread, in slices, and the session says why (`onWorkerFailed`): slower, never blank.
 */
import type { Dataset, MapLink } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import {
  layoutMap,
  openingNodes,
  orderDataset,
  orderInputOf,
  refineDatasetOrder,
  sweptDatasetOrder,
} from './layoutMap';
import { sameOrder, type LayerOrder } from './order';
import { orderKey, packOrder, unpackOrder, type OrderStore } from './orderHint';
import { rememberLabelLines } from './place';
import type { MapLayout } from './types';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';

/** Above this many nodes in the dataset, layout runs in the worker. */
export const WORKER_THRESHOLD = 400;

/**
 * Up to this many visible nodes, a dataset whose order is known on the page is placed on the page (placement is
 * linear: about 10 ms for 2,000 nodes); above, in the worker, so the page does not stall.
 */
export const PAGE_PLACE_LIMIT = 3000;

/** How many layouts per dataset are kept by content (see `layoutNow`). */
const RECENT_LAYOUTS = 6;

/** How long a layout request may go unanswered before the worker is taken for dead and the page takes over. */
export const WORKER_TIMEOUT_MS = 30_000;

/** What the engine needs of a Web Worker (so tests and other hosts can stand in for one). */
export interface LayoutWorker {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: { data: LayoutResponse }) => void) | null;
  onerror: ((event: { preventDefault?: () => void }) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

/** Why the worker is not used, worded to follow "The layout worker …". */
export type WorkerFailure = 'is not available' | 'could not start' | 'failed' | 'stopped answering';

export interface LayoutEngineOptions {
  /**
   * Starts a layout worker; returns `null` where there are no workers, may throw where they are refused (a CSP,
   * Trusted Types, a page opened from disk). `null` instead of a factory: always lay out on the calling thread.
   * @default null
   */
  createWorker?: (() => LayoutWorker | null) | null;
  /** Datasets with more nodes than this use the worker. @default WORKER_THRESHOLD */
  workerThreshold?: number;
  /**
   * Up to this many visible nodes, placement is done on the calling thread once an order is known there.
   * @default PAGE_PLACE_LIMIT
   */
  pageLimit?: number;
  /**
   * The day that decides the view a dataset opens on, whose nodes are ordered first (see `orderDataset`).
   * @default the day the order is computed
   */
  today?: Date;
  /**
   * Where refined orders of maps ordered on the calling thread are remembered between openings (see orderHint.ts):
   * a remembered order that fits the dataset is drawn first, with no refinement. `null`: nothing is remembered.
   * @default null
   */
  orderStore?: OrderStore | null;
}

/** Answers of a session: only the latest request's layout is delivered. */
export interface LayoutListener {
  /** A layout of `visible`, the subgraph of the latest request. */
  onLayout(layout: MapLayout, visible: VisibleGraph): void;
  /** After `refine`: the order is final, and the latest layout was delivered in it. */
  onRefined?(): void;
  /**
   * The worker handed its column order to this thread (with its first answer, and again when refining changed
   * it): `layoutSoon` may now place subgraphs here, and layouts from it may differ from those given before.
   */
  onOrder?(): void;
  /**
   * The worker is not available, could not start, failed or stopped answering: the session lays out on the
   * main thread from then on, in slices (a turn for the page to paint, the order, then the placement).
   */
  onWorkerFailed?(reason: WorkerFailure): void;
}

/** Layouts of one dataset, requested one after another (a map on screen). */
export interface LayoutSession {
  /** Lays out `visible`; an earlier request still running is superseded. */
  request(visible: VisibleGraph): void;
  /**
   * The first layout is on screen: the worker may now refine the order (see `refineOrder`) and answer the latest
   * request again in it. Until then it keeps the sweeps' quick order, so refining never slows the first drawing.
   */
  refine(): void;
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
  /**
   * The layout of `visible` without refining the order: in the refined order once `orderOf` has computed it,
   * else in the sweeps' quick order (the map on the page draws this first and refines after painting it).
   */
  layoutSoon(dataset: Dataset, visible: VisibleGraph): MapLayout;
  /** True once the refined order of `dataset` is computed (see `orderOf`) or found in the order store. */
  isRefined(dataset: Dataset): boolean;
  /**
   * Refines the order of a dataset ordered on this thread (`usesWorker` false) without stalling it: in a worker of
   * its own when one starts, else here after a turn; keeps the result (`orderOf`, the order store) and then calls
   * `onRefined`, saying whether any item moved from the quick order. Returns a cancel, which also stops the worker.
   */
  refineSoon(dataset: Dataset, onRefined: (moved: boolean) => void): () => void;
  /**
   * True when `layoutSoon(dataset, visible)` is cheap enough for the page: the dataset is small enough to order
   * here, or an order is known here (from the worker) and the subgraph has at most `PAGE_PLACE_LIMIT` nodes.
   */
  placesNow(dataset: Dataset, visible: VisibleGraph): boolean;
  /** Opens a session for `dataset`: in the worker when `usesWorker(dataset)`, else on this thread. */
  open(dataset: Dataset, listener: LayoutListener): LayoutSession;
}

export function createLayoutEngine(options: LayoutEngineOptions = {}): LayoutEngine {
  const threshold = options.workerThreshold ?? WORKER_THRESHOLD;
  const pageLimit = options.pageLimit ?? PAGE_PLACE_LIMIT;
  const orders = new WeakMap<Dataset, LayerOrder>();
  // The sweeps' quick order, which the page draws first while it has no refined order (see `layOutOnPage`).
  const quickOrders = new WeakMap<Dataset, LayerOrder>();
  // Latest layouts by subgraph object (subgraphs are memoised by the store, so the export's is the map's), with
  // the order they were placed in (none: from a worker that did not say).
  const layouts = new WeakMap<VisibleGraph, Kept>();
  // The last few layouts of each dataset, most recent first, found again by the subgraph's content.
  const recent = new WeakMap<Dataset, Kept[]>();

  const store = options.orderStore ?? null;
  // The store's key of each dataset (its ordering input and opening view), and the datasets already looked up.
  const keys = new WeakMap<Dataset, { key: string; input: ReturnType<typeof orderInputOf> }>();
  const looked = new WeakSet<Dataset>();
  const keyOf = (dataset: Dataset) => {
    let k = keys.get(dataset);
    if (!k) {
      const input = orderInputOf(dataset);
      k = { key: orderKey(input, openingNodes(dataset, options.today ?? new Date())), input };
      keys.set(dataset, k);
    }
    return k;
  };
  /**
   * The refined order of `dataset` known here: computed, handed over by a worker, or found in the store (looked up
   * once per dataset, and used only when it fits the dataset).
   */
  const refinedOrder = (dataset: Dataset): LayerOrder | undefined => {
    if (!store || usesWorker(dataset) || looked.has(dataset)) return orders.get(dataset);
    looked.add(dataset);
    const { key, input } = keyOf(dataset);
    const order = unpackOrder(input, store.get(key)) ?? undefined;
    if (order) orders.set(dataset, order);
    return order;
  };
  /** Keeps a refined order, and in the store for the next opening. */
  const keepRefined = (dataset: Dataset, order: LayerOrder) => {
    orders.set(dataset, order);
    if (!store || usesWorker(dataset)) return;
    const { key, input } = keyOf(dataset);
    const packed = packOrder(input, order);
    if (packed) store.put(key, packed);
  };

  const orderOf = (dataset: Dataset): LayerOrder => {
    let order = orders.get(dataset) ?? refinedOrder(dataset);
    if (!order) {
      const quick = quickOrders.get(dataset);
      order = quick
        ? refineDatasetOrder(dataset, quick, { today: options.today })
        : orderDataset(dataset, { today: options.today });
      keepRefined(dataset, order);
    }
    return order;
  };
  const quickOrderOf = (dataset: Dataset): LayerOrder => {
    let quick = orders.get(dataset) ?? refinedOrder(dataset) ?? quickOrders.get(dataset);
    if (!quick) {
      quick = sweptDatasetOrder(dataset, { today: options.today });
      quickOrders.set(dataset, quick);
    }
    return quick;
  };

  /** The best order known on this thread, without computing one. */
  const knownOrder = (dataset: Dataset): LayerOrder | undefined => orders.get(dataset) ?? quickOrders.get(dataset);

  const remember = (dataset: Dataset, visible: VisibleGraph, layout: MapLayout, order?: LayerOrder) => {
    const kept: Kept = { dataset, visible, layout, order };
    layouts.set(visible, kept);
    const list = (recent.get(dataset) ?? []).filter((k) => k.layout !== layout);
    list.unshift(kept);
    if (list.length > RECENT_LAYOUTS) list.length = RECENT_LAYOUTS;
    recent.set(dataset, list);
    return layout;
  };
  /** A kept layout of `visible` (the same object, or the same nodes and links) that `fits`. */
  const keptLayout = (dataset: Dataset, visible: VisibleGraph, fits: (k: Kept) => boolean): MapLayout | null => {
    const kept = layouts.get(visible);
    if (kept && kept.dataset === dataset && fits(kept)) return kept.layout;
    const same = recent.get(dataset)?.find((k) => fits(k) && sameSubgraph(k.visible, visible));
    return same ? remember(dataset, visible, same.layout, same.order) : null;
  };
  const place = (dataset: Dataset, visible: VisibleGraph, order: LayerOrder) =>
    remember(dataset, visible, layoutMap({ dataset, visible, order }), order);

  const layoutNow = (dataset: Dataset, visible: VisibleGraph): MapLayout => {
    const refined = orders.get(dataset);
    // Before the worker has refined its order, the map's layout (in the worker's quick order) is the one to
    // reuse: refining a large dataset here would stall the page.
    const quick = refined === undefined && usesWorker(dataset) ? quickOrders.get(dataset) : undefined;
    const fits = (k: Kept) => !k.order || k.order === refined || (quick !== undefined && k.order === quick);
    return keptLayout(dataset, visible, fits) ?? place(dataset, visible, orderOf(dataset));
  };

  const layoutSoon = (dataset: Dataset, visible: VisibleGraph): MapLayout => {
    if (refinedOrder(dataset)) return layoutNow(dataset, visible);
    const quick = quickOrderOf(dataset);
    return keptLayout(dataset, visible, (k) => k.order === quick) ?? place(dataset, visible, quick);
  };

  const usesWorker = (dataset: Dataset) => !!options.createWorker && dataset.nodes.length > threshold;

  const placesNow = (dataset: Dataset, visible: VisibleGraph) =>
    !usesWorker(dataset) || (knownOrder(dataset) !== undefined && visible.nodes.length <= pageLimit);

  function open(dataset: Dataset, listener: LayoutListener): LayoutSession {
    let disposed = false;
    let latest: { id: number; visible: VisibleGraph } | null = null;
    let answered = -1;
    let worker: LayoutWorker | null = null;
    let onPage = !usesWorker(dataset);
    let nextId = 0;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const later = (ms: number, run: () => void) => {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!disposed) run();
      }, ms);
      timers.add(t);
    };

    // On the page, in slices so it can paint between them: the order (once per dataset), then the placement.
    // Until the order is refined, the sweeps' quick order is drawn first and the refined one right after it.
    let refining = false;
    let refineAsked = false;
    const layOutOnPage = () => {
      const request = latest;
      if (!request) return;
      later(0, () => {
        if (latest !== request) return;
        const refined = orders.has(dataset);
        const quick = refined ? null : quickOrderOf(dataset);
        later(0, () => {
          if (latest !== request) return;
          const layout = quick ? place(dataset, request.visible, quick) : layoutNow(dataset, request.visible);
          listener.onLayout(layout, request.visible);
          if (!quick || refining) return;
          refining = true;
          later(0, () => {
            const better = orderOf(dataset);
            const now = latest;
            if (now && !sameOrder(better, quick)) listener.onLayout(layoutNow(dataset, now.visible), now.visible);
            listener.onRefined?.();
          });
        });
      });
    };
    const fail = (reason: WorkerFailure) => {
      if (disposed || onPage) return;
      onPage = true;
      worker?.terminate();
      worker = null;
      listener.onWorkerFailed?.(reason);
      layOutOnPage();
    };

    if (!onPage && options.createWorker) {
      let failure: WorkerFailure | null = null;
      try {
        worker = options.createWorker();
        if (!worker) failure = 'is not available';
      } catch {
        failure = 'could not start';
      }
      // Reported like a worker that fails to load: asynchronously, after `open` returns.
      if (failure !== null) {
        const reason = failure;
        void Promise.resolve().then(() => fail(reason));
      }
    }
    if (worker) {
      const w = worker;
      w.onerror = (event) => {
        event.preventDefault?.(); // handled here: no uncaught error on the page
        fail('failed');
      };
      w.onmessageerror = () => fail('failed');
      // The order the worker placed its last answer in, once it has said (see `LayoutResponse.order`).
      let workerOrder: LayerOrder | undefined;
      w.onmessage = (event) => {
        if (event.data.type === 'refined') {
          // Refining left the order as it was: the order last sent is final.
          const final = event.data.order ?? workerOrder;
          if (final && !orders.has(dataset)) orders.set(dataset, final);
          if (!disposed) listener.onRefined?.();
          return;
        }
        const { requestId, layout, order, orderRefined } = event.data;
        answered = Math.max(answered, requestId);
        if (disposed) return;
        if (order) {
          workerOrder = order;
          (orderRefined ? orders : quickOrders).set(dataset, order);
          // Labels the worker wrapped need not be wrapped again when this thread places later subgraphs.
          for (const node of latest?.visible.nodes ?? []) {
            const box = layout.boxes.get(node.id);
            if (box) rememberLabelLines(node, { lines: box.lines, truncated: box.truncated });
          }
        }
        if (latest && requestId === latest.id) {
          listener.onLayout(remember(dataset, latest.visible, layout, workerOrder), latest.visible);
        }
        if (order) listener.onOrder?.();
      };
      w.postMessage({ type: 'dataset', dataset, today: options.today?.toISOString() });
    }
    const linkIndex = new Map<MapLink, number>(dataset.links.map((l, i) => [l, i]));

    return {
      request(visible) {
        if (disposed) return;
        const id = ++nextId;
        latest = { id, visible };
        if (onPage) {
          layOutOnPage();
          return;
        }
        if (!worker) return; // its failure is on its way, and will lay this out on the page
        worker.postMessage({
          type: 'layout',
          requestId: id,
          nodeIds: visible.nodes.map((n) => n.id),
          linkIndices: visible.links.map((l) => linkIndex.get(l) ?? -1).filter((i) => i >= 0),
          emptied: visible.emptied?.map((e) => ({ kind: { id: e.kind.id }, message: e.message })),
        });
        // A worker that died without an error event never answers: after a while, the page takes over.
        later(WORKER_TIMEOUT_MS, () => {
          if (latest?.id === id && answered < id) fail('stopped answering');
        });
      },
      refine() {
        if (disposed || onPage || refineAsked || !worker) return;
        refineAsked = true;
        worker.postMessage({ type: 'refine' });
      },
      dispose() {
        disposed = true;
        for (const t of timers) clearTimeout(t);
        timers.clear();
        worker?.terminate();
        worker = null;
      },
    };
  }

  const isRefined = (dataset: Dataset) => refinedOrder(dataset) !== undefined;

  function refineSoon(dataset: Dataset, onRefined: (moved: boolean) => void): () => void {
    let stopped = false;
    let worker: LayoutWorker | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      worker?.terminate();
      worker = null;
    };
    const done = () => {
      if (stopped) return;
      stop();
      const quick = quickOrders.get(dataset);
      const refined = orders.get(dataset);
      // Nothing was drawn in a quick order that was never made.
      onRefined(!!quick && !!refined && !sameOrder(quick, refined));
    };
    // No worker, or it failed: refine here after a turn (the pause the worker would have spared the page).
    const here = () => {
      if (stopped) return;
      worker?.terminate();
      worker = null;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (stopped) return;
        orderOf(dataset);
        done();
      }, 0);
    };
    if (isRefined(dataset)) {
      timer = setTimeout(done, 0);
      return stop;
    }
    try {
      worker = options.createWorker?.() ?? null;
    } catch {
      worker = null;
    }
    if (!worker) {
      here();
      return stop;
    }
    worker.onerror = (event) => {
      event.preventDefault?.(); // handled here: no uncaught error on the page
      here();
    };
    worker.onmessageerror = here;
    worker.onmessage = (event) => {
      if (event.data.type !== 'refined' || stopped) return;
      if (!event.data.order) return here();
      if (!orders.has(dataset)) keepRefined(dataset, event.data.order);
      done();
    };
    // The worker orders the dataset with the sweeps, as this thread did, and refines that (see layout.worker.ts).
    worker.postMessage({ type: 'dataset', dataset, today: options.today?.toISOString() });
    worker.postMessage({ type: 'refine' });
    timer = setTimeout(here, WORKER_TIMEOUT_MS);
    return stop;
  }

  return {
    usesWorker,
    orderOf,
    layoutNow,
    layoutSoon,
    isRefined,
    refineSoon,
    placesNow,
    open,
  };
}

interface Kept {
  dataset: Dataset;
  visible: VisibleGraph;
  layout: MapLayout;
  order?: LayerOrder;
}

/**
 * The same nodes and links, as objects of the same dataset (filters keep dataset order, so in the same order),
 * and the same emptied columns with the same notices.
 */
function sameSubgraph(a: VisibleGraph, b: VisibleGraph): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
  const ea = a.emptied ?? [];
  const eb = b.emptied ?? [];
  if (ea.length !== eb.length) return false;
  for (let i = 0; i < ea.length; i++) {
    if (ea[i]?.kind.id !== eb[i]?.kind.id || ea[i]?.message !== eb[i]?.message) return false;
  }
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  for (let i = 0; i < a.links.length; i++) if (a.links[i] !== b.links[i]) return false;
  return true;
}
