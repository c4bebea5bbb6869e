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

export function startData(builtInUrl: string, orderHintsUrl: string): void {
  // Read beside the dataset (a few kB from the server, a few entries from IndexedDB) and awaited before the map
  // opens, so the map is drawn in its refined order at once when one is known. A slow IndexedDB is not waited
  // for beyond `ORDERS_WAIT_MS` from the start (the dataset's own fetch takes about as long).
  const hints = Promise.all([
    loadBuiltInOrders(orderHintsUrl),
    Promise.race([loadRememberedOrders(), new Promise((resolve) => setTimeout(resolve, ORDERS_WAIT_MS))]),
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
