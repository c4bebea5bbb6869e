/**
 * Node outlines as SVG path data, for each kind shape, in a box from (0,0) to (width,height). Curves are cubic
 * Béziers only (no arcs), which every SVG consumer draws alike. Each shape is described by its left edge, from
 * the top edge down to the bottom edge; the right edge is its mirror image. The same description gives the
 * colour bar that follows the left edge.
 */
import type { Shape } from '../model/schema';
import { cubicPoint, curvePathData, traceCurve, type PathSink } from './linkPath';

interface Pt {
  x: number;
  y: number;
}
type Segment = { to: Pt; c1?: Pt; c2?: Pt };

/** A circle's quarter as a cubic Bézier: handles at this share of the radius. */
const KAPPA = 0.5523;
/** Handle share for the oval ("ellipse" shape): squarer than an ellipse so that the label fits inside. */
const OVAL = 0.85;

/** The left edge of `shape`: a start point on the top edge and segments down to the bottom edge. */
function leftEdge(shape: Shape, w: number, h: number): { start: Pt; segments: Segment[] } {
  const corner = (r: number): { start: Pt; segments: Segment[] } => {
    const segments: Segment[] = [
      { c1: { x: r * (1 - KAPPA), y: 0 }, c2: { x: 0, y: r * (1 - KAPPA) }, to: { x: 0, y: r } },
    ];
    if (h - 2 * r > 0.01) segments.push({ to: { x: 0, y: h - r } });
    segments.push({ c1: { x: 0, y: h - r * (1 - KAPPA) }, c2: { x: r * (1 - KAPPA), y: h }, to: { x: r, y: h } });
    return { start: { x: r, y: 0 }, segments };
  };
  switch (shape) {
    case 'rect':
      return { start: { x: 0, y: 0 }, segments: [{ to: { x: 0, y: h } }] };
    case 'rounded':
      return corner(Math.min(8, w / 4, h / 3));
    case 'pill':
      // Fully round ends up to two label lines; taller nodes keep a large radius so the label clears the ends.
      return corner(Math.min(h / 2, w / 2, 27));
    case 'hexagon': {
      const k = Math.min(14, w / 4, h / 2);
      return { start: { x: k, y: 0 }, segments: [{ to: { x: 0, y: h / 2 } }, { to: { x: k, y: h } }] };
    }
    case 'chamfer': {
      const c = Math.min(10, w / 4, h / 3);
      return {
        start: { x: c, y: 0 },
        segments: [{ to: { x: 0, y: c } }, { to: { x: 0, y: h - c } }, { to: { x: c, y: h } }],
      };
    }
    case 'ellipse': {
      const rx = w / 2;
      const ry = h / 2;
      return {
        start: { x: rx, y: 0 },
        segments: [
          { c1: { x: rx * (1 - OVAL), y: 0 }, c2: { x: 0, y: ry * (1 - OVAL) }, to: { x: 0, y: ry } },
          { c1: { x: 0, y: ry + ry * OVAL }, c2: { x: rx * (1 - OVAL), y: h }, to: { x: rx, y: h } },
        ],
      };
    }
  }
}

/** The segments of an edge walked backwards, ending at `start`. */
function reversed(start: Pt, segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i] as Segment;
    const to = i === 0 ? start : (segments[i - 1] as Segment).to;
    out.push(s.c1 && s.c2 ? { c1: s.c2, c2: s.c1, to } : { to });
  }
  return out;
}

const mapSegment = (s: Segment, f: (p: Pt) => Pt): Segment =>
  s.c1 && s.c2 ? { c1: f(s.c1), c2: f(s.c2), to: f(s.to) } : { to: f(s.to) };

/** A closed outline: a start point and the segments around it back to the start. */
interface Outline {
  start: Pt;
  segments: Segment[];
}

/**
 * The left edge of `shape` down, then back up along the same edge moved by `move`: mirrored, the node's outline;
 * shifted right, its colour bar.
 */
function closedFromLeftEdge(shape: Shape, width: number, height: number, move: (p: Pt) => Pt): Outline {
  const { start, segments } = leftEdge(shape, width, height);
  const end = segments[segments.length - 1]?.to ?? start;
  return {
    start,
    segments: [...segments, { to: move(end) }, ...reversed(start, segments).map((s) => mapSegment(s, move))],
  };
}

/** The outline of `shape` filling (0,0)-(width,height). */
const shapeOutline = (shape: Shape, width: number, height: number): Outline =>
  closedFromLeftEdge(shape, width, height, (p) => ({ x: width - p.x, y: p.y }));

/** The colour bar along the left edge of `shape`: the band between the edge and the edge moved `barWidth` right. */
const barOutline = (shape: Shape, width: number, height: number, barWidth: number): Outline =>
  closedFromLeftEdge(shape, width, height, (p) => ({ x: p.x + barWidth, y: p.y }));

const pathData = (outline: Outline) => `${curvePathData(outline)} Z`;

/** Outline of a node of `shape` filling the box (0,0)-(width,height), as SVG path data. */
export function shapePath(shape: Shape, width: number, height: number): string {
  return pathData(shapeOutline(shape, width, height));
}

/** The colour bar along the left edge of `shape`: the band between the edge and the edge moved `barWidth` right. */
export function accentBarPath(shape: Shape, width: number, height: number, barWidth: number): string {
  return pathData(barOutline(shape, width, height, barWidth));
}

/** An outline at (x, y), closed. */
function trace(sink: PathSink, outline: Outline, x: number, y: number): void {
  traceCurve(sink, outline, x, y);
  sink.closePath();
}

/** The same outline as `shapePath`, at (x, y), as path commands (the map's canvas draws nodes so zoomed out). */
export function traceShape(sink: PathSink, shape: Shape, x: number, y: number, width: number, height: number): void {
  trace(sink, shapeOutline(shape, width, height), x, y);
}

/** The same colour bar as `accentBarPath`, at (x, y), as path commands. */
export function traceAccentBar(
  sink: PathSink,
  shape: Shape,
  x: number,
  y: number,
  width: number,
  height: number,
  barWidth: number,
): void {
  trace(sink, barOutline(shape, width, height, barWidth), x, y);
}

/**
 * Horizontal distance from the side of the box to the outline of `shape` at height `y` (0 at the top), the same
 * on both sides. Links end on the box's sides; moving their ends in by this much makes them meet the outline.
 */
export function edgeInset(shape: Shape, width: number, height: number, y: number): number {
  const { start, segments } = leftEdge(shape, width, height);
  const yy = Math.min(height, Math.max(0, y));
  let from = start;
  for (const s of segments) {
    const steps = s.c1 && s.c2 ? 24 : 1;
    let prev = from;
    for (let i = 1; i <= steps; i++) {
      const p = s.c1 && s.c2 ? cubicPoint(from, s.c1, s.c2, s.to, i / steps) : s.to;
      if ((prev.y <= yy && yy <= p.y) || (p.y <= yy && yy <= prev.y)) {
        const t = p.y === prev.y ? 0 : (yy - prev.y) / (p.y - prev.y);
        return prev.x + t * (p.x - prev.x);
      }
      prev = p;
    }
    from = s.to;
  }
  return 0;
}
