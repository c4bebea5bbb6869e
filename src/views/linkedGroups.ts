/** A node's linked nodes grouped by kind, in column order: used by the detail panel and the table. */
import { neighbours, type GraphIndex } from '../model/graph';
import type { Kind, MapLink, MapNode } from '../model/schema';

export interface LinkedGroup {
  kind: Kind;
  items: { node: MapNode; link: MapLink }[];
}

export function linkedGroups(index: GraphIndex, id: string, visibleIds?: ReadonlySet<string>): LinkedGroup[] {
  const groups = new Map<string, LinkedGroup>();
  for (const { link, other } of neighbours(index, id)) {
    if (visibleIds && !visibleIds.has(other.id)) continue;
    const kind = index.kindById.get(other.kind);
    if (!kind) continue;
    let group = groups.get(kind.id);
    if (!group) {
      group = { kind, items: [] };
      groups.set(kind.id, group);
    }
    group.items.push({ node: other, link });
  }
  return [...groups.values()].sort(
    (a, b) => (index.rankOfKind.get(a.kind.id) ?? 0) - (index.rankOfKind.get(b.kind.id) ?? 0),
  );
}
