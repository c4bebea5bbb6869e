/** Turns the visible map and its layout into React Flow nodes and the link layer's links (pure: no rendering here). */
import { Position, type Node, type NodeHandle } from '@xyflow/react';
import type { Kind, MapLink, MapNode } from '../model/schema';
import { displayTitle, linkKey } from '../model/graph';
import { routeInsets } from '../draw/linkEnds';
import { linkCurve } from '../draw/linkPath';
import { curveBox, type PaintLink } from '../draw/linkPaint';
import type { ColumnBox, EdgeRoute, MapLayout, NodeBox } from '../layout/types';
import { GEOMETRY } from '../layout/types';
import { columnNoticeNodes, type NoticeFlowNode } from './columnNotices';
import type { GroupFlowNode } from './groupNodes';

export type MapFlowNode = Node<{ node: MapNode; box: NodeBox; kind: Kind }, 'map'>;
export type HeaderFlowNode = Node<{ column: ColumnBox; kind: Kind | undefined }, 'header'>;
/** Every kind of React Flow node the map draws. */
export type AnyFlowNode = MapFlowNode | HeaderFlowNode | NoticeFlowNode | GroupFlowNode;
/** A link as the map's link layer draws it (see `LinkLayer`), with the words that name it. */
export interface MapLinkItem extends PaintLink {
  /** Its ends by code or title, relation, basis, confidence and note: shown when the link is hovered. */
  title: string;
}

/**
 * The React Flow node last made for each map node and each kind's header. A node whose box and kind are the same
 * as last time gets the same object back, so React Flow keeps its internal node and neither it nor the minimap
 * draws it again (after a filter change, the columns left of a hidden one, or a column shown again in the same
 * place). Weak: entries go with the dataset's node objects.
 */
const lastNode = new WeakMap<MapNode, MapFlowNode>();
/** The same by box: showing a column again reuses a layout the engine kept, box objects and all. */
const byBox = new WeakMap<NodeBox, MapFlowNode>();
const lastHeader = new WeakMap<Kind, HeaderFlowNode>();

/** What a link's item is made from: its route, and its ends' nodes, boxes and shapes. */
interface LinkInputs {
  route: EdgeRoute;
  source: MapNode | undefined;
  target: MapNode | undefined;
  sourceBox: NodeBox | undefined;
  targetBox: NodeBox | undefined;
  sourceShape: string;
  targetShape: string;
}

interface LinkMade {
  link: MapLink;
  inputs: LinkInputs;
  item: MapLinkItem;
}

/**
 * The link layer's item last made for each link and for each route, with what it was made from. A link whose
 * route and ends are the same gets the same item back, without its curve, box and title being made again: after
 * a filter change most routes are where they were (found by link), and showing a column again reuses a layout the
 * engine kept, route objects and all (found by route). Weak, as `lastNode`: an entry goes with its link or route.
 */
const lastLink = new WeakMap<MapLink, LinkMade>();
const byRoute = new WeakMap<EdgeRoute, LinkMade>();

const sameRoute = (a: EdgeRoute, b: EdgeRoute) =>
  a === b ||
  (a.arrowAt === b.arrowAt &&
    a.points.length === b.points.length &&
    a.points.every((p, i) => p.x === b.points[i]?.x && p.y === b.points[i]?.y));
const samePlace = (a: NodeBox | undefined, b: NodeBox | undefined) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
const sameInputs = (a: LinkInputs, b: LinkInputs) =>
  a.source === b.source &&
  a.target === b.target &&
  a.sourceShape === b.sourceShape &&
  a.targetShape === b.targetShape &&
  samePlace(a.sourceBox, b.sourceBox) &&
  samePlace(a.targetBox, b.targetBox) &&
  sameRoute(a.route, b.route);

/**
 * Whether two boxes draw the same: every field equal, arrays (a node's wrapped lines) element by element; any
 * other object (a column's notice) only when it is the same object.
 */
function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (x === y) return true;
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]);
  });
}

/** `sameFields` for a node's box, field by field, without listing its keys (it runs for every node at every change; a
 * field added to `NodeBox` must be added here). */
const sameBox = (a: NodeBox, b: NodeBox) =>
  a === b ||
  (a.id === b.id &&
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.truncated === b.truncated &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, i) => line === b.lines[i]));

export function toFlowElements(input: {
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  layout: MapLayout;
  kindById: ReadonlyMap<string, Kind>;
}): { nodes: AnyFlowNode[]; links: MapLinkItem[] } {
  const { layout, kindById } = input;
  const nodes: AnyFlowNode[] = layout.columns.map((column) => {
    const kind = kindById.get(column.kind);
    const last = kind ? lastHeader.get(kind) : undefined;
    if (last && sameFields(last.data.column, column)) return last;
    const header: HeaderFlowNode = {
      id: `column:${column.kind}`,
      type: 'header',
      position: { x: column.x, y: 0 },
      width: column.width,
      height: GEOMETRY.headerHeight - 12,
      data: { column, kind },
      draggable: false,
      selectable: false,
      focusable: false,
      handles: [],
      measured: { width: column.width, height: GEOMETRY.headerHeight - 12 },
    };
    if (kind) lastHeader.set(kind, header);
    return header;
  });
  nodes.push(...columnNoticeNodes(layout, kindById));
  for (const node of input.nodes) {
    const box = layout.boxes.get(node.id);
    const kind = kindById.get(node.kind);
    if (!box || !kind) continue;
    const reusable = (f: MapFlowNode | undefined) =>
      f && f.data.node === node && f.data.kind === kind && sameBox(f.data.box, box);
    const last = [byBox.get(box), lastNode.get(node)].find(reusable);
    if (last) {
      lastNode.set(node, last);
      byBox.set(box, last);
      nodes.push(last);
      continue;
    }
    const flowNode: MapFlowNode = {
      id: node.id,
      type: 'map',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { node, box, kind },
      draggable: false,
      focusable: false,
      handles: handlesFor(box),
      measured: { width: box.width, height: box.height },
    };
    lastNode.set(node, flowNode);
    byBox.set(box, flowNode);
    nodes.push(flowNode);
  }
  const kindOfNode = new Map(input.nodes.map((n) => [n.id, n]));
  const shapeOf = (id: string) => kindById.get(kindOfNode.get(id)?.kind ?? '')?.shape ?? 'rect';
  const nameOf = (id: string) => {
    const node = kindOfNode.get(id);
    return node ? (node.code ?? displayTitle(node)) : id;
  };
  const links: MapLinkItem[] = [];
  for (const link of input.links) {
    const key = linkKey(link);
    const route = layout.routes.get(key);
    if (!route) continue;
    const inputs: LinkInputs = {
      route,
      source: kindOfNode.get(link.source),
      target: kindOfNode.get(link.target),
      sourceBox: layout.boxes.get(link.source),
      targetBox: layout.boxes.get(link.target),
      sourceShape: shapeOf(link.source),
      targetShape: shapeOf(link.target),
    };
    const reusable = (m: LinkMade | undefined) => m && m.link === link && sameInputs(m.inputs, inputs);
    const before = [byRoute.get(route), lastLink.get(link)].find(reusable);
    if (before) {
      lastLink.set(link, before);
      byRoute.set(route, before);
      links.push(before.item);
      continue;
    }
    const curve = linkCurve(route.points, routeInsets(route, layout.boxes, shapeOf));
    if (!curve) continue;
    const title = `${nameOf(link.source)} ${link.relation} ${nameOf(link.target)} — ${link.basis}, ${link.confidence} confidence${link.note ? `: ${link.note}` : ''}`;
    const item: MapLinkItem = {
      key,
      source: link.source,
      target: link.target,
      basis: link.basis,
      curve,
      arrow: route.arrowAt,
      box: curveBox(curve),
      title,
    };
    const made: LinkMade = { link, inputs, item };
    lastLink.set(link, made);
    byRoute.set(route, made);
    links.push(item);
  }
  return { nodes, links };
}

/**
 * Handle geometry (and, on the nodes, `measured` sizes) given up front from the layout, as in React Flow's
 * server-side-rendering path. Without them React Flow renders every
 * node once to measure its handles, even with `onlyRenderVisibleElements`, which costs seconds at 2,000 nodes.
 * Links are drawn by the map's own link layer from the layout's routes, so the handles only need to exist (as data:
 * nodes render no handle elements).
 */
function handlesFor(box: NodeBox): NodeHandle[] {
  return [
    { type: 'target', position: Position.Left, x: 0, y: box.height / 2, width: 1, height: 1 },
    { type: 'source', position: Position.Right, x: box.width - 1, y: box.height / 2, width: 1, height: 1 },
  ];
}
