/**
 * Web Worker that lays out large maps off the main thread. It keeps the dataset and its column order between
 * requests, so a filter change only costs the placement. The first map is drawn in the quick order of the sweeps;
 * once the page has painted it (a 'refine' message), the worker refines the order (see `refineOrder`) and, when
 * that changes it, answers the latest request again in the refined order (the same order `orderDataset` gives on the main thread).
 */
import type { Dataset } from '../model/schema';
import { refineDatasetOrder, sweptDatasetOrder } from './layoutMap';
import { placeLayers } from './place';
import { sameOrder, type LayerOrder } from './order';
import type { LayoutRequest, LayoutResponse } from './workerProtocol';

let dataset: Dataset | null = null;
let order: LayerOrder | null = null;
let today: Date | undefined;
let refined = false;
/** The order last sent to the page (see `LayoutResponse.order`). */
let sent: LayerOrder | null = null;
let latest: Extract<LayoutRequest, { type: 'layout' }> | null = null;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'dataset') {
    dataset = request.dataset;
    today = request.today ? new Date(request.today) : undefined;
    order = sweptDatasetOrder(dataset, { today });
    refined = false;
    sent = null;
    latest = null;
    return;
  }
  if (request.type === 'refine') {
    // Asked for once the page has painted the first map, so refining does not compete with drawing it (two
    // cores are common); requests that come meanwhile wait for it.
    if (refined || !dataset || !order) return;
    refined = true;
    const better = refineDatasetOrder(dataset, order, { today });
    // Redrawn when anything moved: the opening view ordered better may cost the rest of the map a few crossings.
    if (!sameOrder(better, order)) {
      order = better;
      if (latest) answer(latest);
    }
    // Sent along when no answer carried it (the page asked for the order alone, see `refineSoon`).
    const unsent = sent !== order;
    sent = order;
    scope.postMessage({ type: 'refined', ...(unsent ? { order } : {}) });
    return;
  }
  latest = request;
  answer(request);
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
  const ms = performance.now() - started;
  const changed = sent !== order;
  sent = order;
  scope.postMessage({
    type: 'layout',
    requestId: request.requestId,
    layout,
    ms,
    ...(changed ? { order, orderRefined: refined } : {}),
  });
}
