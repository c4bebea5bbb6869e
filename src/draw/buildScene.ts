/**
 * The map as a scene (see `scene.ts`): the visible subgraph, its layout, the focus and page options in,
 * positioned primitives out. Pure and deterministic, so every writer draws the same map.
 */
import type { Basis, Dataset, MapLink, MapNode } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import { chainsOf, DEFAULT_CHAIN_OPTIONS, type ChainOptions, type Chains } from '../model/chains';
import { displayName, indexDataset, linkKey } from '../model/graph';
import { measureText, wrapText } from '../layout/text';
import { GEOMETRY as G, type MapLayout } from '../layout/types';
import { isRtl } from './bidi';
import { BOLD_FACTOR, fitText } from './fitText';
import { linkRightEdge } from './linkPath';
import { FONT_STACK, PAGE_STYLE as P, THEMES, type Theme, type ThemeName } from './look';
import { SceneBuilder, type Scene } from './scene';
import { addLegend } from './sceneLegend';
import { addMap } from './sceneMap';
import { groupOutlines } from './groupOutlines';
import { line } from './sceneNode';

/**
 * `content`: the page is the drawing. `a4-landscape`: a 297×210 mm page with the drawing centred (for Word and
 * PDF). `16:9`: a slide-shaped page with the drawing centred, at the drawing's own scale.
 */
export type PageFit = 'content' | 'a4-landscape' | '16:9';

export interface SceneOptions {
  /** `screen` matches the app; `print` has a white background and darker lines and text. @default 'screen' */
  theme?: ThemeName;
  /** Draw the legend (kinds, link bases, confidence, gaps, focus) under the map. @default true */
  legend?: boolean;
  /** Title above the map, or `false` for none. @default the dataset's title (`meta.title`) */
  title?: string | false;
  /** A line under the title, typically naming the active filters. @default none */
  subtitle?: string;
  /** Footer with the dataset's title, version and date, and how much of it is shown. @default true */
  footer?: boolean;
  /** Page shape. @default 'content' */
  fit?: PageFit;
}

export interface SceneInput {
  dataset: Dataset;
  /** The visible (filtered) subgraph; only what is in it and in `layout` is drawn. */
  visible: VisibleGraph;
  /** The layout of the visible subgraph (`layout/engine.ts`). */
  layout: MapLayout;
  /** Focused node: what is off its chains is faded, as on screen. @default null */
  focus?: string | null;
  /** How the focus's chains are walked (direction, depth, related), as on screen. @default both ways, all steps */
  chain?: ChainOptions;
  /** The periods the map is filtered to: node badges show the period in view, as on screen. @default null */
  periods?: readonly string[] | null;
  options?: SceneOptions;
}

const PAGE_RATIO: Record<Exclude<PageFit, 'content'>, number> = { 'a4-landscape': 297 / 210, '16:9': 16 / 9 };

/** The map, with its title, legend and footer, as a scene. */
export function buildScene(input: SceneInput): Scene {
  const { dataset, visible, layout } = input;
  const options = input.options ?? {};
  const themeName = options.theme ?? 'screen';
  const theme = THEMES[themeName];
  const kindById = new Map(dataset.kinds.map((k) => [k.id, k]));
  const nodes = visible.nodes.filter((n) => layout.boxes.has(n.id));
  const links = visible.links.filter((l) => layout.routes.has(linkKey(l)));
  const chains = focusChains(dataset, nodes, links, input.focus ?? null, input.chain);
  const b = new SceneBuilder();
  const root = b.group(null, 'content');

  // Loops between nodes of one column stick out to the right of the last column.
  let right = layout.width;
  for (const link of links) right = Math.max(right, linkRightEdge(layout.routes.get(linkKey(link))?.points ?? []) + 2);
  const width = Math.max(Math.ceil(right), P.minContentWidth);
  let y: number = P.margin;

  const title = options.title === false ? '' : (options.title ?? dataset.meta.title);
  y = paragraph(b, root, title, { y, width, ...P.title, bold: true, fill: theme.ink, maxLines: 2, role: 'title' });
  if (options.subtitle)
    y = paragraph(b, root, options.subtitle, {
      y,
      width,
      ...P.subtitle,
      bold: false,
      fill: theme.muted,
      maxLines: 3,
      role: 'subtitle',
    });
  if (y > P.margin) y += 14;

  const outlines = groupOutlines(indexDataset(dataset), layout, nodes);
  const mapHeight = nodes.length > 0 ? layout.height : G.headerHeight + 40;
  addMap(b, b.group(root, 'map', { y }), {
    layout,
    nodes,
    links,
    chains,
    theme,
    kindById,
    width,
    periods: input.periods ?? null,
    groups: outlines,
  });
  y += mapHeight;

  if (options.legend ?? true) {
    const shownKinds = new Set(nodes.map((n) => n.kind));
    const bases = (['official', 'derived', 'proposed'] as const).filter((v: Basis) => links.some((l) => l.basis === v));
    const focused = chains ? dataset.nodes.find((n) => n.id === chains.focus) : undefined;
    y += 24;
    y += addLegend(b, b.group(root, 'legend-block', { y }), {
      kinds: dataset.kinds.filter((k) => shownKinds.has(k.id)),
      bases,
      gaps: nodes.some((n) => n.label === null),
      focus: focused ? displayName(focused) : null,
      groups: outlines.length > 0,
      theme,
      width,
    });
  }

  let footer = '';
  if (options.footer ?? true) {
    const { meta } = dataset;
    footer = `${meta.title} · version ${meta.version} · ${meta.date}`;
    const shown = `${nodes.length} of ${dataset.nodes.length} nodes · ${links.length} of ${dataset.links.length} links shown`;
    y += 18;
    b.add({ type: 'rule', group: root, x: 0, y, width, stroke: theme.rule, strokeWidth: 1 });
    y += 16;
    const size = P.footerSize;
    // On one line when both fit, else the counts go on a second line.
    const oneLine = measureText(footer, size) + measureText(shown, size) + 24 <= width;
    const shownY = oneLine ? y : y + 16;
    const g = b.group(root, 'footer');
    b.add(line(g, 'footer', fitText(footer, width, size), 0, y, size, theme.muted));
    b.add(
      line(g, 'footer', shown, oneLine ? width : 0, shownY, size, theme.muted, { anchor: oneLine ? 'end' : 'start' }),
    );
    y = shownY + 4;
  }

  return page(b, {
    width: width + 2 * P.margin,
    height: y + P.margin,
    fit: options.fit ?? 'content',
    theme,
    themeName,
    title,
    description: [options.subtitle ?? '', footer].filter((a) => a !== '').join(' — '),
  });
}

/** The chains of the focused node through the shown nodes and links (null without a focus in the dataset). */
export function focusChains(
  dataset: Dataset,
  nodes: readonly MapNode[],
  links: readonly MapLink[],
  focus: string | null,
  options: ChainOptions = DEFAULT_CHAIN_OPTIONS,
): Chains | null {
  // As on screen: a focused node hidden by the filters still highlights its chains through the visible map.
  if (focus === null || !dataset.nodes.some((n) => n.id === focus)) return null;
  const ids = new Set(nodes.map((n) => n.id));
  const keys = new Set(links.map(linkKey));
  return chainsOf(indexDataset(dataset), focus, ids, (l) => keys.has(linkKey(l)), options);
}

/** Wraps `text` to `width` as one text run under `group`; returns the y below it. */
export function paragraph(
  b: SceneBuilder,
  group: number,
  text: string,
  o: {
    y: number;
    width: number;
    size: number;
    line: number;
    bold: boolean;
    fill: string;
    maxLines: number;
    role: 'title' | 'subtitle';
  },
): number {
  if (text.trim() === '') return o.y;
  const { lines } = wrapText(text, {
    maxWidth: o.width / (o.bold ? BOLD_FACTOR : 1),
    fontSize: o.size,
    maxLines: o.maxLines,
  });
  const rtl = isRtl(text);
  const x = rtl ? o.width : 0;
  b.add({
    type: 'text',
    group,
    role: o.role,
    lines: lines.map((l, i) => ({ text: l, x, y: o.y + i * o.line + o.size * 0.85 })),
    fontSize: o.size,
    bold: o.bold,
    italic: false,
    fill: o.fill,
    anchor: rtl ? 'end' : 'start',
    rtl,
  });
  return o.y + lines.length * o.line;
}

/** Sizes the page for the fit and centres the drawing on it (the root group's offset). */
function page(
  b: SceneBuilder,
  o: {
    width: number;
    height: number;
    fit: PageFit;
    theme: Theme;
    themeName: ThemeName;
    title: string;
    description: string;
  },
): Scene {
  let { width: w, height: h } = o;
  let dx = P.margin;
  let dy = 0;
  if (o.fit !== 'content') {
    const ratio = PAGE_RATIO[o.fit];
    if (w / h < ratio) {
      dx += (h * ratio - w) / 2;
      w = h * ratio;
    } else {
      dy += (w / ratio - h) / 2;
      h = w / ratio;
    }
  }
  const root = b.groups[0];
  if (root) Object.assign(root, { x: dx, y: dy });
  return {
    width: w,
    height: h,
    paper: o.fit === 'a4-landscape' ? { widthMm: 297, heightMm: 210 } : undefined,
    background: o.theme.background,
    fontFamily: FONT_STACK,
    title: o.title,
    description: o.description,
    theme: o.theme,
    themeName: o.themeName,
    groups: b.groups,
    items: b.items,
  };
}
