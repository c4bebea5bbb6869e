/** Loosening the filters just enough to show given nodes (a search's matches that the filters hide). */
import { passesAttributes, type Filters } from './filters';
import type { GraphIndex } from './graph';

/**
 * Filters that keep every current choice that does not hide one of `ids`: their columns are turned on, and a
 * period, sector, region or confidence restriction that hides one of them is lifted; the scope and "hide unlinked"
 * are cleared when they are what hides them.
 */
export function filtersShowing(index: GraphIndex, filters: Filters, ids: readonly string[]): Filters {
  const nodes = ids.map((id) => index.nodeById.get(id)).filter((n) => n !== undefined);
  const next: Filters = { ...filters };
  if (next.kinds !== null) {
    const kinds = new Set(next.kinds);
    for (const n of nodes) kinds.add(n.kind);
    next.kinds = index.dataset.kinds.map((k) => k.id).filter((k) => kinds.has(k));
    if (next.kinds.length === index.dataset.kinds.length) next.kinds = null;
  }
  const fails = (patch: Partial<Filters>) => nodes.some((n) => !passesAttributes({ ...next, ...patch }, n));
  // Lift a restriction only when it is one that hides a node, checked with the others lifted.
  const all: Partial<Filters> = { periods: null, sectors: null, regions: null, confidences: null };
  for (const key of ['periods', 'sectors', 'regions', 'confidences'] as const) {
    const others = { ...all, [key]: next[key] };
    if (fails(others)) next[key] = null;
  }
  next.scope = [];
  next.hideUnlinked = false;
  return next;
}
