/**
 * Web Worker that lays out large maps off the main thread. It keeps the dataset and its column order between
 * requests, so a filter change only costs the placement. The first map is drawn in the quick order of the sweeps;
 * right after answering, the worker refines the order by sifting and, when that removes crossings, answers the
 * latest request again in the refined order (the same order `orderDataset` gives on the main thread).
 */
import type { Dataset } from '../model/schema';
import { refineDatasetOrder, sweptDatasetOrder } from './layoutMap';
import { placeLayers } from './place';
import type { LayerOrder } from './order';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';

let dataset: Dataset | null = null;
let order: LayerOrder | null = null;
let refined = false;
let latest: Extract<LayoutRequest, { type: 'layout' }> | null = null;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'dataset') {
    dataset = request.dataset;
    order = sweptDatasetOrder(dataset);
    refined = false;
    latest = null;
    return;
  }
  latest = request;
  answer(request);
  if (!refined) {
    refined = true;
    // After this answer is posted, so the first map is not delayed; requests that come meanwhile wait for it.
    const forDataset = dataset;
    setTimeout(() => {
      if (!forDataset || forDataset !== dataset || !order) return;
      const better = refineDatasetOrder(forDataset, order);
      if (better.crossings >= order.crossings) return;
      order = better;
      if (latest) answer(latest);
    }, 0);
  }
};

function answer(request: Extract<LayoutRequest, { type: 'layout' }>) {
  if (!dataset || !order) return;
  const started = performance.now();
  const nodeIds = new Set(request.nodeIds);
  const linkIndices = request.linkIndices;
  const layout = placeLayers({
    kinds: dataset.kinds,
    nodes: dataset.nodes.filter((n) => nodeIds.has(n.id)),
    links: linkIndices.map((i) => dataset!.links[i]).filter((l) => l !== undefined),
    order,
    emptied: request.emptied,
  });
  scope.postMessage({ type: 'layout', requestId: request.requestId, layout, ms: performance.now() - started });
}
