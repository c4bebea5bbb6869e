/**
 * The map as a standalone SVG document: a thin writer of the scene (`draw/buildScene.ts`). Never a capture of
 * the DOM, so it is deterministic (golden-file tested) and runs in the app, in Node and from the command line
 * alike.
 *
 * Portability (Chromium, Firefox, Inkscape, LibreOffice, librsvg, Office): SVG 1.1 only; styling by
 * presentation attributes (no CSS, no `<foreignObject>`, no script, no external fonts or images); curves as
 * cubic Béziers; arrowheads as markers with `orient="auto"`; numbers rounded to two decimals.
 */
import { buildScene, type PageFit, type SceneInput, type SceneOptions } from '../draw/buildScene';
import { ICON_PATHS } from '../draw/icons';
import { curvePathData } from '../draw/linkPath';
import { ARROW, dashList, type Theme } from '../draw/look';
import { fmt } from '../draw/number';
import type { Scene, SceneGroup, SceneItem, SceneText } from '../draw/scene';
import { accentBarPath, shapePath } from '../draw/shapes';
import { block, el, textEl, type Attrs } from './markup';

export type SvgFit = PageFit;
export type SvgOptions = SceneOptions;
export type ExportSvgInput = SceneInput;

/** The map as a standalone UTF-8 SVG document. */
export function exportSvg(input: ExportSvgInput): string {
  return writeSvg(buildScene(input));
}

/** A scene as a standalone UTF-8 SVG document. */
export function writeSvg(scene: Scene): string {
  const { width: w, height: h } = scene;
  const size = scene.paper
    ? { width: `${fmt(scene.paper.widthMm)}mm`, height: `${fmt(scene.paper.heightMm)}mm` }
    : { width: fmt(w), height: fmt(h) };
  const root = block(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      ...size,
      viewBox: `0 0 ${fmt(w)} ${fmt(h)}`,
      'font-family': scene.fontFamily,
    },
    [
      scene.title !== '' ? textEl('title', {}, scene.title) : '',
      scene.description !== '' ? textEl('desc', {}, scene.description) : '',
      block('defs', {}, [arrowMarkers(scene.theme)]),
      el('rect', { x: 0, y: 0, width: w, height: h, fill: scene.background }),
      ...groupTree(scene).write(0),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

/** Marker ids; prefixed so that several exported maps can sit in one HTML page. */
const markerId = (state: 'plain' | 'chain', end: 'start' | 'end') => `sm-arrow-${state}-${end}`;

/**
 * Arrowhead markers in both states. `orient="auto"` (SVG 1.1) aligns a marker with the path's direction at its
 * vertex, so the start marker is drawn pointing backwards instead of relying on SVG 2's `auto-start-reverse`.
 */
function arrowMarkers(theme: Theme): string {
  const { length: l, halfWidth: hw } = ARROW;
  const markers: string[] = [];
  for (const state of ['plain', 'chain'] as const) {
    const fill = state === 'plain' ? theme.link : theme.chainLink;
    const common = { markerUnits: 'userSpaceOnUse', markerWidth: l, markerHeight: 2 * hw, orient: 'auto', refY: hw };
    markers.push(
      block('marker', { id: markerId(state, 'end'), ...common, refX: l }, [
        el('path', { d: `M0 0 L${l} ${hw} L0 ${2 * hw} Z`, fill }),
      ]),
      block('marker', { id: markerId(state, 'start'), ...common, refX: 0 }, [
        el('path', { d: `M${l} 0 L0 ${hw} L${l} ${2 * hw} Z`, fill }),
      ]),
    );
  }
  return markers.join('\n');
}

/**
 * The groups as a tree, each with its items and subgroups in order; `write(id)` gives a group's markup. A group
 * comes before the item at its `at`; groups are numbered in the order they were opened, so one pass merges them.
 */
function groupTree(scene: Scene) {
  const { groups, items } = scene;
  // Children of each group: an item index `i` as `i`, a group `g` as `-(g + 1)`.
  const kids: number[][] = groups.map(() => []);
  let g = 1;
  for (let i = 0; i <= items.length; i++) {
    for (let group = groups[g]; group && group.at <= i; group = groups[++g]) {
      if (group.parent !== null) kids[group.parent]?.push(-(g + 1));
    }
    const item = items[i];
    if (item) kids[item.group]?.push(i);
  }
  function write(id: number): string[] {
    const parts: string[] = [];
    for (const k of kids[id] ?? []) {
      if (k >= 0) parts.push(itemSvg(items[k] as SceneItem));
      else parts.push(...write(-k - 1));
    }
    return [groupSvg(groups[id] as SceneGroup, parts)];
  }
  return { write };
}

const translate = (g: SceneGroup) => (g.x !== 0 || g.y !== 0 ? `translate(${fmt(g.x)} ${fmt(g.y)})` : null);

function groupSvg(g: SceneGroup, inner: string[]): string {
  switch (g.role) {
    case 'content':
    case 'heading':
    case 'legend-block':
    case 'swatch':
      return block('g', { transform: translate(g) }, inner);
    case 'map':
      return block(
        'g',
        {
          class: 'map',
          transform: `translate(${fmt(g.x)} ${fmt(g.y)})${g.scale !== undefined ? ` scale(${fmt(g.scale, 4)})` : ''}`,
        },
        inner,
      );
    case 'column-header':
      return block('g', { class: 'column-header', 'data-kind': g.kind }, inner);
    case 'groups':
    case 'links':
    case 'nodes':
    case 'legend':
    case 'footer':
      return block('g', { class: g.role }, inner);
    case 'faded':
      return block('g', { class: 'faded', opacity: g.opacity }, inner);
    case 'node':
      return block('g', { class: 'node', transform: `translate(${fmt(g.x)} ${fmt(g.y)})`, 'data-node': g.nodeId }, [
        g.tooltip !== undefined ? textEl('title', {}, g.tooltip) : '',
        ...inner,
      ]);
    case 'legend-item':
      // A legend item's sample and text stay on one line.
      return block('g', { transform: translate(g) }, [inner.join('')]);
    case 'swatch-faded':
      return el('g', { opacity: g.opacity }, inner);
  }
}

const iconTransform = (x: number, y: number, size: number) =>
  `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(size / 16, 4)})`;

function itemSvg(item: SceneItem): string {
  switch (item.type) {
    case 'shape':
      return el('path', {
        d: shapePath(item.shape, item.width, item.height),
        fill: item.fill,
        stroke: item.stroke,
        'stroke-width': item.strokeWidth,
        'stroke-dasharray': dashList(item.dash),
      });
    case 'accent':
      return el('path', { d: accentBarPath(item.shape, item.width, item.height, item.barWidth), fill: item.fill });
    case 'rect':
      return el('rect', {
        x: item.x,
        y: item.y,
        width: item.width,
        height: item.height,
        rx: item.radius,
        fill: item.fill,
        stroke: item.stroke,
        'stroke-width': item.strokeWidth,
        'stroke-dasharray': item.dash ? dashList(item.dash) : null,
      });
    case 'circle':
      return el('circle', {
        cx: item.cx,
        cy: item.cy,
        r: item.r,
        fill: item.fill,
        stroke: item.stroke,
        'stroke-width': item.strokeWidth,
      });
    case 'icon':
      return el('path', {
        d: ICON_PATHS[item.icon],
        transform: iconTransform(item.x, item.y, item.size),
        fill: item.fill,
      });
    case 'text':
      return textSvg(item);
    case 'link': {
      const { style } = item;
      const marker = item.arrow ? `url(#${markerId(item.state, item.arrow)})` : null;
      return el('path', {
        d: curvePathData(item.curve),
        fill: item.role === 'map' ? 'none' : null,
        stroke: style.colour,
        'stroke-width': style.width,
        'stroke-dasharray': dashList(style.dash),
        'stroke-linecap': style.linecap === 'butt' ? null : style.linecap,
        'stroke-opacity': style.opacity === 1 ? null : style.opacity,
        'marker-start': item.arrow === 'start' ? marker : null,
        'marker-end': item.arrow === 'end' ? marker : null,
        'data-link': item.key,
      });
    }
    case 'polygon':
      return el('path', { d: `M${item.points.map((p) => `${fmt(p.x)} ${fmt(p.y)}`).join(' L')} Z`, fill: item.fill });
    case 'rule':
      return el('path', {
        d: `M${fmt(item.x)} ${fmt(item.y)} H${fmt(item.x + item.width)}`,
        stroke: item.stroke,
        'stroke-width': item.strokeWidth,
      });
  }
}

/**
 * Paragraphs (title, subtitle, label, an emptied column's notice) as one `<text>` with a `<tspan>` per line;
 * other runs as one `<text>`.
 */
function textSvg(t: SceneText): string {
  const anchor = t.anchor === 'start' ? null : t.anchor;
  const weight = t.bold ? 'bold' : null;
  if (t.role === 'title' || t.role === 'subtitle' || t.role === 'label' || t.role === 'notice') {
    const tspans = t.lines.map((l) => textEl('tspan', { x: l.x, y: l.y }, l.text));
    const attrs: Attrs =
      t.role === 'label' || t.role === 'notice'
        ? {
            class: t.role,
            'font-size': t.fontSize,
            fill: t.fill,
            'font-style': t.italic ? 'italic' : null,
            'text-anchor': anchor,
          }
        : { 'font-size': t.fontSize, 'font-weight': weight, fill: t.fill, 'text-anchor': anchor };
    return el('text', attrs, tspans);
  }
  const l = t.lines[0] ?? { text: '', x: 0, y: 0 };
  // The code badge's attributes keep their historical order, so golden files stay byte-stable.
  const attrs: Attrs =
    t.role === 'code'
      ? { x: l.x, y: l.y, 'font-size': t.fontSize, 'font-weight': weight, 'text-anchor': anchor, fill: t.fill }
      : { x: l.x, y: l.y, 'font-size': t.fontSize, 'font-weight': weight, fill: t.fill, 'text-anchor': anchor };
  return textEl('text', attrs, l.text);
}
