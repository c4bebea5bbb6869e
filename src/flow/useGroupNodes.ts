import { useMemo } from 'react';
import type { GraphIndex } from '../model/graph';
import type { VisibleGraph } from '../model/visible';
import type { MapLayout } from '../layout/types';
import { groupOutlines } from '../draw/groupOutlines';
import { groupNodes } from './groupNodes';
import type { AnyFlowNode } from './toFlowElements';

/** The map's nodes with the outlines of containers' members first (drawn under them). */
export function useGroupNodes(
  index: GraphIndex,
  layout: MapLayout,
  visible: VisibleGraph,
  nodes: readonly AnyFlowNode[],
): AnyFlowNode[] {
  const groups = useMemo(() => groupNodes(groupOutlines(index, layout, visible.nodes)), [index, layout, visible]);
  return useMemo(() => (groups.length === 0 ? [...nodes] : [...groups, ...nodes]), [groups, nodes]);
}
