/**
 * The map's links, drawn by us instead of React Flow: one canvas for all of them inside React Flow's viewport, below
 * the nodes, styles batched by basis and highlight (`src/draw/linkPaint.ts`). It is redrawn only when the links,
 * the highlight, the reveal stage or the view (once it stops) change. While the view moves, the browser moves and
 * scales the last drawing with the viewport: no link is drawn again during a gesture, unless the view runs past
 * what was drawn (then without dashes). The canvas covers the screen and a margin around it, in screen pixels, so
 * a 10,000-node map costs no more than a small one.
 *
 * Zoomed out as far as nodes are simplified (`SIMPLE_ZOOM`) with many nodes in view (`paintsNodes`), the same
 * drawing paints the nodes too, over the links (level of detail, `src/draw/nodePaint.ts`): the page then holds no
 * element per node (`useNodeWindow`, which follows the same rule), which is what kept a 10,000-node map from
 * moving smoothly.
 *
 * Hovering a link (hit-tested, `src/draw/linkHit.ts`) highlights it and shows its relation, basis, confidence and
 * rationale, as the links' tooltips did before; without a mouse, the same facts are in the side panel and the table.
 * Hovering a painted node shows its name, and a click on it focuses it, as on a node element.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EdgeLabelRenderer, useOnViewportChange, useStoreApi } from '@xyflow/react';
import type { VisibleGraph } from '../model/visible';
import { useAppStore, type AppState } from '../store/store';
import { ARROW, FOCUS_STYLE, THEMES, type Theme } from '../draw/look';
import {
  batchLinks,
  paintLinks,
  screenLinkStyle,
  type Box,
  type LinkEmphasis,
  type PaintLink,
  type PaintMode,
} from '../draw/linkPaint';
import { LinkHitIndex } from '../draw/linkHit';
import type { MapLinkItem } from './toFlowElements';
import { chainsIn } from './emphasis';
import { emphasisOf as nodeEmphasis } from '../store/focus';
import { selectSearchMatches } from '../store/selectors';
import { batchNodes, nodeAt, paintNodes, type NodeBatch, type PaintNode } from '../draw/nodePaint';
import { useRevealedNodes } from './linkReveal';
import { SIMPLE_ZOOM } from './MapNodeView';
import { paintsNodes } from './nodeWindow';

/** Share of the screen drawn beyond each side, so that a pan shows links already drawn. */
const MARGIN = 0.15;
/** Most canvas pixels drawn (a high-density screen gets a lower resolution beyond this). */
const MAX_PIXELS = 12_000_000;
/** Map units past the view in which links are still drawn: their arrowheads and line widths stick out. */
const PAD = 24;
/** During a gesture, the drawing is redone (solid) only when the last one took less than this. */
const CHEAP_DRAW_MS = 12;
/** Longest a slice of drawing runs before it lets the page draw a frame (ms), and links per stroke in a slice. */
const SLICE_MS = 8;
const SLICE_LINKS = 400;
/** Nodes painted per step of a slice. */
const SLICE_NODES = 500;
/** A view that has not moved for this long (ms) has stopped, whatever React Flow says. */
const STILL_MS = 300;
/** Arrowheads smaller than this on screen (pixels) are left out. */
const MIN_ARROW_PX = 1.5;

const selectPresenting = (s: AppState) => s.presenting !== null;

interface Drawn {
  tx: number;
  ty: number;
  z: number;
  /** What was drawn, in map units. */
  view: Box;
  ms: number;
  at: number;
  /** The nodes were painted (zoomed out). */
  nodes: boolean;
  /** Drawn while the view was still (with dashes), not during a gesture. */
  still: boolean;
}

interface Hover {
  /** The links it indexes (a hover over older links is void). */
  of: readonly MapLinkItem[];
  index: number;
  /** Or a node painted on the canvas (zoomed out). */
  node?: PaintNode;
  /** Pointer position in the map's box (screen pixels). */
  x: number;
  y: number;
}

/** Adds each count of `part` to `into` (the summaries of a drawing's pieces). */
function addCounts<K extends string>(into: Record<K, number>, part: Readonly<Record<K, number>>): void {
  for (const k of Object.keys(into) as K[]) into[k] += part[k];
}

export interface LinkLayerProps {
  links: readonly MapLinkItem[];
  visible: VisibleGraph;
  /** The map's nodes that may be drawn (a presenter's reveal stage hides the rest), painted when zoomed out. */
  nodes: readonly PaintNode[];
  /** A painted node was clicked. */
  onNodeClick: (id: string) => void;
}

export function LinkLayer({ links, visible, nodes, onNodeClick }: LinkLayerProps) {
  const store = useStoreApi();
  const chains = useAppStore(useCallback((s: AppState) => chainsIn(s, visible), [visible]));
  const presenting = useAppStore(selectPresenting);
  const revealed = useRevealedNodes();
  const theme: Theme = THEMES[presenting ? 'projector' : 'screen'];
  const canvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const live = useRef({ moving: false, drawn: null as Drawn | null, frame: 0, draws: 0, settle: 0 });
  // Search matches are read when painting nodes, and redraw only a drawing that has them: a keystroke at a
  // readable zoom must not redraw every link.
  const matches = useAppStore(selectSearchMatches);
  const matchesNow = useRef(matches);
  const callbacks = useRef({ onNodeClick });
  useEffect(() => {
    callbacks.current = { onNodeClick };
  });

  const emphasisOf = useCallback(
    (link: PaintLink): LinkEmphasis => (!chains ? 'normal' : chains.links.has(link.key) ? 'chain' : 'faded'),
    [chains],
  );
  const shown = useMemo(
    () => (revealed ? (link: PaintLink) => revealed.has(link.source) && revealed.has(link.target) : undefined),
    [revealed],
  );

  /** The hovered link, highlighted on a canvas of its own just the size of the link (cheap to draw and show). */
  const drawHover = useCallback(() => {
    const el = overlay.current;
    if (!el) return;
    const link = hover && hover.of === links && !hover.node && !live.current.moving ? links[hover.index] : undefined;
    const ctx = link ? el.getContext('2d') : null;
    if (!link || !ctx) {
      el.style.display = 'none';
      return;
    }
    const z = store.getState().transform[2];
    const x0 = link.box.x0 - PAD;
    const y0 = link.box.y0 - PAD;
    const w = link.box.x1 - link.box.x0 + 2 * PAD;
    const h = link.box.y1 - link.box.y0 + 2 * PAD;
    const scale = Math.min(z * (window.devicePixelRatio || 1), Math.sqrt(MAX_PIXELS / 4 / Math.max(1, w * h)));
    el.width = Math.max(1, Math.ceil(w * scale));
    el.height = Math.max(1, Math.ceil(h * scale));
    el.style.display = '';
    el.style.width = `${w}px`;
    el.style.height = `${h}px`;
    el.style.transform = `translate(${x0}px, ${y0}px)`;
    ctx.setTransform(scale, 0, 0, scale, -x0 * scale, -y0 * scale);
    const mode: PaintMode = { zoomedOut: z < SIMPLE_ZOOM, moving: false };
    const own = emphasisOf(link);
    // Drawn as a link on the focused chains is, keeping its fade if it has one.
    const chain = screenLinkStyle(theme, link.basis, 'chain', mode);
    const style =
      own === 'faded'
        ? { ...chain, lineAlpha: chain.lineAlpha * FOCUS_STYLE.dimOpacity, arrowAlpha: FOCUS_STYLE.dimOpacity }
        : chain;
    paintLinks(ctx, [{ style, emphasis: own, links: [link] }], z * ARROW.length >= MIN_ARROW_PX);
  }, [store, hover, links, emphasisOf, theme]);

  /** The drawing under way (a large map is drawn over several tasks, so no frame waits long for it). */
  const job = useRef<{ cancel: () => void; withNodes: boolean } | null>(null);
  const work = useRef<HTMLCanvasElement | null>(null);

  /**
   * Draws the links for the current view on a work canvas, a slice at a time (`SLICE_MS` each), then copies it onto
   * the visible canvas at once and places that canvas for the view it was drawn for. Until then the previous drawing
   * stays, moved with the view.
   */
  const draw = useCallback(() => {
    const el = canvas.current;
    if (!el) return;
    job.current?.cancel();
    const started = performance.now();
    const { width: W, height: H, transform } = store.getState();
    const [tx, ty, z] = transform;
    const mw = Math.round(W * MARGIN);
    const mh = Math.round(H * MARGIN);
    const cw = W + 2 * mw;
    const ch = H + 2 * mh;
    const dpr = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / Math.max(1, cw * ch)));
    const bw = Math.max(1, Math.round(cw * dpr));
    const bh = Math.max(1, Math.round(ch * dpr));
    const off = (work.current ??= document.createElement('canvas'));
    if (off.width !== bw) off.width = bw;
    if (off.height !== bh) off.height = bh;
    // Drawn on the CPU as the calls come (not recorded to be drawn later in one go), so the slices share the work.
    const ctx = off.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, bw, bh);
    ctx.setTransform(dpr * z, 0, 0, dpr * z, dpr * (tx + mw), dpr * (ty + mh));
    const view = { x0: (-mw - tx) / z, y0: (-mh - ty) / z, x1: (W + mw - tx) / z, y1: (H + mh - ty) / z };
    const moving = live.current.moving;
    const batches = batchLinks(links, {
      theme,
      mode: { zoomedOut: z < SIMPLE_ZOOM, moving },
      emphasisOf,
      shown,
      view: { x0: view.x0 - PAD, y0: view.y0 - PAD, x1: view.x1 + PAD, y1: view.y1 + PAD },
    });
    const arrows = z * ARROW.length >= MIN_ARROW_PX;
    const summary = { links: 0, chain: 0, faded: 0, dashed: 0, arrows: 0 };
    // Zoomed out, the nodes over the links, in their highlight and search state.
    const withNodes = paintsNodes(nodes, transform, W, H).painted;
    const nodeBatches: NodeBatch[] = withNodes
      ? batchNodes(nodes, {
          theme,
          moving,
          emphasisOf: (id) => nodeEmphasis(chains, id),
          matches: matchesNow.current,
          view,
        })
      : [];
    const painted = { nodes: 0, faded: 0, matches: 0, texts: 0 };
    const paintedKinds = new Set<string>();
    // The drawing as pieces small enough for a slice: links a stroke of `SLICE_LINKS` at a time, then the nodes.
    const pieces: (() => void)[] = [];
    for (const b of batches)
      for (let i = 0; i < b.links.length; i += SLICE_LINKS)
        pieces.push(() =>
          addCounts(summary, paintLinks(ctx, [{ ...b, links: b.links.slice(i, i + SLICE_LINKS) }], arrows)),
        );
    for (const b of nodeBatches)
      for (let i = 0; i < b.nodes.length; i += SLICE_NODES)
        pieces.push(() => {
          const { kinds, ...counts } = paintNodes(ctx, [{ ...b, nodes: b.nodes.slice(i, i + SLICE_NODES) }], z);
          addCounts(painted, counts);
          for (const kind of kinds) paintedKinds.add(kind);
        });
    let next = 0;
    let busy = 0;
    let timer = 0;
    const finish = () => {
      job.current = null;
      if (el.width !== bw) el.width = bw;
      if (el.height !== bh) el.height = bh;
      el.style.width = `${cw}px`;
      el.style.height = `${ch}px`;
      el.style.transform = `translate(${view.x0}px, ${view.y0}px) scale(${1 / z})`;
      const out = el.getContext('2d');
      if (!out) return;
      out.clearRect(0, 0, bw, bh);
      out.drawImage(off, 0, 0);
      live.current.drawn = { tx, ty, z, view, ms: busy, at: started, nodes: withNodes, still: !moving };
      live.current.draws++;
      // What a test (or anyone curious) can read of the last drawing.
      el.dataset.links = String(summary.links);
      el.dataset.chainLinks = String(summary.chain);
      el.dataset.fadedLinks = String(summary.faded);
      el.dataset.dashedLinks = String(summary.dashed);
      el.dataset.arrows = String(summary.arrows);
      el.dataset.draws = String(live.current.draws);
      el.dataset.moving = moving ? 'true' : 'false';
      el.dataset.zoom = z.toFixed(3);
      el.dataset.nodes = String(painted.nodes);
      el.dataset.nodeKinds = [...paintedKinds].sort().join(' ');
      el.dataset.nodeTexts = String(painted.texts);
      el.dataset.fadedNodes = String(painted.faded);
      el.dataset.matchedNodes = String(painted.matches);
    };
    const step = () => {
      const t0 = performance.now();
      while (next < pieces.length && performance.now() - t0 < SLICE_MS) (pieces[next++] as () => void)();
      busy += performance.now() - t0;
      if (next < pieces.length) timer = window.setTimeout(step, 0);
      else finish();
    };
    job.current = { cancel: () => window.clearTimeout(timer), withNodes };
    step();
  }, [store, links, nodes, chains, theme, emphasisOf, shown]);

  const latestDraw = useRef(draw);
  useEffect(() => {
    latestDraw.current = draw;
  });

  const schedule = useCallback(() => {
    if (live.current.frame) return;
    live.current.frame = requestAnimationFrame(() => {
      live.current.frame = 0;
      latestDraw.current();
    });
  }, []);
  useEffect(
    () => () => {
      cancelAnimationFrame(live.current.frame);
      window.clearTimeout(live.current.settle);
      job.current?.cancel();
    },
    [],
  );

  // Drawn again whenever what it shows changes; search matches only change a drawing that paints nodes.
  useEffect(() => {
    draw();
  }, [draw]);
  useEffect(() => {
    if (matchesNow.current === matches) return;
    matchesNow.current = matches;
    if (live.current.drawn?.nodes) schedule();
  }, [matches, schedule]);
  useEffect(() => {
    drawHover();
  }, [drawHover]);

  /**
   * The view has stopped: drawn sharp (with dashes) for where it is. React Flow reports the end of a gesture only
   * when the view changed in it (a click on the background starts one and never ends it), so a view that rests
   * `STILL_MS` counts as stopped too.
   */
  const settle = useCallback(() => {
    window.clearTimeout(live.current.settle);
    if (!live.current.moving) return;
    live.current.moving = false;
    // A "gesture" that ends where the last still drawing was made (the camera set again to the same place) needs
    // no drawing.
    const d = live.current.drawn;
    const [tx, ty, z] = store.getState().transform;
    if (d?.still && d.tx === tx && d.ty === ty && d.z === z) return;
    schedule();
  }, [store, schedule]);
  const settleLater = useCallback(() => {
    window.clearTimeout(live.current.settle);
    live.current.settle = window.setTimeout(settle, STILL_MS);
  }, [settle]);

  // The view: redrawn when it stops; during a gesture only when it runs past what was drawn or zooms far.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        // By value: the camera set again to where it is (a stored viewport applied once more) is no move, and
        // must not count as a gesture that ends in a redraw.
        const moved = s.transform.some((v, i) => v !== prev.transform[i]);
        if (!moved && s.width === prev.width && s.height === prev.height) return;
        const { drawn } = live.current;
        if (!drawn || !moved) {
          schedule();
          return;
        }
        // Any move counts as a gesture until the view rests, even one React Flow reports no start or end for.
        if (!live.current.moving) {
          live.current.moving = true;
          setHover(null);
        }
        settleLater();
        const [tx, ty, z] = s.transform;
        // Nodes to be painted or not (the zoom at which they are simplified crossed, or their number in view): the
        // drawing must gain or lose them now (the map keeps few elements meanwhile, and puts them back at once).
        const want = paintsNodes(nodes, s.transform, s.width, s.height).painted;
        if (want !== drawn.nodes) {
          if (job.current?.withNodes !== want) schedule();
          return;
        }
        const v = drawn.view;
        const covered =
          tx + z * v.x0 <= 0 && ty + z * v.y0 <= 0 && tx + z * v.x1 >= s.width && ty + z * v.y1 >= s.height;
        const ratio = z / drawn.z;
        if ((covered && ratio > 0.5 && ratio < 2) || drawn.ms > CHEAP_DRAW_MS) return;
        if (performance.now() - drawn.at > 100) schedule();
      }),
    [store, nodes, schedule, settleLater],
  );
  useOnViewportChange({
    onStart: useCallback(() => {
      live.current.moving = true;
      setHover(null);
      settleLater();
    }, [settleLater]),
    onEnd: settle,
  });

  // Hovering a link: hit-tested against the curves (index built on first use).
  const hits = useRef<{ for: readonly MapLinkItem[]; index: LinkHitIndex } | null>(null);
  useEffect(() => {
    const dom = store.getState().domNode;
    if (!dom) return;
    let pending: PointerEvent | null = null;
    let frame = 0;
    const test = () => {
      frame = 0;
      const e = pending;
      if (!e) return;
      const target = e.target instanceof Element ? e.target : null;
      if (e.buttons !== 0 || live.current.moving || !target?.closest('.react-flow__pane')) {
        delete dom.dataset.overNode;
        setHover(null);
        return;
      }
      if (hits.current?.for !== links) hits.current = { for: links, index: new LinkHitIndex(links) };
      const rect = dom.getBoundingClientRect();
      const [tx, ty, z] = store.getState().transform;
      const x = e.clientX - rect.left;
      const y = e.clientY - rect.top;
      const p = { x: (x - tx) / z, y: (y - ty) / z };
      // Zoomed out, the nodes are painted over the links: a node under the pointer comes first.
      const node = live.current.drawn?.nodes ? nodeAt(nodes, p) : null;
      if (node) dom.dataset.overNode = 'true';
      else delete dom.dataset.overNode;
      if (node) {
        setHover((h) => (h?.node === node && h.of === links ? h : { of: links, index: -1, node, x, y }));
        return;
      }
      const index = hits.current.index.nearest(p, Math.max(6, 5 / z), (i) => {
        const link = links[i];
        return !!link && (!shown || shown(link));
      });
      setHover((h) =>
        index < 0 ? null : h?.index === index && h.of === links && !h.node ? h : { of: links, index, x, y },
      );
    };
    // A click on a painted node focuses it, as a click on a node element does. A press on the background counts as
    // the start of a gesture (see `settle`), so `moving` says nothing here; a drag ends without a click.
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (!live.current.drawn?.nodes || !target?.closest('.react-flow__pane')) return;
      const rect = dom.getBoundingClientRect();
      const [tx, ty, z] = store.getState().transform;
      const node = nodeAt(nodes, { x: (e.clientX - rect.left - tx) / z, y: (e.clientY - rect.top - ty) / z });
      if (node) callbacks.current.onNodeClick(node.id);
    };
    const onMove = (e: PointerEvent) => {
      pending = e;
      if (!frame) frame = requestAnimationFrame(test);
    };
    const onLeave = () => {
      pending = null;
      setHover(null);
    };
    dom.addEventListener('pointermove', onMove);
    dom.addEventListener('pointerleave', onLeave);
    dom.addEventListener('click', onClick);
    return () => {
      cancelAnimationFrame(frame);
      dom.removeEventListener('pointermove', onMove);
      dom.removeEventListener('pointerleave', onLeave);
      dom.removeEventListener('click', onClick);
    };
  }, [store, links, nodes, shown]);

  const hovered = hover && hover.of === links && !hover.node ? links[hover.index] : undefined;
  const hoveredNode = hover && hover.of === links ? hover.node : undefined;
  return (
    <>
      <EdgeLabelRenderer>
        <canvas ref={canvas} className="map-links" data-testid="map-links" aria-hidden="true" />
        <canvas ref={overlay} className="map-links map-links-hover" aria-hidden="true" />
      </EdgeLabelRenderer>
      {hover && (hovered || hoveredNode) ? (
        // One tooltip, for the hovered link or, zoomed out on a big map, the hovered painted node.
        <div
          className="map-link-tip"
          role="tooltip"
          data-testid={hovered ? 'link-tip' : 'node-tip'}
          data-link={hovered?.key}
          data-node={hoveredNode?.id}
          style={{ left: hover.x + 14, top: hover.y + 16 }}
        >
          {hovered ? hovered.title : hoveredNode?.name}
        </div>
      ) : null}
    </>
  );
}
