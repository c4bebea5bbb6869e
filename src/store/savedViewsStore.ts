/**
 * Saved views in the running app: saving, opening and editing them (through undoable dataset commands), a copy
 * in the browser so they survive a reload even of the built-in dataset, and `?view=<id>` links that open one.
 */
import type { StoreApi } from 'zustand';
import { decodeViewState, encodeViewState, type ViewState } from '../model/viewState';
import type { Dataset, SavedView } from '../model/schema';
import { mergeViews, sameViews, setViews } from '../model/savedViews';
import { selectViewState } from './selectors';
import { currentCamera } from './cameraSlice';
import { useAppStore, type AppState } from './store';

/** localStorage key prefix; the rest names the dataset (title and version). */
export const VIEWS_STORAGE_PREFIX = 'strategy-map:views:';
/** The link parameter that names a saved view: `?view=<id>`. */
export const VIEW_PARAM = 'view';

export const storageKeyOf = (dataset: Pick<Dataset, 'meta'>) =>
  `${VIEWS_STORAGE_PREFIX}${dataset.meta.title}|${dataset.meta.version ?? ''}`;

/** The current view as a saved view's state (the link's query string), with what the map shows now. */
export function currentViewQuery(s: AppState = useAppStore.getState(), today = new Date()): string {
  if (!s.dataset) return '';
  const view: ViewState = { ...selectViewState(s), camera: currentCamera(s), viewport: null };
  return encodeViewState(view, s.dataset, today) || `?v=1`;
}

/** Replaces the dataset's views through an undoable command. */
export function editViews(views: SavedView[], label: string): void {
  const s = useAppStore.getState();
  if (!s.dataset || sameViews(s.dataset.views, views)) return;
  s.runCommand(setViews(views, label));
}

/** Opens a saved view: its filters, focus, view mode, and its camera fitted to this screen. */
export function openView(view: SavedView, today = new Date()): string[] {
  const s = useAppStore.getState();
  if (!s.dataset) return [];
  const { state, ignored } = decodeViewState(view.state, s.dataset, today);
  s.applyView(state);
  return ignored;
}

/** The id of the saved view whose filters, focus and mode are on screen (camera aside), or null. */
export function matchingViewId(s: AppState, today = new Date()): string | null {
  if (!s.dataset || s.dataset.views.length === 0) return null;
  const core = (v: ViewState) => encodeViewState({ ...v, viewport: null, camera: null }, s.dataset!, today);
  const here = core(selectViewState(s));
  for (const view of s.dataset.views) {
    if (core(decodeViewState(view.state, s.dataset, today).state) === here) return view.id;
  }
  return null;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function readStored(storage: Storage, key: string): SavedView[] | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return null;
    return list.filter(
      (v): v is SavedView =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as SavedView).id === 'string' &&
        (v as SavedView).id !== '' &&
        typeof (v as SavedView).name === 'string' &&
        (v as SavedView).name !== '' &&
        typeof (v as SavedView).state === 'string' &&
        ((v as SavedView).description === undefined || typeof (v as SavedView).description === 'string'),
    );
  } catch {
    return null;
  }
}

export interface SavedViewsSyncOptions {
  storage: Storage | null;
  window: { location: Pick<Location, 'search' | 'pathname' | 'hash'>; history: Pick<History, 'replaceState'> };
}

/**
 * Keeps the browser's copy of each dataset's views, merges it into a dataset when one is opened, and turns a
 * `?view=<id>` link into that view's settings before the address bar is read. Start it before the URL sync.
 */
export function startSavedViewsSync(
  store: Pick<StoreApi<AppState>, 'getState' | 'setState' | 'subscribe'>,
  options: SavedViewsSyncOptions,
) {
  const { storage, window: win } = options;
  let lastKey: string | null = null;
  let lastViews: readonly SavedView[] | null = null;
  /** The dataset this sync put in the store (with the browser's views merged), not to be taken as opened. */
  let merged: Dataset | null = null;

  const write = (key: string, views: readonly SavedView[]) => {
    try {
      storage?.setItem(key, JSON.stringify(views));
    } catch {
      // Storage full or refused (private mode): the views still live in the dataset and its export.
    }
  };

  function opened(dataset: Dataset) {
    const key = storageKeyOf(dataset);
    lastKey = key;
    const stored = storage ? readStored(storage, key) : null;
    const views = stored ? mergeViews(dataset.views, stored) : dataset.views;
    lastViews = views;
    // `?view=<id>`: the address bar gets that view's settings, which the URL sync then reads.
    const params = new URLSearchParams(win.location.search);
    const named = params.get(VIEW_PARAM);
    const view = named === null ? undefined : views.find((v) => v.id === named);
    if (view) win.history.replaceState(null, '', `${win.location.pathname}${view.state}${win.location.hash}`);
    if (!sameViews(views, dataset.views)) {
      merged = { ...dataset, views };
      store.setState({ dataset: merged });
    }
    if (stored === null || !sameViews(stored, views)) write(key, views);
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (!s.dataset || s.dataset === prev.dataset || s.dataset === merged) return;
    // A dataset opened afresh has no edit history; an edit, undo or redo leaves some.
    if (s.past.length === 0 && s.future.length === 0) {
      opened(s.dataset);
      return;
    }
    if (lastKey !== null && lastViews !== s.dataset.views && !sameViews(lastViews ?? [], s.dataset.views)) {
      lastViews = s.dataset.views;
      write(lastKey, s.dataset.views);
    }
  });
  const { dataset } = store.getState();
  if (dataset) opened(dataset);
  return unsubscribe;
}
