/**
 * What the Office writers (PowerPoint, Word) read from a page scene: each node's primitives gathered into one
 * node (outline, code row and title as text), page positions of groups and items, and colours faded as their
 * group is. Shared so both writers turn the same scene into the same shapes.
 */
import { NODE_STYLE } from '../draw/look';
import { GEOMETRY as G } from '../layout/types';
import { measureText } from '../layout/text';
import { BOLD_FACTOR } from '../draw/fitText';
import {
  groupOpacity,
  groupTransform,
  type Scene,
  type SceneItem,
  type SceneShape,
  type SceneText,
} from '../draw/scene';

/** A box on the page, in drawing units, with the scale of the group it came from (for text sizes and widths). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  scale: number;
}

export function place(scene: Scene, group: number, item: { x: number; y: number; width: number; height: number }): Box {
  const t = groupTransform(scene, group);
  return {
    x: t.x + item.x * t.scale,
    y: t.y + item.y * t.scale,
    w: item.width * t.scale,
    h: item.height * t.scale,
    scale: t.scale,
  };
}

/** The box on the page of a circle (its stroke included). */
export function placeCircle(
  scene: Scene,
  item: { group: number; cx: number; cy: number; r: number; strokeWidth: number },
): Box {
  const { r, strokeWidth } = item;
  const reach = r + strokeWidth / 2;
  return place(scene, item.group, { x: item.cx - reach, y: item.cy - reach, width: 2 * reach, height: 2 * reach });
}

/** One text run inside a node, sized in page drawing units. */
export interface NodeRun {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  colour: string;
  rtl?: boolean;
}

export interface OfficeNode {
  /** Group of the node in the scene. */
  group: number;
  id: string;
  shape: SceneShape;
  box: Box;
  /** Opacity of the node's group (faded off the focused chains). */
  opacity: number;
  /** The code row: code (bold, kind colour), period, confidence as ●●○. */
  head: NodeRun[];
  /** The title, one entry per line as the scene wrapped it. */
  lines: NodeRun[];
  rtl: boolean;
  /** Line pitches and insets in page units. */
  headPitch: number;
  linePitch: number;
  padX: number;
  padTop: number;
  tooltip: string;
}

/** The nodes of the scene by group, and a map from every group inside a node to its node group. */
export function officeNodes(scene: Scene): { nodes: Map<number, OfficeNode>; nodeOf: Map<number, number> } {
  const nodeOf = new Map<number, number>();
  for (const g of scene.groups) {
    const parent = g.parent === null ? undefined : nodeOf.get(g.parent);
    if (g.role === 'node') nodeOf.set(g.id, g.id);
    else if (parent !== undefined) nodeOf.set(g.id, parent);
  }
  const items = new Map<number, SceneItem[]>();
  for (const item of scene.items) {
    const n = nodeOf.get(item.group);
    if (n !== undefined) items.set(n, [...(items.get(n) ?? []), item]);
  }
  const nodes = new Map<number, OfficeNode>();
  for (const [group, list] of items) {
    const shape = list.find((i): i is SceneShape => i.type === 'shape');
    if (!shape) continue;
    const box = place(scene, group, shape);
    const s = box.scale;
    const texts = list.filter((i): i is SceneText => i.type === 'text');
    const code = texts.find((t) => t.role === 'code');
    const period = texts.find((t) => t.role === 'period');
    const label = texts.find((t) => t.role === 'label');
    const badge = list.find((i) => i.type === 'rect');
    const dots = list.filter((i) => i.type === 'circle');
    const filled = dots.filter((d) => d.type === 'circle' && d.fill !== NODE_STYLE.dotEmpty).length;
    const head: NodeRun[] = [];
    const size = (code ?? period ?? label)?.fontSize ?? G.labelFontSize;
    if (code)
      head.push({
        text: code.lines[0]?.text ?? '',
        size: code.fontSize * s,
        bold: true,
        colour: badge?.type === 'rect' ? badge.fill : shape.stroke,
      });
    if (period)
      head.push({
        text: `${head.length > 0 ? '  ' : ''}${period.lines[0]?.text ?? ''}`,
        size: period.fontSize * s,
        colour: period.fill,
      });
    const firstDot = dots[0];
    if (firstDot?.type === 'circle')
      head.push({
        text: `${head.length > 0 ? '  ' : ''}${'●'.repeat(filled)}${'○'.repeat(dots.length - filled)}`,
        size: size * s,
        colour: firstDot.stroke,
      });
    const lines = (label?.lines ?? []).map((l) => ({
      text: l.text,
      size: (label?.fontSize ?? G.labelFontSize) * s,
      italic: label?.italic,
      colour: label?.fill ?? '#000000',
      rtl: label?.rtl,
    }));
    nodes.set(group, {
      group,
      id: scene.groups[group]?.nodeId ?? '',
      shape,
      box,
      opacity: groupOpacity(scene, group),
      head,
      lines,
      rtl: label?.rtl ?? false,
      headPitch: G.codeRowHeight * s,
      linePitch: G.labelLineHeight * s,
      padX: G.paddingX * s,
      padTop: G.paddingTop * s,
      tooltip: scene.groups[group]?.tooltip ?? '',
    });
  }
  return { nodes, nodeOf };
}

/**
 * A colour faded as its group is (blended towards the white page), for formats without group opacity; `none` (an
 * outline's fill) stays none.
 */
export function faded(colour: string, opacity: number): string {
  if (colour === 'none') return colour;
  const c = colour.replace('#', '').toUpperCase().slice(0, 6);
  if (opacity >= 1 || !/^[0-9A-F]{6}$/.test(c)) return c;
  const mix = (i: number) =>
    Math.round(parseInt(c.slice(i, i + 2), 16) * opacity + 255 * (1 - opacity))
      .toString(16)
      .padStart(2, '0');
  return `${mix(0)}${mix(2)}${mix(4)}`.toUpperCase();
}

/** The side of a node's box a link end point is on. */
export function sideOf(box: Box | undefined, x: number): 'left' | 'right' {
  return box && x >= box.x + box.w / 2 ? 'right' : 'left';
}

/**
 * The box of a free text (title, legend, footer) on the page: as wide as its widest line (times `widen`, plus
 * `pad`), the first baseline about 0.8 of the line pitch below its top; `pitch` is the line pitch on the page
 * (`singlePitch` times the font size for one line). Each writer passes its own margins (Word pads more).
 */
export function textBoxOf(
  scene: Scene,
  t: SceneText,
  fit: { widen: number; pad: number; singlePitch: number },
): Box & { pitch: number; size: number } {
  const tr = groupTransform(scene, t.group);
  const size = t.fontSize * tr.scale;
  const widths = t.lines.map((l) => measureText(l.text, t.fontSize) * (t.bold ? BOLD_FACTOR : 1) * tr.scale);
  const w = Math.max(...widths, 1) * fit.widen + fit.pad;
  const first = t.lines[0] ?? { text: '', x: 0, y: 0 };
  const pitch = t.lines.length > 1 ? ((t.lines[1]?.y ?? 0) - first.y) * tr.scale : size * fit.singlePitch;
  const x0 = tr.x + first.x * tr.scale;
  const x = t.anchor === 'start' ? x0 : t.anchor === 'middle' ? x0 - w / 2 : x0 - w;
  const y = tr.y + first.y * tr.scale - pitch * 0.8;
  return { x, y, w, h: pitch * t.lines.length + 2, scale: tr.scale, pitch, size };
}
