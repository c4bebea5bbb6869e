/**
 * Local maps in the browser (IndexedDB through idb-keyval): each working copy is saved whole, with the dataset it
 * was opened as, every time it changes, so closing the tab or killing the browser mid-edit loses nothing.
 * Several maps are kept; they can be renamed and deleted. Nothing leaves the browser.
 */
import { createStore, del, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
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
const INDEX = 'index';
const LAST = 'last';
const mapKey = (id: string) => `map:${id}`;

export async function listMaps(): Promise<MapSummary[]> {
  return (await get<MapSummary[]>(INDEX, store())) ?? [];
}

/** The map worked on last, if it is still kept. */
export async function lastMap(): Promise<MapSummary | null> {
  const [id, index] = await getMany<unknown>([LAST, INDEX], store());
  const maps = (index as MapSummary[] | undefined) ?? [];
  return maps.find((m) => m.id === id) ?? null;
}

export async function loadMap(id: string): Promise<SavedMap | null> {
  return (await get<SavedMap>(mapKey(id), store())) ?? null;
}

/** Saves a map and its place in the index in one transaction. */
export async function saveMap(map: Omit<SavedMap, 'savedAt' | 'nodes' | 'links'>): Promise<void> {
  const summary: MapSummary = {
    id: map.id,
    name: map.name,
    savedAt: new Date().toISOString(),
    nodes: map.dataset.nodes.length,
    links: map.dataset.links.length,
  };
  const index = (await listMaps()).filter((m) => m.id !== map.id);
  await setMany(
    [
      [mapKey(map.id), { ...map, ...summary }],
      [INDEX, [summary, ...index]],
      [LAST, map.id],
    ],
    store(),
  );
}

export async function renameMap(id: string, name: string): Promise<void> {
  const index = await listMaps();
  const saved = await loadMap(id);
  await setMany(
    [
      [INDEX, index.map((m) => (m.id === id ? { ...m, name } : m))],
      ...(saved ? ([[mapKey(id), { ...saved, name }]] as [string, SavedMap][]) : []),
    ],
    store(),
  );
}

export async function deleteMap(id: string): Promise<void> {
  const index = (await listMaps()).filter((m) => m.id !== id);
  await set(INDEX, index, store());
  await del(mapKey(id), store());
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
  let chain: Promise<void> = Promise.resolve();
  let reported = false;
  return app.subscribe((s, prev) => {
    if (!s.dataset || s.dataset === prev.dataset) return;
    const edited = s.past !== prev.past || s.future !== prev.future;
    if (!edited && !s.workCopy) return;
    let copy = s.workCopy;
    if (!copy) {
      copy = { id: newMapId(), name: `${s.dataset.meta.title} (edited)` };
      app.setState({ workCopy: copy });
    }
    const entry = { id: copy.id, name: copy.name, dataset: s.dataset, baseline: s.baseline ?? s.dataset };
    chain = chain
      .then(() => saveMap(entry))
      .catch((error: unknown) => {
        if (reported) return;
        reported = true;
        onError(`Changes could not be saved in this browser (${String(error)}); export the dataset to keep them.`);
      });
  });
}
