/**
 * Refined column orders remembered between openings. The order is deterministic for a dataset's ordering input
 * (columns, nodes in dataset order, links) and its opening view, so an order refined once can be drawn first the
 * next time instead of the sweeps' quick order, with no refinement and no nodes moving after the first paint.
 *
 * A remembered order is only a hint: it is found by a hash of exactly what the order depends on (`orderKey`), and
 * used only when it is, column by column, a permutation of the items the dataset has there (`unpackOrder`). A
 * stale, corrupt or colliding hint is therefore ignored, or at worst gives a valid map with more crossings; it can
 * never leave out, duplicate or misplace a node. Pure: the store that keeps hints (IndexedDB, a file built with
 * the built-in dataset) is injected into the engine (`LayoutEngineOptions.orderStore`).
 */
import { dummyId, siftOrder, type LayerOrder, type OrderInput } from './order';

/**
 * Changed whenever the ordering (order.ts, its budgets) changes, so orders remembered by an older version of the
 * app are no longer found. `npm run data -- --check` fails when the built-in hints no longer match the code.
 */
export const ORDER_VERSION = 1;

/** A remembered order: per column, the positions of the column's items in their canonical order (`itemsOf`). */
export type PackedOrder = number[][];

/** Where remembered orders are kept, by `orderKey`. */
export interface OrderStore {
  /** The order kept under `key`, if any: anything read back is checked by `unpackOrder` before use. */
  get(key: string): unknown;
  /** Keeps a refined order for later openings (may write asynchronously, may drop it). */
  put(key: string, order: PackedOrder): void;
}

/**
 * A hash of the ordering input and the opening view (its nodes), with `ORDER_VERSION`: the same key means the
 * same order, as long as the hash does not collide (`unpackOrder` checks what a collision could break).
 */
export function orderKey(input: OrderInput, core: ReadonlySet<string> | undefined): string {
  const hash = new Hash();
  hash.add(`v${ORDER_VERSION}|${input.columns}`);
  for (const id of input.nodes) hash.add(`${id}\u0001${input.rankOf.get(id) ?? 0}\u0001${core?.has(id) ? 1 : 0}`);
  for (const link of input.links) hash.add(`${link.key}\u0001${link.source}\u0001${link.target}`);
  return hash.hex();
}

/** The items of each column in a fixed order: nodes in input order, then link dummies in link order. */
export function itemsOf(input: OrderInput): string[][] {
  const columns = Array.from({ length: input.columns }, () => new Set<string>());
  for (const id of input.nodes) columns[input.rankOf.get(id) ?? 0]?.add(id);
  for (const link of input.links) {
    const rs = input.rankOf.get(link.source);
    const rt = input.rankOf.get(link.target);
    if (rs === undefined || rt === undefined) continue;
    for (let r = Math.min(rs, rt) + 1; r < Math.max(rs, rt); r++) columns[r]?.add(dummyId(link.key, r));
  }
  return columns.map((c) => [...c]);
}

/** `order` as positions in `itemsOf(input)`; null when it does not hold exactly those items. */
export function packOrder(input: OrderInput, order: LayerOrder): PackedOrder | null {
  const items = itemsOf(input);
  if (order.layers.length !== items.length) return null;
  const packed: PackedOrder = [];
  for (let r = 0; r < items.length; r++) {
    const at = new Map(items[r]!.map((id, i) => [id, i]));
    const layer = order.layers[r]!.map((id) => at.get(id) ?? -1);
    if (!isPermutation(layer, at.size)) return null;
    packed.push(layer);
  }
  return packed;
}

/**
 * The order `packed` stands for, with its crossings counted again; null unless every column is a permutation of
 * the items the input has there (anything else, whatever was stored, is refused).
 */
export function unpackOrder(input: OrderInput, packed: unknown): LayerOrder | null {
  const items = itemsOf(input);
  if (!Array.isArray(packed) || packed.length !== items.length) return null;
  const layers: string[][] = [];
  for (let r = 0; r < items.length; r++) {
    const layer: unknown = packed[r];
    const column = items[r]!;
    if (!Array.isArray(layer) || !isPermutation(layer, column.length)) return null;
    layers.push(layer.map((i: number) => column[i]!));
  }
  // Sifting with no budget only counts the crossings of the order it is given.
  return { layers, crossings: siftOrder(input, layers, null, 0).crossings };
}

/** Exactly the integers 0 … size - 1, each once. */
function isPermutation(values: readonly unknown[], size: number): values is number[] {
  if (values.length !== size) return false;
  const seen = new Uint8Array(size);
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= size || seen[v]) return false;
    seen[v] = 1;
  }
  return true;
}

/** Two 32-bit FNV-1a hashes with different offsets over the same text, as 16 hex digits (not cryptographic). */
class Hash {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x9e3779b9;
  add(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 0x01000193);
      this.b = Math.imul(this.b ^ c, 0x01000193) ^ (this.b >>> 15);
    }
    // A separator no id contains, so ["ab", "c"] and ["a", "bc"] differ.
    this.a = Math.imul(this.a ^ 0xffff, 0x01000193);
    this.b = Math.imul(this.b ^ 0xffff, 0x01000193);
  }
  hex() {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
