/**
 * React Flow nodes for the outlines of containers' members (`groupOutlines`, the same the exports draw): one
 * element per run of neighbouring members, drawn under the map's nodes, never per link.
 */
import type { Node } from '@xyflow/react';
import type { GroupOutline } from '../draw/groupOutlines';

export type GroupFlowNode = Node<{ outline: GroupOutline }, 'group-band'>;

export function groupNodes(outlines: readonly GroupOutline[]): GroupFlowNode[] {
  return outlines.map((outline) => ({
    id: outline.id,
    type: 'group-band',
    position: { x: outline.x, y: outline.y },
    width: outline.width,
    height: outline.height,
    // Under the nodes (which React Flow draws at 0).
    zIndex: -1,
    data: { outline },
    draggable: false,
    selectable: false,
    focusable: false,
    handles: [],
    measured: { width: outline.width, height: outline.height },
  }));
}
