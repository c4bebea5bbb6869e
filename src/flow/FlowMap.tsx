import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Node,
  type ReactFlowState,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './map.css';
import type { Dataset } from '../model/schema';
import { indexDataset } from '../model/graph';
import type { MapLayout } from '../layout/types';
import { useAppStore, type AppState } from '../store/store';
import { toFlowElements, type HeaderFlowNode, type MapFlowNode } from './toFlowElements';
import { MapNodeView, SIMPLE_ZOOM } from './MapNodeView';
import { HeaderNodeView } from './HeaderNodeView';
import { RouteEdgeView } from './RouteEdgeView';
import { VisibleContext } from './emphasis';
import { nextNode, type MapKey, type Trail } from './keyboard';
import type { VisibleLike } from '../store/focus';

const nodeTypes = { map: MapNodeView, header: HeaderNodeView };
const edgeTypes = { route: RouteEdgeView };
/** Above this many visible links, links are hidden while the view pans or zooms. */
const MOVING_LINK_LIMIT = 800;
/** The first view zooms out no further than this: node labels stay about 10 px on screen. */
const READABLE_ZOOM = 0.8;
const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home']);

/** Zoomed out as far as nodes are simplified: links are drawn solid then (see map.css). */
const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < SIMPLE_ZOOM;

const selectFocus = (s: AppState) => s.focusId;
const selectSetFocus = (s: AppState) => s.setFocus;
const selectViewport = (s: AppState) => s.viewport;
const selectSetViewport = (s: AppState) => s.setViewport;
const selectRevealRequest = (s: AppState) => s.revealRequest;

export interface FlowMapProps {
  dataset: Dataset;
  visible: VisibleLike;
  layout: MapLayout;
}

export function FlowMap(props: FlowMapProps) {
  return (
    <ReactFlowProvider>
      <FlowMapInner {...props} />
    </ReactFlowProvider>
  );
}

function FlowMapInner({ dataset, visible, layout }: FlowMapProps) {
  const index = indexDataset(dataset);
  const focusId = useAppStore(selectFocus);
  const setFocus = useAppStore(selectSetFocus);
  const storedViewport = useAppStore(selectViewport);
  const setViewport = useAppStore(selectSetViewport);
  const revealRequest = useAppStore(selectRevealRequest);
  const flow = useReactFlow();
  const zoomedOut = useStore(selectZoomedOut);
  const wrapper = useRef<HTMLDivElement>(null);
  // The keyboard cursor; it follows the focus whenever the focus changes elsewhere (table, search, panel).
  const [cursorState, setCursorState] = useState<{ id: string | null; trail: Trail; focusWhenSet: string | null }>({
    id: null,
    trail: [],
    focusWhenSet: null,
  });
  const followsFocus = focusId !== null && focusId !== cursorState.focusWhenSet;
  const cursor = followsFocus ? focusId : cursorState.id;
  const trail = followsFocus ? [] : cursorState.trail;
  const setCursor = useCallback(
    (id: string, trail: Trail = []) => setCursorState({ id, trail, focusWhenSet: focusId }),
    [focusId],
  );
  const visibleIds = useMemo(() => new Set(visible.nodes.map((n) => n.id)), [visible]);

  const { nodes, edges } = useMemo(
    () => toFlowElements({ nodes: visible.nodes, links: visible.links, layout, kindById: index.kindById }),
    [visible, layout, index],
  );

  // First view: the stored viewport (from a link), else all columns across the width, from the top.
  const initialised = useRef(false);
  useEffect(() => {
    if (initialised.current || !wrapper.current) return;
    initialised.current = true;
    if (storedViewport) {
      void flow.setViewport(storedViewport);
      return;
    }
    const { clientWidth, clientHeight } = wrapper.current;
    // Never so far out that labels are unreadable (a 1024 px screen would get 6 px text): pan for the rest.
    const zoom = Math.min(1.1, Math.max(READABLE_ZOOM, (clientWidth - 40) / Math.max(1, layout.width)));
    const fitsHeight = layout.height * zoom <= clientHeight - 20;
    const fitsWidth = layout.width * zoom <= clientWidth - 20;
    if (fitsHeight && fitsWidth) void flow.fitView({ padding: 0.04, maxZoom: 1.1 });
    else void flow.setViewport({ x: fitsWidth ? (clientWidth - layout.width * zoom) / 2 : 12, y: 12, zoom });
  }, [flow, layout, storedViewport]);

  // A viewport restored from the URL (Back/Forward or a pasted link) is applied to the map.
  useEffect(() => {
    if (!storedViewport) return;
    const current = flow.getViewport();
    const same =
      Math.abs(current.x - storedViewport.x) < 1 &&
      Math.abs(current.y - storedViewport.y) < 1 &&
      Math.abs(current.zoom - storedViewport.zoom) < 0.001;
    if (!same) void flow.setViewport(storedViewport);
  }, [flow, storedViewport]);

  // Level of detail for links: rasterising thousands of link paths at every pan/zoom step is what slows large
  // maps (benchmark: p95 frame 200 ms -> 33 ms without them at 2,000 nodes), so on large maps links are hidden
  // while the view moves and drawn again when it stops. Set on the DOM directly: no re-render per gesture.
  const manyLinks = edges.length > MOVING_LINK_LIMIT;
  const onMoveStart = useCallback(() => {
    if (wrapper.current) wrapper.current.dataset.moving = manyLinks ? 'hide-links' : 'true';
  }, [manyLinks]);
  const onMoveEnd = useCallback(
    (_: unknown, vp: FlowViewport) => {
      if (wrapper.current) delete wrapper.current.dataset.moving;
      setViewport({ x: Math.round(vp.x), y: Math.round(vp.y), zoom: Number(vp.zoom.toFixed(3)) });
    },
    [setViewport],
  );

  /** Brings a node into view (keeping the zoom) and gives it keyboard focus once it is rendered. */
  const reveal = useCallback(
    (id: string, moveDomFocus: boolean) => {
      const box = layout.boxes.get(id);
      const el = wrapper.current;
      if (!box || !el) return;
      const { x, y, zoom } = flow.getViewport();
      const left = box.x * zoom + x;
      const top = box.y * zoom + y;
      const inView =
        left >= 0 &&
        top >= 0 &&
        left + box.width * zoom <= el.clientWidth &&
        top + box.height * zoom <= el.clientHeight;
      if (!inView)
        void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
          zoom: Math.max(zoom, 0.6),
          duration: 250,
        });
      if (!moveDomFocus) return;
      let tries = 0;
      const tryFocus = () => {
        const target = el.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`);
        if (target) target.focus({ preventScroll: true });
        else if (tries++ < 30) requestAnimationFrame(tryFocus);
      };
      tryFocus();
    },
    [flow, layout],
  );

  // Carry out the store's request to bring a node into sight (focus set in the table, search or detail panel;
  // filters changed), again when the layout changes. A view from a link or Back/Forward makes no request: it brings
  // its own viewport, shown as the sender saw it even when the focus is off screen there.
  useEffect(() => {
    if (revealRequest && layout.boxes.has(revealRequest.nodeId)) {
      const keyboardInMap = wrapper.current?.contains(document.activeElement) ?? false;
      reveal(revealRequest.nodeId, keyboardInMap);
    }
  }, [revealRequest, layout, reveal]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (MOVE_KEYS.has(event.key)) {
      event.preventDefault();
      const move = nextNode({ index, layout, visibleIds, from: cursor, trail, key: event.key as MapKey });
      if (move.id) {
        setCursor(move.id, move.trail);
        reveal(move.id, true);
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && cursor) {
      event.preventDefault();
      setFocus(cursor);
    }
  };

  const onNodeClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type !== 'map') return;
      setCursor(node.id);
      setFocus(node.id);
    },
    [setFocus, setCursor],
  );

  const miniColour = useCallback(
    (node: Node) => (node.type === 'map' ? (node as MapFlowNode).data.kind.colour : 'transparent'),
    [],
  );

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
        <ArrowMarkers />
        <ReactFlow<MapFlowNode | HeaderFlowNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          onlyRenderVisibleElements
          minZoom={0.03}
          maxZoom={2.5}
          zoomOnDoubleClick={false}
          disableKeyboardA11y
        >
          <Background gap={24} size={1} color="#dde3ea" />
          <Controls showInteractive={false} fitViewOptions={{ padding: 0.04 }} aria-label="Zoom controls" />
          <MiniMap pannable zoomable nodeColor={miniColour} ariaLabel="Overview of the whole map" />
        </ReactFlow>
      </div>
    </VisibleContext.Provider>
  );
}

function ArrowMarkers() {
  return (
    <svg className="map-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {(['plain', 'chain'] as const).map((kind) => (
          <marker
            key={kind}
            id={`arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 1L9 5L0 9z" className={`arrow-${kind}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
