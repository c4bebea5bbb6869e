/**
 * Which of the map's nodes React Flow is given (pure). React Flow walks every node it holds at each step of a
 * gesture (to find those in view) and at each change of the node list (to rebuild its lookup), so a 10,000-node
 * map cost it tens of milliseconds a frame even though only a few hundred were ever on screen. It is given:
 *
 * - the column headers and notices, always (a dozen);
 * - the map's nodes and group outlines inside a window around the view (the view and half a screen beyond each
 *   side, so a pan never reaches a node that is not there yet), renewed when the view leaves it;
 * - zoomed out as far as nodes are simplified (`SIMPLE_ZOOM`) with more than `PAINT_ABOVE` of them in view, no map
 *   node at all but the one under the keyboard cursor, which must stay focusable: the link canvas paints them
 *   (level of detail: `nodePaint.ts`). A small map keeps its elements at every zoom (they cost nothing there, and
 *   each stays a button a screen reader and a click can find);
 * - one hidden node spanning the whole map, so that React Flow's "fit view" (its button, the first view, the
 *   "whole map" hint) still fits the whole map and not just the window.
 */
import type { Node } from '@xyflow/react';
import type { MapLayout } from '../layout/types';
import type { Kind, MapNode } from '../model/schema';
import { displayTitle } from '../model/graph';
import { FALLBACK_COLOUR } from '../draw/look';
import { rectIntersects, type Box } from '../draw/linkPaint';
import type { PaintNode } from '../draw/nodePaint';
import type { AnyFlowNode } from './toFlowElements';
import { SIMPLE_ZOOM } from './MapNodeView';

/** Share of the screen the window reaches beyond each side of the view. */
export const WINDOW_MARGIN = 0.5;

/** The part of the map (map units) a screen of `width`×`height` shows at `transform` ([x, y, zoom]). */
export function viewOf(transform: readonly [number, number, number], width: number, height: number): Box {
  const [tx, ty, z] = transform;
  return { x0: -tx / z, y0: -ty / z, x1: (width - tx) / z, y1: (height - ty) / z };
}

/** `view` grown by `margin` of its size on each side. */
export function grow(view: Box, margin = WINDOW_MARGIN): Box {
  const dx = (view.x1 - view.x0) * margin;
  const dy = (view.y1 - view.y0) * margin;
  return { x0: view.x0 - dx, y0: view.y0 - dy, x1: view.x1 + dx, y1: view.y1 + dy };
}

/** True when `outer` holds all of `inner`. */
export const holds = (outer: Box, inner: Box) =>
  outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && outer.x1 >= inner.x1 && outer.y1 >= inner.y1;

/** Zoomed out, nodes are painted instead of drawn as elements when more than this many are in view. */
export const PAINT_ABOVE = 200;

/** How many of `nodes` (boxes in map units) overlap `view`. */
export function countInView(nodes: readonly { x: number; y: number; width: number; height: number }[], view: Box) {
  let n = 0;
  for (const b of nodes) if (rectIntersects(b.x, b.y, b.width, b.height, view)) n++;
  return n;
}

/**
 * The one rule for the level of detail, used by the link canvas (paint them?) and the node window (drop their
 * elements?) alike: `nodes` (those that may be drawn: a presenter's reveal stage hides the rest) are painted when a
 * screen of `width`×`height` at `transform` is zoomed out as far as nodes are simplified and shows more than
 * `PAINT_ABOVE` of them. Returns how many are in view too (0 when not zoomed out: not counted).
 */
export function paintsNodes(
  nodes: readonly PaintNode[],
  transform: readonly [number, number, number],
  width: number,
  height: number,
): { painted: boolean; inView: number } {
  if (transform[2] >= SIMPLE_ZOOM) return { painted: false, inView: 0 };
  const inView = countInView(nodes, viewOf(transform, width, height));
  return { painted: inView > PAINT_ABOVE, inView };
}

/** What React Flow is given: a window of the map (null before the view is known: none) and the level of detail. */
export interface NodeWindow {
  box: Box | null;
  /** Map nodes are painted on the canvas: React Flow gets none but `keep`. */
  painted: boolean;
}

/** The id of the hidden node spanning the map (see the file's comment). */
export const EXTENT_ID = 'map:extent';

/**
 * React Flow's "fit view" options for the whole map: the hidden extent node counts (the map's own nodes may not
 * all be given to React Flow), with a little room around it.
 */
export const FIT_WHOLE_MAP = { padding: 0.04, includeHiddenNodes: true } as const;

/** The hidden node spanning the whole map (never drawn: it has no view). */
export type ExtentFlowNode = Node<Record<string, never>, 'extent'>;
/** What React Flow is given: the map's nodes and the extent. */
export type WindowFlowNode = AnyFlowNode | ExtentFlowNode;

/** The hidden node spanning the whole map, for React Flow's "fit view" (pass `includeHiddenNodes: true`). */
export function extentNode(layout: Pick<MapLayout, 'width' | 'height'>): ExtentFlowNode {
  const width = Math.max(1, layout.width);
  const height = Math.max(1, layout.height);
  return {
    id: EXTENT_ID,
    type: 'extent',
    position: { x: 0, y: 0 },
    width,
    height,
    hidden: true,
    data: {},
    draggable: false,
    selectable: false,
    focusable: false,
    handles: [],
    measured: { width, height },
  };
}

const inside = (node: AnyFlowNode, box: Box) =>
  rectIntersects(node.position.x, node.position.y, node.width ?? 0, node.height ?? 0, box);

/**
 * The nodes of `all` React Flow is given for `window` (see the file's comment), in their order. `keep` (the node
 * under the keyboard cursor) is always given.
 */
export function windowed(all: readonly AnyFlowNode[], window: NodeWindow, keep: string | null): AnyFlowNode[] {
  return all.filter((node) => {
    if (node.type === 'header' || node.type === 'notice') return true;
    if (node.id === keep) return true;
    if (!window.box) return false;
    if (node.type === 'map' && window.painted) return false;
    return inside(node, window.box);
  });
}

/** The map's nodes as the canvas paints them zoomed out: shape, colour, box, code or title, and full name. */
export function toPaintNodes(
  nodes: readonly MapNode[],
  layout: MapLayout,
  kindById: ReadonlyMap<string, Kind>,
): PaintNode[] {
  const out: PaintNode[] = [];
  for (const node of nodes) {
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    const kind = kindById.get(node.kind);
    const title = displayTitle(node);
    out.push({
      id: node.id,
      kind: node.kind,
      shape: kind?.shape ?? 'rect',
      colour: kind?.colour ?? FALLBACK_COLOUR,
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      text: node.code ?? title,
      name: `${kind?.singular ?? node.kind}${node.code ? ` ${node.code}` : ''}: ${title}`,
      gap: node.label === null,
    });
  }
  return out;
}
