/**
 * The layout of the visible map. Small maps are laid out synchronously (no flash); larger ones in a Web Worker,
 * showing the previous layout until the new one arrives, so the page never freezes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, MapLink, MapNode } from '../model/schema';
import { orderDataset } from '../layout/layoutMap';
import { placeLayers } from '../layout/place';
import type { LayerOrder } from '../layout/order';
import type { MapLayout } from '../layout/types';
import type { LayoutRequest, LayoutResponse } from '../layout/workerProtocol';
import { createLayoutWorker } from './layoutWorker';

/** Above this many nodes in the dataset, layout runs in the worker. */
export const WORKER_THRESHOLD = 400;

export interface VisibleSubgraph {
  nodes: readonly MapNode[];
  links: readonly MapLink[];
}

const orders = new WeakMap<Dataset, LayerOrder>();
function orderOf(dataset: Dataset): LayerOrder {
  let order = orders.get(dataset);
  if (!order) {
    order = orderDataset(dataset);
    orders.set(dataset, order);
  }
  return order;
}

/** The layout of a visible subgraph, computed on the spot (for export); reuses the dataset's cached order. */
export function layoutVisible(dataset: Dataset, visible: VisibleSubgraph): MapLayout {
  return placeLayers({ kinds: dataset.kinds, nodes: visible.nodes, links: visible.links, order: orderOf(dataset) });
}

const linkIndices = new WeakMap<Dataset, Map<MapLink, number>>();
function linkIndexOf(dataset: Dataset): Map<MapLink, number> {
  let index = linkIndices.get(dataset);
  if (!index) {
    index = new Map(dataset.links.map((l, i) => [l, i]));
    linkIndices.set(dataset, index);
  }
  return index;
}

export interface LayoutState {
  layout: MapLayout | null;
  /**
   * The subgraph `layout` was computed for: the map draws this one, so that while a newer layout is computed it
   * keeps showing a consistent picture (and React Flow rebuilds its elements once per filter change, not twice).
   */
  shown: VisibleSubgraph;
  /** True while a newer layout is being computed. */
  pending: boolean;
}

/** Starts the worker, or returns null where workers are refused (a page opened from disk, say). */
function startWorker(): Worker | null {
  try {
    return createLayoutWorker();
  } catch {
    return null;
  }
}

export function useMapLayout(dataset: Dataset, visible: VisibleSubgraph): LayoutState {
  // A worker that cannot start or fails to load hands the layout back to the page: slower, never blank.
  const [workerFailed, setWorkerFailed] = useState(false);
  const useWorker = dataset.nodes.length > WORKER_THRESHOLD && typeof Worker !== 'undefined' && !workerFailed;
  const syncLayout = useMemo(() => (useWorker ? null : layoutVisible(dataset, visible)), [useWorker, dataset, visible]);

  const worker = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const [workerState, setWorkerState] = useState<{ layout: MapLayout | null; forId: number; shown: VisibleSubgraph }>({
    layout: null,
    forId: -1,
    shown: visible,
  });
  /** What the latest request asked to lay out (only the latest request's answer is used). */
  const requested = useRef(visible);
  const [sentId, setSentId] = useState(-1);

  useEffect(() => {
    if (!useWorker) return;
    const w = startWorker();
    if (!w) {
      // Reported like a worker that fails to load: asynchronously, outside the effect.
      void Promise.resolve().then(() => setWorkerFailed(true));
      return;
    }
    w.onerror = () => setWorkerFailed(true);
    w.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const id = event.data.requestId;
      if (id === requestId.current) setWorkerState({ layout: event.data.layout, forId: id, shown: requested.current });
    };
    w.postMessage({ type: 'dataset', dataset } satisfies LayoutRequest);
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [useWorker, dataset]);

  useEffect(() => {
    const w = worker.current;
    if (!useWorker || !w) return;
    const index = linkIndexOf(dataset);
    const id = ++requestId.current;
    requested.current = visible;
    w.postMessage({
      type: 'layout',
      requestId: id,
      nodeIds: visible.nodes.map((n) => n.id),
      linkIndices: visible.links.map((l) => index.get(l) ?? -1).filter((i) => i >= 0),
    } satisfies LayoutRequest);
    setSentId(id);
  }, [useWorker, dataset, visible]);

  if (!useWorker) return { layout: syncLayout, shown: visible, pending: false };
  return { layout: workerState.layout, shown: workerState.shown, pending: workerState.forId !== sentId };
}
