/**
 * Web Worker that lays out large maps off the main thread. It keeps the dataset and its column order between
 * requests, so a filter change only costs the placement.
 */
import type { Dataset } from '../model/schema';
import { orderDataset } from './layoutMap';
import { placeLayers } from './place';
import type { LayerOrder } from './order';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';

let dataset: Dataset | null = null;
let order: LayerOrder | null = null;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'dataset') {
    dataset = request.dataset;
    order = orderDataset(dataset);
    return;
  }
  if (!dataset || !order) return;
  const started = performance.now();
  const nodeIds = new Set(request.nodeIds);
  const linkIndices = request.linkIndices;
  const layout = placeLayers({
    kinds: dataset.kinds,
    nodes: dataset.nodes.filter((n) => nodeIds.has(n.id)),
    links: linkIndices.map((i) => dataset!.links[i]).filter((l) => l !== undefined),
    order,
  });
  scope.postMessage({ type: 'layout', requestId: request.requestId, layout, ms: performance.now() - started });
};
