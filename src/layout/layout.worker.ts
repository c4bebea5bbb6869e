/**
 * Web Worker that lays out large maps off the main thread, for `engine.ts`. It keeps the dataset and its column
 * order between requests (in an engine of its own), so a filter change only costs the placement.
 */
import type { Dataset } from '../model/schema';
import { createLayoutEngine, type LayoutEngine } from './engine';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';

let dataset: Dataset | null = null;
let engine: LayoutEngine | null = null;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'dataset') {
    dataset = request.dataset;
    engine = createLayoutEngine({ today: request.today ? new Date(request.today) : undefined });
    engine.orderOf(dataset);
    return;
  }
  if (!dataset || !engine) return;
  const started = performance.now();
  const nodeIds = new Set(request.nodeIds);
  const all = dataset.links;
  const layout = engine.layoutNow(dataset, {
    nodes: dataset.nodes.filter((n) => nodeIds.has(n.id)),
    links: request.linkIndices.map((i) => all[i]).filter((l) => l !== undefined),
  });
  scope.postMessage({ type: 'layout', requestId: request.requestId, layout, ms: performance.now() - started });
};
