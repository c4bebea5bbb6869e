/**
 * The map as a standalone SVG document, built from data: the visible subgraph, its layout and options in, a
 * string out. Never a capture of the DOM, so it is deterministic (golden-file tested) and runs in the app, in
 * Node and from the command line alike.
 *
 * Portability (Chromium, Firefox, Inkscape, LibreOffice, librsvg, Office): SVG 1.1 only; styling by
 * presentation attributes (no CSS, no `<foreignObject>`, no script, no external fonts or images); curves as
 * cubic Béziers; arrowheads as markers with `orient="auto"`; numbers rounded to two decimals.
 */
import type { Basis, Dataset, MapLink, MapNode } from '../model/schema';
import { chainsOf, type Chains } from '../model/chains';
import { displayName, indexDataset, linkKey } from '../model/graph';
import { measureText, wrapText } from '../layout/text';
import { GEOMETRY as G, type MapLayout } from '../layout/types';
import { isRtl } from '../draw/bidi';
import { BOLD_FACTOR, fitText } from '../draw/fitText';
import { el, block, textEl } from './markup';
import { fmt } from '../draw/number';
import { arrowMarkers } from './svgLinks';
import { legendSvg } from './svgLegend';
import { mapSvg } from './svgMap';
import { linkRightEdge } from '../draw/linkPath';
import { FONT_STACK, THEMES, type Theme, type ThemeName } from '../draw/look';

export type SvgFit = 'content' | 'a4-landscape' | '16:9';

export interface SvgOptions {
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
  /**
   * `content`: the page is the drawing. `a4-landscape`: a 297×210 mm page with the drawing centred (for Word
   * and PDF). `16:9`: a slide-shaped page with the drawing centred, at the drawing's own scale. @default 'content'
   */
  fit?: SvgFit;
}

export interface ExportSvgInput {
  dataset: Dataset;
  /** The visible (filtered) subgraph; only what is in it and in `layout` is drawn. */
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  /** `layoutMap` of the visible subgraph. */
  layout: MapLayout;
  /** Focused node: what is off its chains is faded, as on screen. @default null */
  focus?: string | null;
  options?: SvgOptions;
}

const MARGIN = 28;
const MIN_CONTENT_WIDTH = 560;
const TITLE = { size: 22, line: 28 } as const;
const SUBTITLE = { size: 13, line: 18 } as const;
const FOOTER_SIZE = 11;
const PAGE_RATIO: Record<Exclude<SvgFit, 'content'>, number> = { 'a4-landscape': 297 / 210, '16:9': 16 / 9 };

/** The map as a standalone UTF-8 SVG document. */
export function exportSvg(input: ExportSvgInput): string {
  const { dataset, visible, layout } = input;
  const options = input.options ?? {};
  const theme = THEMES[options.theme ?? 'screen'];
  const kindById = new Map(dataset.kinds.map((k) => [k.id, k]));
  const nodes = visible.nodes.filter((n) => layout.boxes.has(n.id));
  const links = visible.links.filter((l) => layout.routes.has(linkKey(l)));
  const chains = focusChains(dataset, nodes, links, input.focus ?? null);

  // Loops between nodes of one column stick out to the right of the last column.
  let right = layout.width;
  for (const link of links) right = Math.max(right, linkRightEdge(layout.routes.get(linkKey(link))?.points ?? []) + 2);
  const width = Math.max(Math.ceil(right), MIN_CONTENT_WIDTH);
  const parts: string[] = [];
  let y = MARGIN;

  const title = options.title === false ? '' : (options.title ?? dataset.meta.title);
  y = paragraph(parts, title, { y, width, ...TITLE, bold: true, fill: theme.ink, maxLines: 2 });
  if (options.subtitle)
    y = paragraph(parts, options.subtitle, { y, width, ...SUBTITLE, bold: false, fill: theme.muted, maxLines: 3 });
  if (y > MARGIN) y += 14;

  const mapHeight = nodes.length > 0 ? layout.height : G.headerHeight + 40;
  parts.push(
    block(
      'g',
      { class: 'map', transform: `translate(0 ${fmt(y)})` },
      mapSvg({ ...input, nodes, links, chains, theme, kindById, width }),
    ),
  );
  y += mapHeight;

  if (options.legend ?? true) {
    const shownKinds = new Set(nodes.map((n) => n.kind));
    const bases = (['official', 'derived', 'proposed'] as const).filter((b: Basis) => links.some((l) => l.basis === b));
    const focused = chains ? dataset.nodes.find((n) => n.id === chains.focus) : undefined;
    const legend = legendSvg({
      kinds: dataset.kinds.filter((k) => shownKinds.has(k.id)),
      bases,
      gaps: nodes.some((n) => n.label === null),
      focus: focused ? displayName(focused) : null,
      theme,
      width,
    });
    y += 24;
    parts.push(block('g', { transform: `translate(0 ${fmt(y)})` }, [legend.svg]));
    y += legend.height;
  }

  let footer = '';
  if (options.footer ?? true) {
    const { meta } = dataset;
    footer = `${meta.title} · version ${meta.version} · ${meta.date}`;
    const shown = `${nodes.length} of ${dataset.nodes.length} nodes · ${links.length} of ${dataset.links.length} links shown`;
    y += 18;
    parts.push(el('path', { d: `M0 ${fmt(y)} H${fmt(width)}`, stroke: theme.rule, 'stroke-width': 1 }));
    y += 16;
    const base = { 'font-size': FOOTER_SIZE, fill: theme.muted };
    // On one line when both fit, else the counts go on a second line.
    const oneLine = measureText(footer, FOOTER_SIZE) + measureText(shown, FOOTER_SIZE) + 24 <= width;
    const shownY = oneLine ? y : y + 16;
    parts.push(
      block('g', { class: 'footer' }, [
        textEl('text', { x: 0, y, ...base }, fitText(footer, width, FOOTER_SIZE)),
        textEl('text', { x: oneLine ? width : 0, y: shownY, ...base, 'text-anchor': oneLine ? 'end' : null }, shown),
      ]),
    );
    y = shownY + 4;
  }

  return document({
    parts,
    width: width + 2 * MARGIN,
    height: y + MARGIN,
    fit: options.fit ?? 'content',
    theme,
    title,
    about: [options.subtitle ?? '', footer],
  });
}

function focusChains(
  dataset: Dataset,
  nodes: readonly MapNode[],
  links: readonly MapLink[],
  focus: string | null,
): Chains | null {
  // As on screen: a focused node hidden by the filters still highlights its chains through the visible map.
  if (focus === null || !dataset.nodes.some((n) => n.id === focus)) return null;
  const ids = new Set(nodes.map((n) => n.id));
  const keys = new Set(links.map(linkKey));
  return chainsOf(indexDataset(dataset), focus, ids, (l) => keys.has(linkKey(l)));
}

/** Wraps `text` to `width` and appends it to `parts` as one `<text>`; returns the y below it. */
function paragraph(
  parts: string[],
  text: string,
  o: { y: number; width: number; size: number; line: number; bold: boolean; fill: string; maxLines: number },
): number {
  if (text.trim() === '') return o.y;
  const { lines } = wrapText(text, {
    maxWidth: o.width / (o.bold ? BOLD_FACTOR : 1),
    fontSize: o.size,
    maxLines: o.maxLines,
  });
  const rtl = isRtl(text);
  const x = rtl ? o.width : 0;
  const tspans = lines.map((line, i) => textEl('tspan', { x, y: o.y + i * o.line + o.size * 0.85 }, line));
  parts.push(
    el(
      'text',
      { 'font-size': o.size, 'font-weight': o.bold ? 'bold' : null, fill: o.fill, 'text-anchor': rtl ? 'end' : null },
      tspans,
    ),
  );
  return o.y + lines.length * o.line;
}

/** The outer document: prolog, root element sized for the fit, metadata, markers, background. */
function document(o: {
  parts: string[];
  width: number;
  height: number;
  fit: SvgFit;
  theme: Theme;
  title: string;
  about: string[];
}): string {
  let { width: w, height: h } = o;
  let dx = MARGIN;
  let dy = 0;
  let size = { width: fmt(w), height: fmt(h) };
  if (o.fit !== 'content') {
    const ratio = PAGE_RATIO[o.fit];
    if (w / h < ratio) {
      dx += (h * ratio - w) / 2;
      w = h * ratio;
    } else {
      dy += (w / ratio - h) / 2;
      h = w / ratio;
    }
    size = o.fit === 'a4-landscape' ? { width: '297mm', height: '210mm' } : { width: fmt(w), height: fmt(h) };
  }
  const about = o.about.filter((a) => a !== '').join(' — ');
  const root = block(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      ...size,
      viewBox: `0 0 ${fmt(w)} ${fmt(h)}`,
      'font-family': FONT_STACK,
    },
    [
      o.title !== '' ? textEl('title', {}, o.title) : '',
      about !== '' ? textEl('desc', {}, about) : '',
      block('defs', {}, [arrowMarkers(o.theme)]),
      el('rect', { x: 0, y: 0, width: w, height: h, fill: o.theme.background }),
      block('g', { transform: `translate(${fmt(dx)} ${fmt(dy)})` }, o.parts),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
