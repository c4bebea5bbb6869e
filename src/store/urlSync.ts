/**
 * Mirrors the view state into the address bar, so a copied link reproduces the view and Back/Forward step
 * through view changes.
 *
 * - Filters, focus and view mode: each change is a new history entry (`pushState`).
 * - Search text: a typing burst becomes one entry, written after `searchDelay` ms of quiet.
 * - Viewport: panning and zooming rewrite the current entry (`replaceState`) after `viewportDelay` ms, so
 *   they never flood history.
 * - Back/Forward (`popstate`): the entry's view is applied without writing history.
 * - Opening a link: once the dataset is loaded the link is decoded and applied, anything it could not use is
 *   put in `urlNotice`, and the address bar is rewritten to the clean link.
 * - Loading another dataset rewrites the current entry to that dataset's view.
 */
import type { StoreApi } from 'zustand';
import { decodeViewState, encodeViewState, roundViewport, type ViewState } from '../model/viewState';
import type { Dataset } from '../model/schema';
import { selectViewState } from './selectors';
import type { AppState } from './store';

export interface UrlSyncOptions {
  /** The window whose location and history are used. */
  window: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
  /** Quiet time before a viewport change rewrites the current entry. @default 300 */
  viewportDelay?: number;
  /** Quiet time before search typing becomes a history entry. @default 500 */
  searchDelay?: number;
  /** Today, which decides the default planning cycle. @default () => new Date() */
  today?: () => Date;
}

type Store = Pick<StoreApi<AppState>, 'getState' | 'subscribe'>;

/** Starts syncing; returns the function that stops it. */
export function startUrlSync(store: Store, options: UrlSyncOptions): () => void {
  const { window: win, viewportDelay = 300, searchDelay = 500, today = () => new Date() } = options;
  const { location, history } = win;
  /** The view the current history entry holds, once started. */
  let entry: ViewState | null = null;
  let entryDataset: Dataset | null = null;
  let pending: 'push' | 'replace' | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applying = false;

  const encode = (view: ViewState, dataset: Dataset) => encodeViewState(view, dataset, today());
  const urlOf = (query: string) => `${location.pathname}${query}${location.hash}`;
  /** What differs between two views, by what it does to history. */
  const coreOf = (view: ViewState, dataset: Dataset) => encode({ ...view, viewport: null, search: '' }, dataset);
  const viewportKey = (view: ViewState) => JSON.stringify(view.viewport && roundViewport(view.viewport));

  function cancel() {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  }

  function write(mode: 'push' | 'replace', view?: ViewState) {
    const s = store.getState();
    if (!s.dataset) return;
    const next = view ?? selectViewState(s);
    const url = urlOf(encode(next, s.dataset));
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    entry = next;
    entryDataset = s.dataset;
  }

  function flush() {
    const mode = pending;
    cancel();
    if (mode) write(mode);
  }

  function schedule(mode: 'push' | 'replace', delay: number) {
    // A search entry waiting to be pushed also carries the viewport: keep it a push.
    if (pending === 'push' && mode === 'replace') return;
    clearTimeout(timer);
    pending = mode;
    timer = setTimeout(flush, delay);
  }

  /** Reads the address bar into the store; returns what could not be used. */
  function applyLocation(dataset: Dataset): string[] {
    const { state, ignored } = decodeViewState(location.search, dataset, today());
    applying = true;
    try {
      store.getState().applyView(state);
    } finally {
      applying = false;
    }
    entry = state;
    entryDataset = dataset;
    return ignored;
  }

  function begin(dataset: Dataset) {
    const ignored = applyLocation(dataset);
    store.getState().setUrlNotice(ignored.length > 0 ? ignored : null);
    // Show the clean link: what was ignored is gone from it, so copying it again shares what is on screen.
    write('replace');
  }

  function onChange(s: AppState, prev: AppState) {
    if (applying || !s.dataset) return;
    if (entry === null) {
      begin(s.dataset);
      return;
    }
    if (s.dataset !== entryDataset) {
      cancel();
      write('replace');
      return;
    }
    const view = selectViewState(s);
    const searchMoved = view.search !== entry.search;
    const viewportMoved = viewportKey(view) !== viewportKey(entry);
    if (coreOf(view, s.dataset) !== coreOf(entry, s.dataset)) {
      if (pending === 'replace') {
        // The map was panned just before this change: that viewport belongs to the entry being left.
        write('replace', { ...entry, viewport: view.viewport });
      }
      cancel();
      write('push');
    } else if (searchMoved || viewportMoved) {
      // Restart the wait only when the search or viewport itself changed, not on unrelated store updates.
      if (s.search !== prev.search || s.viewport !== prev.viewport) {
        if (searchMoved) schedule('push', searchDelay);
        else schedule('replace', viewportDelay);
      }
    } else {
      // Typed and deleted back to what the entry holds: nothing to write.
      cancel();
    }
  }

  function onPopState() {
    const { dataset } = store.getState();
    if (!dataset) return;
    cancel();
    const ignored = applyLocation(dataset);
    if (ignored.length > 0) store.getState().setUrlNotice(ignored);
  }

  /** Leaving the page: write a waiting viewport or search so a reload finds it. */
  function onPageHide() {
    flush();
  }

  const unsubscribe = store.subscribe(onChange);
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', onPageHide);
  const { dataset } = store.getState();
  if (dataset) begin(dataset);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onPageHide);
    cancel();
  };
}
