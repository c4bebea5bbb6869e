import { useMemo } from 'react';
import { Background, ReactFlow, ReactFlowProvider, useStore, type ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './map.css';
import type { Dataset } from '../model/schema';
import { indexDataset } from '../model/graph';
import type { MapLayout } from '../layout/types';
import { toFlowElements } from './toFlowElements';
import { MapNodeView, SIMPLE_ZOOM } from './MapNodeView';
import { HeaderNodeView } from './HeaderNodeView';
import { ColumnNoticeView } from './ColumnNoticeView';
import { GroupOutlineView } from './GroupOutlineView';
import { useGroupNodes } from './useGroupNodes';
import { VisibleContext } from './emphasis';
import { LinkLayer } from './LinkLayer';
import { MapControls } from './MapControls';
import { ColumnsHint } from './ColumnsHint';
import { useMapCamera } from './useMapCamera';
import { useFitChain } from './useFitChain';
import { ZOOM_LIMITS } from '../model/viewport';
import { useMapCursor } from './useMapCursor';
import { MapOverview } from './MapOverview';
import type { VisibleGraph } from '../model/visible';
import { toPaintNodes, type WindowFlowNode } from './nodeWindow';
import { useNodeWindow } from './useNodeWindow';
import { useRevealedNodes } from './linkReveal';

const nodeTypes = {
  map: MapNodeView,
  header: HeaderNodeView,
  notice: ColumnNoticeView,
  'group-band': GroupOutlineView,
};
/** Links are drawn by the map's own layer (LinkLayer), not by React Flow. */
const NO_EDGES: never[] = [];

/** Zoomed out as far as nodes are simplified (see the legend, which says links are drawn solid then). */
const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < SIMPLE_ZOOM;

export interface FlowMapProps {
  dataset: Dataset;
  visible: VisibleGraph;
  layout: MapLayout;
}

export function FlowMap(props: FlowMapProps) {
  return (
    <ReactFlowProvider>
      <FlowMapInner {...props} />
    </ReactFlowProvider>
  );
}

/** Draws the map with React Flow; the camera (useMapCamera) and keyboard cursor (useMapCursor) live apart. */
function FlowMapInner({ dataset, visible, layout }: FlowMapProps) {
  const index = indexDataset(dataset);
  const zoomedOut = useStore(selectZoomedOut);
  const { nodes, links } = useMemo(
    () => toFlowElements({ nodes: visible.nodes, links: visible.links, layout, kindById: index.kindById }),
    [visible, layout, index],
  );
  const withGroups = useGroupNodes(index, layout, visible, nodes);
  const { wrapper, onMoveStart, onMoveEnd, reveal } = useMapCamera(layout);
  useFitChain(wrapper, dataset, visible, layout);
  const { cursor, onKeyDown, onNodeClick, selectNode } = useMapCursor(index, visible, layout, reveal);
  // React Flow gets the nodes around the view only, and none zoomed out on a big map: the link layer paints them.
  // The nodes the canvas may paint: a presenter's reveal stage hides those it has not reached, as their elements.
  const revealed = useRevealedNodes();
  const paintable = useMemo(() => {
    const all = toPaintNodes(visible.nodes, layout, index.kindById);
    return revealed ? all.filter((n) => revealed.has(n.id)) : all;
  }, [visible, layout, index, revealed]);
  const windowNodes = useNodeWindow(withGroups, paintable, layout, cursor);

  return (
    <VisibleContext.Provider value={visible}>
      <div
        ref={wrapper}
        className="map-wrap"
        tabIndex={0}
        role="application"
        aria-roledescription="strategy map"
        aria-label={`Strategy map, ${visible.nodes.length} nodes in ${layout.columns.length} columns`}
        aria-describedby="map-keyboard-help"
        onKeyDown={onKeyDown}
        data-cursor={cursor ?? ''}
        data-zoomed-out={zoomedOut ? 'true' : undefined}
      >
        <p id="map-keyboard-help" className="sr-only">
          Arrow keys move along links: left towards goals, right towards delivery, up and down within a column. Enter
          focuses a node and highlights its chains; Escape clears the focus.
        </p>
        <ReactFlow<WindowFlowNode>
          nodes={windowNodes}
          edges={NO_EDGES}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          onlyRenderVisibleElements
          minZoom={ZOOM_LIMITS.min}
          maxZoom={ZOOM_LIMITS.max}
          zoomOnDoubleClick={false}
          disableKeyboardA11y
        >
          <LinkLayer links={links} visible={visible} nodes={paintable} onNodeClick={selectNode} />
          <Background gap={24} size={1} color="#dde3ea" />
          <MapControls overview={<MapOverview nodes={visible.nodes} layout={layout} kindById={index.kindById} />} />
          <ColumnsHint columns={layout.columns} />
        </ReactFlow>
      </div>
    </VisibleContext.Provider>
  );
}
