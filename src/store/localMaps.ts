/**
 * Local maps in the browser (IndexedDB through idb-keyval): each working copy is saved whole, with the dataset it
 * was opened as, every time it changes, so closing the tab or killing the browser mid-edit loses nothing.
 * Several maps are kept; they can be renamed and deleted. Nothing leaves the browser.
 */
import { createStore, del, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { Dataset } from '../model/schema';
import type { AppState } from './store';
import type { StoreApi } from 'zustand';

export interface MapSummary {
  id: string;
  name: string;
  /** ISO time of the last save. */
  savedAt: string;
  nodes: number;
  links: number;
}

export interface SavedMap extends MapSummary {
  dataset: Dataset;
  /** The dataset as first opened, for the changes list. */
  baseline: Dataset;
}

let db: UseStore | null = null;
const store = () => (db ??= createStore('strategy-map', 'local-maps'));
const LAST = 'last';
const mapKey = (id: string) => `map:${id}`;
const summaryKey = (id: string) => `summary:${id}`;

/** The maps kept, the most recently saved first. */
export async function listMaps(): Promise<MapSummary[]> {
  const ids = (await keys(store())).filter((k): k is string => typeof k === 'string' && k.startsWith('summary:'));
  const summaries = (await getMany<MapSummary>(ids, store())).filter((m): m is MapSummary => m !== undefined);
  return summaries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** The map worked on last, if it is still kept. */
export async function lastMap(): Promise<MapSummary | null> {
  const id = await get<string>(LAST, store());
  return id === undefined ? null : ((await get<MapSummary>(summaryKey(id), store())) ?? null);
}

export async function loadMap(id: string): Promise<SavedMap | null> {
  return (await get<SavedMap>(mapKey(id), store())) ?? null;
}

/**
 * Saves a map, its summary and "last worked on" in one write transaction, started at once (no read first), so a
 * tab closed right after an edit still has it.
 */
export function saveMap(map: Omit<SavedMap, 'savedAt' | 'nodes' | 'links'>): Promise<void> {
  const summary: MapSummary = {
    id: map.id,
    name: map.name,
    savedAt: new Date().toISOString(),
    nodes: map.dataset.nodes.length,
    links: map.dataset.links.length,
  };
  return setMany(
    [
      [mapKey(map.id), { ...map, ...summary }],
      [summaryKey(map.id), summary],
      [LAST, map.id],
    ],
    store(),
  );
}

export async function renameMap(id: string, name: string): Promise<void> {
  const [saved, summary] = await getMany<SavedMap | MapSummary>([mapKey(id), summaryKey(id)], store());
  await setMany(
    [
      ...(saved ? ([[mapKey(id), { ...saved, name }]] as [string, unknown][]) : []),
      ...(summary ? ([[summaryKey(id), { ...summary, name }]] as [string, unknown][]) : []),
    ],
    store(),
  );
}

export async function deleteMap(id: string): Promise<void> {
  await delMany([mapKey(id), summaryKey(id)], store());
  if ((await get(LAST, store())) === id) await del(LAST, store());
}

/** Forgets which map was worked on last (after "reset to the built-in dataset"), keeping the maps. */
export async function forgetLast(): Promise<void> {
  await del(LAST, store());
}

export const newMapId = () => `map-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/**
 * Saves the working copy whenever the dataset changes by an edit (or an import). The first edit of a dataset that
 * is not yet a local map makes it one, named after the dataset. Saves run in order; a failure is reported once.
 */
export function startAutosave(app: StoreApi<AppState>, onError: (message: string) => void = () => {}): () => void {
  let reported = false;
  return app.subscribe((s, prev) => {
    if (!s.dataset || s.dataset === prev.dataset) return;
    // A dataset just opened has no history; any edit leaves one (an undone edit, a redo step).
    const edited = s.past.length > 0 || s.future.length > 0;
    if (!edited && !s.workCopy) return;
    let copy = s.workCopy;
    if (!copy) {
      copy = { id: newMapId(), name: `${s.dataset.meta.title} (edited)` };
      app.setState({ workCopy: copy });
    }
    const entry = { id: copy.id, name: copy.name, dataset: s.dataset, baseline: s.baseline ?? s.dataset };
    // Write transactions on one store run in the order they are made, so saves need no chaining.
    saveMap(entry).catch((error: unknown) => {
      if (reported) return;
      reported = true;
      onError(`Changes could not be saved in this browser (${String(error)}); export the dataset to keep them.`);
    });
  });
}
