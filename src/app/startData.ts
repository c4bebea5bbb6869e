/**
 * The dataset the app opens on: the one a shared link carries (`#data=…`), else the built-in ITU dataset; and
 * autosave of every edit to this browser's local maps; and the refined orders the layout can draw first (those
 * built with the built-in dataset, and those this browser kept).
 */
import { decodeShare, shareData } from '../io/share';
import { loadDatasetUrl } from '../store/loadDataset';
import { startAutosave } from '../store/localMaps';
import { loadBuiltInOrders, loadRememberedOrders } from '../store/rememberedOrders';
import { useAppStore } from '../store/store';

/** How long the opening waits at most for the orders this browser kept (see `startData`). */
const ORDERS_WAIT_MS = 300;
/** How long it waits at most for the built-in orders (a 12 kB file fetched beside the dataset, from the same place). */
const HINTS_WAIT_MS = 2000;

const atMost = (ms: number, p: Promise<unknown>) =>
  Promise.race([p, new Promise((resolve) => setTimeout(resolve, ms))]);

export function startData(builtInUrl: string, orderHintsUrl: string): void {
  // Read beside the dataset (a few kB from the server, a few entries from IndexedDB) and awaited before the built-in
  // map opens, so it is drawn in its refined order at once when one is known; neither can hold the opening back for
  // long: without them the map is drawn in the quick order and refined after, as before. A map from a shared link
  // opens at once, with whatever orders have arrived by then.
  const hints = Promise.all([
    atMost(HINTS_WAIT_MS, loadBuiltInOrders(orderHintsUrl)),
    atMost(ORDERS_WAIT_MS, loadRememberedOrders()),
  ]).then(() => undefined);
  startAutosave(useAppStore, (message) =>
    useAppStore
      .getState()
      .failLoad({ file: 'this browser', problems: [{ severity: 'error', path: '(save)', message }] }),
  );
  const shared = shareData(window.location.hash);
  if (shared !== null) {
    const result = decodeShare(shared);
    if (result.dataset) {
      useAppStore.getState().openDataset(result.dataset);
      return;
    }
    void loadDatasetUrl(builtInUrl, 'itu.json', hints).then(() =>
      useAppStore.getState().failLoad({ file: 'the dataset in this link', problems: result.problems }),
    );
    return;
  }
  void loadDatasetUrl(builtInUrl, 'itu.json', hints);
}
