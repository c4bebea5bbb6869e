/** Turns the visible map and its layout into React Flow nodes and edges (pure: no rendering here). */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Kind, MapLink, MapNode } from '../model/schema';
import { displayTitle, linkKey } from '../model/graph';
import { routeInsets } from '../draw/linkEnds';
import type { LinkEnds } from '../draw/linkPath';
import type { ColumnBox, EdgeRoute, MapLayout, NodeBox } from '../layout/types';
import { GEOMETRY } from '../layout/types';
import { columnNoticeNodes, type NoticeFlowNode } from './columnNotices';
import type { GroupFlowNode } from './groupNodes';

export type MapFlowNode = Node<{ node: MapNode; box: NodeBox; kind: Kind }, 'map'>;
export type HeaderFlowNode = Node<{ column: ColumnBox; kind: Kind | undefined }, 'header'>;
/** Every kind of React Flow node the map draws. */
export type AnyFlowNode = MapFlowNode | HeaderFlowNode | NoticeFlowNode | GroupFlowNode;
export type RouteFlowEdge = Edge<{ route: EdgeRoute; link: MapLink; ends: LinkEnds; title: string }, 'route'>;

export function toFlowElements(input: {
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  layout: MapLayout;
  kindById: ReadonlyMap<string, Kind>;
}): { nodes: AnyFlowNode[]; edges: RouteFlowEdge[] } {
  const { layout, kindById } = input;
  const nodes: AnyFlowNode[] = layout.columns.map((column) => ({
    id: `column:${column.kind}`,
    type: 'header',
    position: { x: column.x, y: 0 },
    width: column.width,
    height: GEOMETRY.headerHeight - 12,
    data: { column, kind: kindById.get(column.kind) },
    draggable: false,
    selectable: false,
    focusable: false,
    handles: [],
    measured: { width: column.width, height: GEOMETRY.headerHeight - 12 },
  }));
  nodes.push(...columnNoticeNodes(layout, kindById));
  for (const node of input.nodes) {
    const box = layout.boxes.get(node.id);
    const kind = kindById.get(node.kind);
    if (!box || !kind) continue;
    nodes.push({
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
    });
  }
  const kindOfNode = new Map(input.nodes.map((n) => [n.id, n]));
  const shapeOf = (id: string) => kindById.get(kindOfNode.get(id)?.kind ?? '')?.shape ?? 'rect';
  const nameOf = (id: string) => {
    const node = kindOfNode.get(id);
    return node ? (node.code ?? displayTitle(node)) : id;
  };
  const edges: RouteFlowEdge[] = [];
  for (const link of input.links) {
    const key = linkKey(link);
    const route = layout.routes.get(key);
    if (!route) continue;
    const ends = routeInsets(route, layout.boxes, shapeOf);
    const title = `${nameOf(link.source)} ${link.relation} ${nameOf(link.target)} — ${link.basis}, ${link.confidence} confidence${link.note ? `: ${link.note}` : ''}`;
    edges.push({
      id: key,
      type: 'route',
      source: link.source,
      target: link.target,
      data: { route, link, ends, title },
      // Read by assistive technology instead of React Flow's default, which names the ends by their ids.
      ariaLabel: title,
      focusable: false,
    });
  }
  return { nodes, edges };
}

/**
 * Handle geometry (and, on the nodes, `measured` sizes) given up front from the layout, as in React Flow's
 * server-side-rendering path. Without them React Flow renders every
 * node once to measure its handles, even with `onlyRenderVisibleElements`, which costs seconds at 2,000 nodes.
 * Links are drawn from the layout's routes, so the handles only need to exist.
 */
function handlesFor(box: NodeBox): NodeHandle[] {
  return [
    { type: 'target', position: Position.Left, x: 0, y: box.height / 2, width: 1, height: 1 },
    { type: 'source', position: Position.Right, x: box.width - 1, y: box.height / 2, width: 1, height: 1 },
  ];
}
