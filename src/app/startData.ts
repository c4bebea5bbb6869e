/**
 * The dataset the app opens on: the one a shared link carries (`#data=…`), else the built-in ITU dataset; and
 * autosave of every edit to this browser's local maps.
 */
import { decodeShare, shareData } from '../io/share';
import { loadDatasetUrl } from '../store/loadDataset';
import { startAutosave } from '../store/localMaps';
import { useAppStore } from '../store/store';

export function startData(builtInUrl: string): void {
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
    void loadDatasetUrl(builtInUrl, 'itu.json').then(() =>
      useAppStore.getState().failLoad({ file: 'the dataset in this link', problems: result.problems }),
    );
    return;
  }
  void loadDatasetUrl(builtInUrl, 'itu.json');
}
