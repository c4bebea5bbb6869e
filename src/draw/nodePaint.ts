/**
 * The map's nodes painted on a canvas, as the map shows them zoomed far out (level of detail): each node's shape
 * in its kind's tint and colour, its colour bar, and its code (or title) when it is big enough on screen to read.
 * Zoomed out, a large map would otherwise put thousands of elements in the page at every step of a gesture; the
 * canvas holds them all in one bitmap that moves with the view. The look is the simplified node's on screen
 * (`MapNodeView`, `.mnode-simple`): the same tints, borders, focus and fade (`look.ts`), so nothing changes but
 * the medium when the map crosses `SIMPLE_ZOOM`.
 *
 * Pure: draws on any object with the canvas 2D methods used (the screen passes a real context, tests a recorder).
 */
import type { Shape } from '../model/schema';
import { FOCUS_STYLE, FONT_STACK, NODE_STYLE, tint, type Theme } from './look';
import { rectIntersects, type Box } from './linkPaint';
import { traceAccentBar, traceShape } from './shapes';
import type { PathSink } from './linkPath';

/** A node's highlight: focused, on the focused node's chains, faded off them, or none (nothing focused). */
export type PaintEmphasis = 'focus' | 'chain' | 'faded' | 'normal';

/** A node as the canvas paints it. */
export interface PaintNode {
  id: string;
  /** Its kind's id. */
  kind: string;
  shape: Shape;
  colour: string;
  /** Its box in map units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** What is written on it: its code, else its title (as on a simplified node). */
  text: string;
  /** Its kind, code and title, for its tooltip. */
  name: string;
  /** A gap: its title is not yet sourced (gap fill, dashed border when the view is still). */
  gap: boolean;
}

/** Size of the code written on a simplified node, in map units (`.mnode-simple-code`). */
export const SIMPLE_TEXT_SIZE = 24;
/** Below this size on screen (pixels) the code is not written: it could not be read. */
export const MIN_TEXT_PX = 6;
/** Space left of and right of the code (map units), as the simplified node's padding. */
const TEXT_PADDING = 14;

/** How one group of nodes is painted. */
export interface NodeStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: readonly number[] | null;
  /** The kind colour: the colour bar and the code. */
  colour: string;
  alpha: number;
  /** A search match: a highlight halo around the outline. */
  match: boolean;
}

/** The simplified node's look for a node of `colour`, with its highlight and search state. */
export function nodeStyle(
  theme: Theme,
  node: Pick<PaintNode, 'colour' | 'gap'>,
  emphasis: PaintEmphasis,
  match: boolean,
  moving: boolean,
): NodeStyle {
  const border = match
    ? { stroke: theme.highlight, width: FOCUS_STYLE.outlineWidth }
    : emphasis === 'focus'
      ? { stroke: theme.focusOutline, width: FOCUS_STYLE.outlineWidth }
      : { stroke: node.colour, width: emphasis === 'chain' ? NODE_STYLE.chainBorderWidth : NODE_STYLE.borderWidth };
  return {
    fill: node.gap ? theme.gapFill : tint(node.colour, theme.nodeTint),
    stroke: border.stroke,
    strokeWidth: border.width,
    // Dashes are the slowest thing to rasterise while the view moves; a gap keeps its fill meanwhile.
    dash: node.gap && !moving ? NODE_STYLE.gapDash : null,
    colour: node.colour,
    alpha: emphasis === 'faded' ? FOCUS_STYLE.dimOpacity : 1,
    match,
  };
}

/** Nodes that share a style: one path filled, stroked and barred at once. */
export interface NodeBatch {
  style: NodeStyle;
  nodes: PaintNode[];
}

const styleKey = (s: NodeStyle) =>
  `${s.alpha}|${s.match ? 1 : 0}|${s.fill}|${s.stroke}|${s.strokeWidth}|${s.dash?.join(',') ?? ''}|${s.colour}`;

/**
 * The nodes inside `view` (all when it is null) grouped by style, in drawing order: faded nodes first, then the
 * rest, search matches last (on top, as their halo must not be covered).
 */
export function batchNodes(
  nodes: readonly PaintNode[],
  opts: {
    theme: Theme;
    moving: boolean;
    emphasisOf: (id: string) => PaintEmphasis;
    matches: ReadonlySet<string>;
    view?: Box | null;
  },
): NodeBatch[] {
  const batches = new Map<string, NodeBatch>();
  for (const node of nodes) {
    if (opts.view && !rectIntersects(node.x, node.y, node.width, node.height, opts.view)) continue;
    const style = nodeStyle(opts.theme, node, opts.emphasisOf(node.id), opts.matches.has(node.id), opts.moving);
    const key = styleKey(style);
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { style, nodes: [] }));
    batch.nodes.push(node);
  }
  const rank = (b: NodeBatch) => (b.style.match ? 2 : b.style.alpha < 1 ? 0 : 1);
  return [...batches.values()].sort((a, b) => rank(a) - rank(b));
}

/** The canvas 2D methods and properties nodes are painted with (a `CanvasRenderingContext2D` has them). */
export interface NodeCanvas extends PathSink {
  beginPath(): void;
  fill(): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  setLineDash(segments: number[]): void;
  lineWidth: number;
  lineJoin: 'miter' | 'round' | 'bevel';
  strokeStyle: unknown;
  fillStyle: unknown;
  globalAlpha: number;
  font: string;
  textAlign: 'left' | 'right' | 'center' | 'start' | 'end';
  textBaseline: 'top' | 'hanging' | 'middle' | 'alphabetic' | 'ideographic' | 'bottom';
}

/** Text that fits `width` (map units) at the simplified size, cut with an ellipsis (kept per node and width). */
const fitted = new Map<string, string>();
function fitText(ctx: NodeCanvas, text: string, width: number): string {
  const key = `${width}|${text}`;
  const known = fitted.get(key);
  if (known !== undefined) return known;
  let out = text;
  if (ctx.measureText(text).width > width) {
    let lo = 0;
    let hi = text.length;
    // The longest start of the text that fits with an ellipsis after it.
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (ctx.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= width) lo = mid;
      else hi = mid - 1;
    }
    out = lo > 0 ? `${text.slice(0, lo).trimEnd()}…` : '';
  }
  if (fitted.size > 50_000) fitted.clear();
  fitted.set(key, out);
  return out;
}

export interface NodePaintSummary {
  nodes: number;
  /** The kinds of the nodes painted. */
  kinds: Set<string>;
  faded: number;
  matches: number;
  texts: number;
}

/**
 * Paints each batch: outlines filled and stroked as one path, colour bars as one path, then the codes when
 * `textScale` (screen pixels per map unit) makes them at least `MIN_TEXT_PX` tall.
 */
export function paintNodes(ctx: NodeCanvas, batches: readonly NodeBatch[], textScale: number): NodePaintSummary {
  const summary: NodePaintSummary = { nodes: 0, kinds: new Set(), faded: 0, matches: 0, texts: 0 };
  const text = SIMPLE_TEXT_SIZE * textScale >= MIN_TEXT_PX;
  for (const { style, nodes } of batches) {
    if (nodes.length === 0) continue;
    ctx.globalAlpha = style.alpha;
    ctx.lineJoin = 'round';
    if (style.match) {
      // The halo: a wide stroke of the highlight at half strength under the outline.
      ctx.beginPath();
      for (const n of nodes) traceShape(ctx, n.shape, n.x, n.y, n.width, n.height);
      ctx.setLineDash([]);
      ctx.lineWidth = style.strokeWidth + 12;
      ctx.strokeStyle = style.stroke;
      ctx.globalAlpha = style.alpha * 0.53;
      ctx.stroke();
      ctx.globalAlpha = style.alpha;
    }
    ctx.beginPath();
    for (const n of nodes) traceShape(ctx, n.shape, n.x, n.y, n.width, n.height);
    ctx.fillStyle = style.fill;
    ctx.fill();
    ctx.setLineDash(style.dash ? [...style.dash] : []);
    ctx.lineWidth = style.strokeWidth;
    ctx.strokeStyle = style.stroke;
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    for (const n of nodes) traceAccentBar(ctx, n.shape, n.x, n.y, n.width, n.height, NODE_STYLE.barWidth);
    ctx.fillStyle = style.colour;
    ctx.fill();
    summary.nodes += nodes.length;
    for (const n of nodes) summary.kinds.add(n.kind);
    if (style.alpha < 1) summary.faded += nodes.length;
    if (style.match) summary.matches += nodes.length;
    if (!text) continue;
    ctx.font = `700 ${SIMPLE_TEXT_SIZE}px ${FONT_STACK}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = style.colour;
    for (const n of nodes) {
      const fit = fitText(ctx, n.text, n.width - 2 * TEXT_PADDING);
      if (!fit) continue;
      ctx.fillText(fit, n.x + n.width / 2, n.y + n.height / 2);
      summary.texts++;
    }
  }
  ctx.globalAlpha = 1;
  return summary;
}

/** The node under `point` (map units), if any (the layout never overlaps nodes, so there is at most one). */
export function nodeAt(nodes: readonly PaintNode[], point: { x: number; y: number }): PaintNode | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i] as PaintNode;
    if (point.x >= n.x && point.x <= n.x + n.width && point.y >= n.y && point.y <= n.y + n.height) return n;
  }
  return null;
}
