/**
 * Kind icons as filled SVG path data in a 16×16 box (draw with `fill` in the kind colour, the default nonzero
 * fill rule). Holes are contours wound the other way, so the paths need no `fill-rule`.
 */
import type { IconName } from '../model/schema';
import { fmt } from './number';

const K = 0.5523; // cubic handle length of a quarter circle, per radius

/** Ellipse centred on (cx, cy); clockwise on screen unless `hole`. */
function oval(cx: number, cy: number, rx: number, ry: number, hole = false): string {
  const s = hole ? -1 : 1;
  const q = (x: number, y: number) => `${fmt(x)} ${fmt(y)}`;
  // Quarters from the top, clockwise (or anticlockwise for a hole).
  const pts = [
    [cx, cy - ry],
    [cx + s * rx, cy],
    [cx, cy + ry],
    [cx - s * rx, cy],
  ] as const;
  let d = `M${q(cx, cy - ry)}`;
  for (let i = 0; i < 4; i++) {
    const [x0, y0] = pts[i] as readonly [number, number];
    const [x1, y1] = pts[(i + 1) % 4] as readonly [number, number];
    // From a point on a vertical axis the handle runs horizontally, and vice versa.
    const c1 = x0 === cx ? [x0 + (x1 - x0) * K, y0] : [x0, y0 + (y1 - y0) * K];
    const c2 = x1 === cx ? [x1 + (x0 - x1) * K, y1] : [x1, y1 + (y0 - y1) * K];
    d += ` C${q(c1[0] as number, c1[1] as number)} ${q(c2[0] as number, c2[1] as number)} ${q(x1, y1)}`;
  }
  return `${d} Z`;
}

const circle = (cx: number, cy: number, r: number, hole = false) => oval(cx, cy, r, r, hole);

/** Closed polygon; list the points clockwise on screen (or anticlockwise for a hole). */
const polygon = (...pts: [number, number][]) => `M${pts.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join(' L')} Z`;

/** Rectangle centred on (cx, cy), `w` along the direction `deg` degrees clockwise from the x axis. */
function rotatedRect(cx: number, cy: number, w: number, h: number, deg: number): string {
  const a = (deg * Math.PI) / 180;
  const ux = [Math.cos(a) * (w / 2), Math.sin(a) * (w / 2)] as const;
  const uy = [-Math.sin(a) * (h / 2), Math.cos(a) * (h / 2)] as const;
  const corner = (sx: number, sy: number): [number, number] => [
    cx + sx * ux[0] + sy * uy[0],
    cy + sx * ux[1] + sy * uy[1],
  ];
  return polygon(corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1));
}

/** Rounded rectangle ring (a chain link): outer contour clockwise, hole anticlockwise. */
function ringRect(x: number, y: number, w: number, h: number, t: number): string {
  const rounded = (x0: number, y0: number, ww: number, hh: number, hole: boolean) => {
    const r = hh / 2;
    const c = r * K;
    const q = (a: number, b: number) => `${fmt(a)} ${fmt(b)}`;
    const [l, rt, top, bot] = [x0 + r, x0 + ww - r, y0, y0 + hh];
    const cw =
      `M${q(l, top)} L${q(rt, top)} C${q(rt + c, top)} ${q(x0 + ww, y0 + r - c)} ${q(x0 + ww, y0 + r)}` +
      ` C${q(x0 + ww, y0 + r + c)} ${q(rt + c, bot)} ${q(rt, bot)} L${q(l, bot)}` +
      ` C${q(l - c, bot)} ${q(x0, y0 + r + c)} ${q(x0, y0 + r)} C${q(x0, y0 + r - c)} ${q(l - c, top)} ${q(l, top)} Z`;
    if (!hole) return cw;
    return (
      `M${q(l, top)} C${q(l - c, top)} ${q(x0, y0 + r - c)} ${q(x0, y0 + r)}` +
      ` C${q(x0, y0 + r + c)} ${q(l - c, bot)} ${q(l, bot)} L${q(rt, bot)}` +
      ` C${q(rt + c, bot)} ${q(x0 + ww, y0 + r + c)} ${q(x0 + ww, y0 + r)} C${q(x0 + ww, y0 + r - c)} ${q(rt + c, top)} ${q(rt, top)} Z`
    );
  };
  return `${rounded(x, y, w, h, false)} ${rounded(x + t, y + t, w - 2 * t, h - 2 * t, true)}`;
}

/** Annular sector centred on (cx, cy) from angle `a0` to `a1` (degrees, clockwise from the x axis). */
function arcBand(cx: number, cy: number, r: number, t: number, a0: number, a1: number): string {
  const steps = Math.max(2, Math.ceil(Math.abs(a1 - a0) / 15));
  const at = (rad: number, deg: number): [number, number] => [
    cx + rad * Math.cos((deg * Math.PI) / 180),
    cy + rad * Math.sin((deg * Math.PI) / 180),
  ];
  const outer: [number, number][] = [];
  const inner: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const deg = a0 + ((a1 - a0) * i) / steps;
    outer.push(at(r + t / 2, deg));
    inner.push(at(r - t / 2, deg));
  }
  return polygon(...outer, ...inner.reverse());
}

/** Icon path data per icon name, in a 16×16 box. */
export const ICON_PATHS: Readonly<Record<IconName, string>> = {
  flag: [
    polygon([3, 1.5], [4.6, 1.5], [4.6, 14.5], [3, 14.5]),
    polygon([4.6, 2], [13.5, 2], [11.3, 5.4], [13.5, 8.8], [4.6, 8.8]),
  ].join(' '),
  target: [circle(8, 8, 7), circle(8, 8, 5.2, true), circle(8, 8, 2.6)].join(' '),
  layers: [
    polygon([8, 1], [15, 4.6], [8, 8.2], [1, 4.6]),
    polygon([1, 8], [2.9, 7], [8, 9.7], [13.1, 7], [15, 8], [8, 11.6]),
    polygon([1, 11.4], [2.9, 10.4], [8, 13.1], [13.1, 10.4], [15, 11.4], [8, 15]),
  ].join(' '),
  pin: [
    'M8 1 C11.3 1 13.6 3.4 13.6 6.4 C13.6 10.2 8 15.2 8 15.2 C8 15.2 2.4 10.2 2.4 6.4 C2.4 3.4 4.7 1 8 1 Z',
    circle(8, 6.3, 2.2, true),
  ].join(' '),
  link: [ringRect(0.4, 3.8, 9.6, 8.4, 2), ringRect(6, 3.8, 9.6, 8.4, 2)].join(' '),
  question: [
    arcBand(8, 5.4, 3.1, 2.2, 180, 450),
    polygon([6.9, 8.2], [9.1, 8.2], [9.1, 10.9], [6.9, 10.9]),
    circle(8, 13.6, 1.4),
  ].join(' '),
  globe: [
    circle(8, 8, 7),
    circle(8, 8, 5.7, true),
    oval(8, 8, 3.2, 7),
    oval(8, 8, 1.9, 5.7, true),
    polygon([1.5, 7.35], [14.5, 7.35], [14.5, 8.65], [1.5, 8.65]),
  ].join(' '),
  gavel: [
    rotatedRect(6.2, 6.2, 4, 8.4, 45),
    rotatedRect(10.6, 10.6, 7.6, 2, 45),
    polygon([1, 13.4], [9, 13.4], [9, 15], [1, 15]),
  ].join(' '),
  people: [
    circle(5.6, 4.6, 2.4),
    'M1 14.6 C1 10.8 3 8.6 5.6 8.6 C8.2 8.6 10.2 10.8 10.2 14.6 Z',
    circle(11.3, 5.4, 2),
    'M10.4 9.3 C10.8 9.1 11.2 9 11.6 9 C13.6 9 15 10.9 15 14.6 L11.4 14.6 C11.4 12.4 11.1 10.6 10.4 9.3 Z',
  ].join(' '),
  dot: circle(8, 8, 4),
};
