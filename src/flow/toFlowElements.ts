/** Turns the visible map and its layout into React Flow nodes and edges (pure: no rendering here). */
import { Position, type Node, type NodeHandle } from '@xyflow/react';
import type { Kind, MapLink, MapNode } from '../model/schema';
import { displayTitle, linkKey } from '../model/graph';
import { routeInsets } from '../draw/linkEnds';
import { linkCurve } from '../draw/linkPath';
import { curveBox, type PaintLink } from '../draw/linkPaint';
import type { ColumnBox, MapLayout, NodeBox } from '../layout/types';
import { GEOMETRY } from '../layout/types';

export type MapFlowNode = Node<{ node: MapNode; box: NodeBox; kind: Kind }, 'map'>;
export type HeaderFlowNode = Node<{ column: ColumnBox; kind: Kind | undefined }, 'header'>;
/** A link as the map's link layer draws it (see `LinkLayer`), with the words that name it. */
export interface MapLinkItem extends PaintLink {
  /** Its ends by code or title, relation, basis, confidence and note: shown when the link is hovered. */
  title: string;
}

export function toFlowElements(input: {
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  layout: MapLayout;
  kindById: ReadonlyMap<string, Kind>;
}): { nodes: (MapFlowNode | HeaderFlowNode)[]; links: MapLinkItem[] } {
  const { layout, kindById } = input;
  const nodes: (MapFlowNode | HeaderFlowNode)[] = layout.columns.map((column) => ({
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
  const links: MapLinkItem[] = [];
  for (const link of input.links) {
    const key = linkKey(link);
    const route = layout.routes.get(key);
    if (!route) continue;
    const curve = linkCurve(route.points, routeInsets(route, layout.boxes, shapeOf));
    if (!curve) continue;
    const title = `${nameOf(link.source)} ${link.relation} ${nameOf(link.target)} — ${link.basis}, ${link.confidence} confidence${link.note ? `: ${link.note}` : ''}`;
    links.push({
      key,
      source: link.source,
      target: link.target,
      basis: link.basis,
      curve,
      arrow: route.arrowAt,
      box: curveBox(curve),
      title,
    });
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
