/**
 * Placement: turns a column order into boxes and link routes. Each column is placed so that items sit near the
 * mean height of their linked neighbours, keeping their order and spacing; the best such placement for a column
 * is an isotonic regression, solved exactly by pool-adjacent-violators. Cheap (linear per sweep), so filters
 * re-place the surviving nodes in the order the full map gave them instead of re-ordering.
 */
import type { Kind, MapLink, MapNode } from '../model/schema';
import { linkKey } from '../model/graph';
import { wrapText, type Wrapped } from './text';
import type { LayerOrder } from './order';
import { placeColumns, visibleSegments, type Item } from './placeColumns';
import { columnX, countCrossings, linkRoutes, push } from './placeRoutes';
import { GEOMETRY as G, type ColumnBox, type MapLayout, type NodeBox } from './types';

export interface PlaceInput {
  /** All kinds in column order; kinds with no visible node get no column. */
  kinds: readonly Kind[];
  /** The visible nodes and links. */
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  /** Order of the full map (from `orderLayers` over all kinds); items not in it go to the end of their column. */
  order: LayerOrder;
  /** How a node's label is wrapped (documents wrap titles in full). @default `labelLines`: three lines at most */
  labels?: (node: MapNode) => Wrapped;
  /**
   * Columns the filters emptied (`VisibleGraph.emptied`): each keeps its slot, with a notice box where its nodes
   * would be, so the reader sees where the answer would be and why it is not there.
   */
  emptied?: readonly { kind: { id: string }; message: string }[];
}

/** Font size and line height of an emptied column's notice. */
export const NOTICE_TEXT = { fontSize: 12.5, lineHeight: 16, maxLines: 5 } as const;

function noticeLines(text: string): Wrapped {
  return wrapText(text, {
    maxWidth: G.nodeWidth - 2 * G.paddingX,
    fontSize: NOTICE_TEXT.fontSize,
    maxLines: NOTICE_TEXT.maxLines,
  });
}

const wrapCache = new Map<string, Wrapped>();

/** Label lines of a node as drawn: its title, or the gap wording when the title is not yet sourced. */
export function labelLines(node: Pick<MapNode, 'label'>): Wrapped {
  const text = node.label ?? 'title not yet sourced';
  let wrapped = wrapCache.get(text);
  if (!wrapped) {
    if (wrapCache.size > 50_000) wrapCache.clear();
    wrapped = wrapText(text, { maxWidth: G.nodeWidth - 2 * G.paddingX, fontSize: G.labelFontSize, maxLines: 3 });
    wrapCache.set(text, wrapped);
  }
  return wrapped;
}

/**
 * Keeps the label lines of `node` as wrapped elsewhere (by the layout worker, whose boxes carry them), so placing
 * on this thread later does not wrap every label again: the first filter change of a large map would otherwise
 * spend most of its time there.
 */
export function rememberLabelLines(node: Pick<MapNode, 'label'>, wrapped: Wrapped): void {
  const text = node.label ?? 'title not yet sourced';
  if (!wrapCache.has(text)) wrapCache.set(text, wrapped);
}

export function nodeHeight(lineCount: number): number {
  return G.paddingTop + G.codeRowHeight + Math.max(1, lineCount) * G.labelLineHeight + G.paddingBottom;
}

/**
 * The layout of the visible nodes and links in the full map's column order: columns for the kinds that have a
 * visible node, each placed near its neighbours' heights (`placeColumns`), and link routes (`linkRoutes`).
 */
export function placeLayers(input: PlaceInput): MapLayout {
  const kindRank = new Map(input.kinds.map((k, i) => [k.id, i]));
  const emptiedRank = new Map<number, string>();
  // With nothing visible at all the map says so once; no column slots.
  for (const e of input.nodes.length > 0 ? (input.emptied ?? []) : []) {
    const rank = kindRank.get(e.kind.id);
    if (rank !== undefined) emptiedRank.set(rank, e.message);
  }
  const used = [...new Set([...input.nodes.map((n) => kindRank.get(n.kind) ?? 0), ...emptiedRank.keys()])].sort(
    (a, b) => a - b,
  );
  const columnOfRank = new Map(used.map((rank, c) => [rank, c]));
  const rankOf = new Map<string, number>();
  for (const n of input.nodes) rankOf.set(n.id, columnOfRank.get(kindRank.get(n.kind) ?? 0) ?? 0);

  // Items: visible nodes, and dummies of visible links in the visible columns they skip.
  const items = new Map<string, Item>();
  const labels = new Map<string, Wrapped>();
  for (const node of input.nodes) {
    const wrapped = (input.labels ?? labelLines)(node);
    labels.set(node.id, wrapped);
    items.set(node.id, {
      id: node.id,
      height: nodeHeight(wrapped.lines.length),
      y: 0,
      column: rankOf.get(node.id) ?? 0,
      node,
    });
  }
  const keyed = input.links.map((l) => ({ key: linkKey(l), source: l.source, target: l.target }));
  const segments = visibleSegments(keyed, rankOf, used);
  for (const s of segments) {
    if (!items.has(s.lower)) items.set(s.lower, { id: s.lower, height: G.dummyHeight, y: 0, column: s.rank + 1 });
  }

  const layers = orderedColumns(items, used, input.order);
  // An emptied column's notice heads its slot; links that pass through the column run below it.
  const notices = new Map<number, { item: Item; wrapped: Wrapped; text: string }>();
  used.forEach((rank, c) => {
    const text = emptiedRank.get(rank);
    if (text === undefined) return;
    const wrapped = noticeLines(text);
    const item: Item = {
      id: `notice:${rank}`,
      height: G.paddingTop + wrapped.lines.length * NOTICE_TEXT.lineHeight + G.paddingBottom + 4,
      y: 0,
      column: c,
      notice: true,
    };
    layers[c]?.unshift(item);
    notices.set(c, { item, wrapped, text });
  });
  const up = new Map<string, Item[]>();
  const down = new Map<string, Item[]>();
  for (const s of segments) {
    const u = items.get(s.upper);
    const l = items.get(s.lower);
    if (!u || !l) continue;
    push(down, u.id, l);
    push(up, l.id, u);
  }
  const maxY = placeColumns(layers, up, down);

  const boxes = new Map<string, NodeBox>();
  for (const item of items.values()) {
    const wrapped = labels.get(item.id);
    if (!item.node || !wrapped) continue;
    boxes.set(item.id, {
      id: item.id,
      x: columnX(item.column),
      y: item.y,
      width: G.nodeWidth,
      height: item.height,
      lines: wrapped.lines,
      truncated: wrapped.truncated,
    });
  }

  const columns: ColumnBox[] = used.map((rank, c) => {
    const kind = input.kinds[rank];
    return {
      kind: kind?.id ?? '',
      title: kind?.plural ?? '',
      x: columnX(c),
      width: G.nodeWidth,
      count: layers[c]?.filter((i) => i.node).length ?? 0,
      ...noticeOf(notices.get(c)),
    };
  });

  return {
    boxes,
    routes: linkRoutes(keyed, items, rankOf, used),
    columns,
    width: used.length > 0 ? columnX(used.length - 1) + G.nodeWidth : 0,
    height: Math.max(maxY, G.headerHeight),
    crossings: countCrossings(layers, segments),
  };
}

function noticeOf(notice: { item: Item; wrapped: Wrapped; text: string } | undefined): Pick<ColumnBox, 'notice'> {
  if (!notice) return {};
  return {
    notice: { y: notice.item.y, height: notice.item.height, lines: notice.wrapped.lines, text: notice.text },
  };
}

/** Columns in the full order, restricted to what is visible. A dummy's id names its column in full-map ranks. */
function orderedColumns(items: Map<string, Item>, used: readonly number[], order: LayerOrder): Item[][] {
  const layers: Item[][] = used.map(() => []);
  const placed = new Set<string>();
  used.forEach((rank, c) => {
    for (const id of order.layers[rank] ?? []) {
      const item = items.get(id);
      if (item && item.column === c && !placed.has(item.id)) {
        layers[c]?.push(item);
        placed.add(item.id);
      }
    }
  });
  for (const item of items.values()) if (!placed.has(item.id)) layers[item.column]?.push(item);
  return layers;
}
