/**
 * The map's links painted on one canvas: which style each link gets on screen (from `linkStyle`, the one place a
 * link's look is decided), links batched by style so that each batch is one stroke, arrowheads, and the drawing
 * itself on any object with the canvas 2D path methods (no DOM here: the screen passes a real context, tests a
 * recorder).
 */
import type { Basis } from '../model/schema';
import type { Point } from '../layout/types';
import { traceCurve, type Curve, type PathSink } from './linkPath';
import { clipCurve } from './clipCurve';
import { ARROW, FOCUS_STYLE, SOLID_BASIS, linkStyle, type DashPattern, type Theme } from './look';

/** A link as the canvas draws it: its curve in map units, where its arrowhead is, and its bounding box. */
export interface PaintLink {
  /** `linkKey` of the link. */
  key: string;
  source: string;
  target: string;
  basis: Basis;
  curve: Curve;
  arrow: 'start' | 'end' | null;
  /** Bounding box of the curve and its control points (the curve lies inside). */
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A link's highlight: on the focused node's chains, faded off them, or neither (nothing focused). */
export type LinkEmphasis = 'normal' | 'chain' | 'faded';

/**
 * What the view is doing. Zoomed out (as far as nodes are simplified) dashes are too fine to read; while the view
 * moves they are far the slowest thing to rasterise (17 to 63 times a solid line here). In both cases links are
 * solid and show their basis by lightness (`SOLID_BASIS`), as the legend says.
 */
export interface PaintMode {
  zoomedOut: boolean;
  moving: boolean;
}

/** How one batch of links is stroked and its arrowheads filled. */
export interface PaintStyle {
  colour: string;
  width: number;
  dash: DashPattern;
  linecap: 'butt' | 'round';
  /** Opacity of the line (basis by lightness, times the fade). */
  lineAlpha: number;
  /** Opacity of the arrowheads (the fade only: as on an SVG marker, the line's lightness does not reach them). */
  arrowAlpha: number;
  /** Arrowhead size as a factor of `ARROW`: arrowheads grow with the line, as SVG markers in stroke units do. */
  arrowScale: number;
}

/** The on-screen style of a link of `basis` with `emphasis`, in `mode`. */
export function screenLinkStyle(theme: Theme, basis: Basis, emphasis: LinkEmphasis, mode: PaintMode): PaintStyle {
  const base = linkStyle(theme, basis, emphasis === 'chain' ? 'chain' : 'plain');
  const fade = emphasis === 'faded' ? FOCUS_STYLE.dimOpacity : 1;
  const solid = mode.zoomedOut || mode.moving;
  const dashed = base.dash !== null && !solid;
  const lightness = base.dash !== null && solid ? SOLID_BASIS[basis].opacity : base.opacity;
  return {
    colour: base.colour,
    width: base.width,
    dash: dashed ? base.dash : null,
    linecap: dashed ? base.linecap : 'butt',
    lineAlpha: lightness * fade,
    arrowAlpha: fade,
    arrowScale: base.width / theme.linkWidth,
  };
}

/** Links that share a style: one path, one stroke. */
export interface PaintBatch {
  style: PaintStyle;
  emphasis: LinkEmphasis;
  links: PaintLink[];
  /** What will be seen of the drawing (map units): dashed links are dashed only inside it. */
  clip?: Box | null;
}

const EMPHASIS_ORDER: Readonly<Record<LinkEmphasis, number>> = { faded: 0, normal: 1, chain: 2 };

export const intersects = (a: Box, b: Box) => a.x0 <= b.x1 && a.x1 >= b.x0 && a.y0 <= b.y1 && a.y1 >= b.y0;

/** `intersects` for a box given by corner and size (a node's), without making a `Box` of it: run per node. */
export const rectIntersects = (x: number, y: number, width: number, height: number, b: Box) =>
  x <= b.x1 && x + width >= b.x0 && y <= b.y1 && y + height >= b.y0;

/**
 * The links inside `view` (all when it is null) grouped by style, in drawing order: faded links first, links on
 * the focused chains last (on top). `emphasisOf` gives each link's highlight; `shown` false leaves a link out.
 */
export function batchLinks(
  links: readonly PaintLink[],
  opts: {
    theme: Theme;
    mode: PaintMode;
    emphasisOf: (link: PaintLink) => LinkEmphasis;
    shown?: (link: PaintLink) => boolean;
    view?: Box | null;
  },
): PaintBatch[] {
  const batches = new Map<string, PaintBatch>();
  for (const link of links) {
    if (opts.view && !intersects(link.box, opts.view)) continue;
    if (opts.shown && !opts.shown(link)) continue;
    const emphasis = opts.emphasisOf(link);
    const key = `${emphasis}|${link.basis}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = {
        style: screenLinkStyle(opts.theme, link.basis, emphasis, opts.mode),
        emphasis,
        links: [],
        clip: opts.view ?? null,
      };
      batches.set(key, batch);
    }
    batch.links.push(link);
  }
  // Batches of equal style (solid modes make the bases alike) merge, so each style is stroked once.
  const merged = new Map<string, PaintBatch>();
  for (const batch of batches.values()) {
    const s = batch.style;
    const key = `${batch.emphasis}|${s.colour}|${s.width}|${s.dash?.join(',') ?? ''}|${s.linecap}|${s.lineAlpha}`;
    const into = merged.get(key);
    if (into) into.links.push(...batch.links);
    else merged.set(key, { ...batch, links: [...batch.links] });
  }
  return [...merged.values()].sort((a, b) => EMPHASIS_ORDER[a.emphasis] - EMPHASIS_ORDER[b.emphasis]);
}

/**
 * The arrowhead at one end of a curve, pointing out of it along its tangent, tip on the end point: tip, then the
 * two back corners. `scale` multiplies `ARROW`'s size.
 */
export function arrowHead(curve: Curve, at: 'start' | 'end', scale = 1): [Point, Point, Point] | null {
  const segments = curve.segments;
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return null;
  let tip: Point;
  let from: Point;
  if (at === 'end') {
    tip = last.to;
    const prev = segments.length > 1 ? (segments[segments.length - 2] as { to: Point }).to : curve.start;
    from = last.c2 ?? prev;
  } else {
    tip = curve.start;
    from = first.c1 ?? first.to;
  }
  let dx = tip.x - from.x;
  let dy = tip.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-9) return null;
  dx /= len;
  dy /= len;
  const l = ARROW.length * scale;
  const hw = ARROW.halfWidth * scale;
  const bx = tip.x - dx * l;
  const by = tip.y - dy * l;
  return [tip, { x: bx - dy * hw, y: by + dx * hw }, { x: bx + dy * hw, y: by - dx * hw }];
}

/** The canvas 2D methods and properties the links are drawn with (a `CanvasRenderingContext2D` has them). */
export interface LinkCanvas extends PathSink {
  beginPath(): void;
  stroke(): void;
  fill(): void;
  setLineDash(segments: number[]): void;
  lineDashOffset: number;
  /** The current transform (a canvas has it): how thin a line will be on screen. Without it, lines are taken as wide. */
  getTransform?(): { a: number; b: number };
  lineWidth: number;
  lineCap: CanvasLineCapLike;
  strokeStyle: unknown;
  fillStyle: unknown;
  globalAlpha: number;
}
type CanvasLineCapLike = 'butt' | 'round' | 'square';

export interface PaintSummary {
  links: number;
  chain: number;
  faded: number;
  dashed: number;
  arrows: number;
}

/**
 * Strokes each batch's links, then fills its arrowheads as one path. `arrows` false leaves arrowheads out (too
 * small to see when zoomed far out).
 *
 * Opaque links are stroked one by one: a software canvas rasterises many small paths about twice as fast as one
 * path holding them all (measured in Chromium at 150 links: solid 3 ms against 8, dashed 8 against 15, dotted 22
 * against 50), and an opaque line looks the same either way. Dashed ones are stroked only where they are inside
 * the batch's `clip` (`clipCurve`): the canvas dashes a path whole, also where it is off the canvas. A translucent
 * batch stays one path, unclipped, so that where its links overlap (at a shared port) they are not darker than one.
 */
export function paintLinks(ctx: LinkCanvas, batches: readonly PaintBatch[], arrows = true): PaintSummary {
  const summary: PaintSummary = { links: 0, chain: 0, faded: 0, dashed: 0, arrows: 0 };
  const m = ctx.getTransform?.();
  const scale = m ? Math.hypot(m.a, m.b) : Infinity;
  for (const { style, emphasis, links, clip } of batches) {
    if (links.length === 0) continue;
    const stroke = strokeOf(style, scale);
    ctx.setLineDash(stroke.dash);
    ctx.lineCap = stroke.linecap;
    ctx.lineWidth = style.width;
    ctx.strokeStyle = style.colour;
    ctx.globalAlpha = style.lineAlpha;
    if (style.lineAlpha >= 1) {
      for (const { curve } of links) {
        const parts = style.dash && clip ? clipCurve(curve, clip) : [{ curve, offset: 0 }];
        for (const part of parts) {
          ctx.beginPath();
          ctx.lineDashOffset = part.offset + stroke.shift;
          traceCurve(ctx, part.curve);
          ctx.stroke();
        }
      }
      ctx.lineDashOffset = 0;
    } else {
      ctx.lineDashOffset = stroke.shift;
      ctx.beginPath();
      for (const { curve } of links) traceCurve(ctx, curve);
      ctx.stroke();
      ctx.lineDashOffset = 0;
    }
    summary.links += links.length;
    if (emphasis === 'chain') summary.chain += links.length;
    if (emphasis === 'faded') summary.faded += links.length;
    if (style.dash) summary.dashed += links.length;
    if (!arrows) continue;
    ctx.beginPath();
    let any = false;
    for (const link of links) {
      if (!link.arrow) continue;
      const head = arrowHead(link.curve, link.arrow, style.arrowScale);
      if (!head) continue;
      ctx.moveTo(head[0].x, head[0].y);
      ctx.lineTo(head[1].x, head[1].y);
      ctx.lineTo(head[2].x, head[2].y);
      ctx.closePath();
      any = true;
      summary.arrows++;
    }
    if (!any) continue;
    ctx.fillStyle = style.colour;
    ctx.globalAlpha = style.arrowAlpha;
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  return summary;
}

/** Line width on screen (device pixels) below which a round cap and a square end look the same. */
const THIN_PX = 2;

/**
 * The dash pattern and line cap a style is stroked with at `scale` (device pixels per unit). A thin dotted line
 * is stroked with butt caps and each dash longer by the line's width (its gap shorter by as much): the same dots,
 * square-ended where round caps would round them off by under a quarter of a pixel, and rasterised a third faster
 * (a round cap is a curve to fill; measured in Chromium, 150 dotted links 14 ms against 21). `shift` is added to
 * the dash offset, so that each longer dash starts where the round cap did, half a width before its dash.
 */
export function strokeOf(
  style: PaintStyle,
  scale: number,
): { dash: number[]; linecap: 'butt' | 'round'; shift: number } {
  if (!style.dash) return { dash: [], linecap: style.linecap, shift: 0 };
  const w = style.width;
  const thin = style.linecap === 'round' && w * scale < THIN_PX && style.dash.every((d, i) => i % 2 === 0 || d > w);
  if (!thin) return { dash: [...style.dash], linecap: style.linecap, shift: 0 };
  return { dash: style.dash.map((d, i) => (i % 2 === 0 ? d + w : d - w)), linecap: 'butt', shift: w / 2 };
}

/** The box of a curve's points and control points, which holds the whole curve. */
export function curveBox(curve: Curve): Box {
  let x0 = curve.start.x;
  let x1 = x0;
  let y0 = curve.start.y;
  let y1 = y0;
  const add = (p: Point | undefined) => {
    if (!p) return;
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  };
  for (const s of curve.segments) {
    add(s.c1);
    add(s.c2);
    add(s.to);
  }
  return { x0, y0, x1, y1 };
}
