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

export function startData(builtInUrl: string, orderHintsUrl: string): void {
  void loadRememberedOrders();
  // Fetched beside the dataset (a few kB, so no later than it), and awaited before the map opens: the built-in map
  // is then drawn in its refined order at once.
  const hints = loadBuiltInOrders(orderHintsUrl);
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
