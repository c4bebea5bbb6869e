/**
 * Keyboard movement on the map, along links rather than to the nearest box. Left/Right go to a linked node in
 * the columns towards goals / towards delivery (nearest column first, then nearest in height). After such a
 * move, Up/Down cycle through the other nodes linked on that side of the node you came from, so every linked
 * node can be reached, and the opposite arrow goes back exactly where you came from (a breadcrumb trail, as in a
 * tree view). Without a trail, Up/Down go to the previous/next node in the same column. Home goes to the first
 * goal and clears the trail.
 */
import type { GraphIndex } from '../model/graph';
import { neighbours, rankOf } from '../model/graph';
import type { MapLayout } from '../layout/types';

export type MapKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home';

/** One Left/Right move: the node it started from and the side it went to. */
export interface Step {
  parent: string;
  side: 'left' | 'right';
}

/** The moves that led to the cursor, oldest first. */
export type Trail = readonly Step[];

export interface Move {
  id: string | null;
  trail: Trail;
}

export function nextNode(input: {
  index: GraphIndex;
  layout: MapLayout;
  visibleIds: ReadonlySet<string>;
  from: string | null;
  trail: Trail;
  key: MapKey;
}): Move {
  const { index, layout, visibleIds, from, trail, key } = input;
  const boxes = layout.boxes;
  const centre = (id: string) => {
    const b = boxes.get(id);
    return b ? b.y + b.height / 2 : 0;
  };
  const first = (): Move => {
    let best: string | null = null;
    for (const [id, b] of boxes) {
      const cur = best ? boxes.get(best) : undefined;
      if (!cur || b.x < cur.x || (b.x === cur.x && b.y < cur.y)) best = id;
    }
    return { id: best, trail: [] };
  };
  if (from === null || !boxes.has(from) || key === 'Home') return first();

  /** Visible nodes linked to `id` on one side, nearest column first, then top to bottom. */
  const linkedOnSide = (id: string, side: 'left' | 'right'): string[] => {
    const node = index.nodeById.get(id);
    if (!node) return [];
    const rank = rankOf(index, node);
    const list = new Map<string, number>();
    for (const { other } of neighbours(index, id)) {
      if (!visibleIds.has(other.id) || !boxes.has(other.id)) continue;
      const otherRank = rankOf(index, other);
      if (side === 'right' ? otherRank <= rank : otherRank >= rank) continue;
      list.set(other.id, Math.abs(otherRank - rank) * 1e7 + centre(other.id));
    }
    return [...list.entries()].sort((a, b) => a[1] - b[1]).map(([other]) => other);
  };

  const last = trail[trail.length - 1];
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const side = key === 'ArrowRight' ? 'right' : 'left';
    // Going back the way we came returns to the node we came from.
    if (last && last.side !== side && boxes.has(last.parent)) return { id: last.parent, trail: trail.slice(0, -1) };
    const candidates = linkedOnSide(from, side);
    if (candidates.length === 0) return { id: from, trail };
    // Start with the candidate nearest in height within the nearest column.
    const nearestColumn = index.rankOfKind.get(index.nodeById.get(candidates[0] as string)?.kind ?? '');
    const y = centre(from);
    let best = candidates[0] as string;
    for (const c of candidates) {
      if (index.rankOfKind.get(index.nodeById.get(c)?.kind ?? '') !== nearestColumn) continue;
      if (Math.abs(centre(c) - y) < Math.abs(centre(best) - y)) best = c;
    }
    return { id: best, trail: [...trail, { parent: from, side }] };
  }

  const step = key === 'ArrowDown' ? 1 : -1;
  if (last) {
    const ring = linkedOnSide(last.parent, last.side);
    const at = ring.indexOf(from);
    if (at >= 0 && ring.length > 1) {
      return { id: ring[(at + step + ring.length) % ring.length] ?? from, trail };
    }
  }
  const x = boxes.get(from)?.x;
  const y = centre(from);
  let best: string | null = null;
  let bestDy = Infinity;
  for (const [id, b] of boxes) {
    if (b.x !== x || id === from) continue;
    const dy = (b.y + b.height / 2 - y) * step;
    if (dy > 0 && dy < bestDy) {
      best = id;
      bestDy = dy;
    }
  }
  return { id: best ?? from, trail: [] };
}
