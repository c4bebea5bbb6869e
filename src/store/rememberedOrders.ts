/**
 * The layout engine's order store (see src/layout/orderHint.ts) in the browser: refined column orders by key, in
 * memory, filled at start from the orders built with the built-in dataset (`data/order-hints.json`) and from
 * those this browser refined before (IndexedDB through idb-keyval, the last `KEPT_ORDERS`). The engine reads it
 * synchronously when it lays a map out; every entry is checked by the engine before use, so nothing here needs to
 * be trusted. Nothing leaves the browser, and a browser that refuses IndexedDB only loses the memory.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { OrderStore, PackedOrder } from '../layout/orderHint';

/** How many refined orders this browser keeps (a few kB each for a small map): the most recently refined. */
export const KEPT_ORDERS = 24;

interface Entry {
  order: PackedOrder;
  /** When it was refined (ms since 1970): the oldest entries go first. */
  at: number;
}

const memory = new Map<string, unknown>();
let db: UseStore | null | undefined;
/** Its own database: idb-keyval opens one object store per database (local maps have theirs). */
const idb = (): UseStore | null => {
  if (db === undefined) {
    try {
      db = typeof indexedDB === 'undefined' ? null : createStore('strategy-map-orders', 'orders');
    } catch {
      db = null;
    }
  }
  return db;
};

export const rememberedOrders: OrderStore = {
  get: (key) => memory.get(key),
  put(key, order) {
    memory.set(key, order);
    const store = idb();
    if (!store) return;
    const entry: Entry = { order, at: Date.now() };
    set(key, entry, store)
      .then(() => prune(store))
      .catch(() => {});
  },
};

/** Drops all but the `KEPT_ORDERS` most recent entries. */
async function prune(store: UseStore) {
  const all = await entries<string, Entry>(store);
  if (all.length <= KEPT_ORDERS) return;
  const oldest = all.sort((a, b) => (a[1]?.at ?? 0) - (b[1]?.at ?? 0)).slice(0, all.length - KEPT_ORDERS);
  for (const [key] of oldest) await del(key, store);
}

/** Reads the orders this browser refined before into memory; never fails (an unreadable store is skipped). */
export async function loadRememberedOrders(): Promise<void> {
  const store = idb();
  if (!store) return;
  try {
    for (const [key, entry] of await entries<string, Entry>(store)) {
      if (typeof key === 'string' && !memory.has(key)) memory.set(key, entry?.order);
    }
  } catch {
    // Private modes and sandboxed frames may refuse IndexedDB: the maps are then refined at each opening.
  }
}

/**
 * Reads the orders built with the built-in dataset (`npm run data` writes them) into memory; never fails (the
 * map is then refined after its first paint, as any other).
 */
export async function loadBuiltInOrders(url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    const file = (await response.json()) as { orders?: Record<string, unknown> };
    for (const [key, order] of Object.entries(file.orders ?? {})) memory.set(key, order);
  } catch {
    // No hints: the built-in map is refined after its first paint.
  }
}
