/**
 * Page-aware layout for the document exports (PowerPoint, Word, PDF): the chosen subset laid out for a real page
 * so that every text is at least `MIN_PT` points at the page's real size, with full titles wrapped (never cut)
 * unless short titles are asked for. When the subset cannot fit one page at that size it is split the way a
 * reader follows: one page per goal (each goal with everything that contributes to it), then, for a chain still
 * too tall, into bands from top to bottom, and for one too wide, into groups of adjacent columns that share a
 * column. Every page has its title, subtitle naming the filters, legend and source footer.
 *
 * Units: points, origin at the page's top left. Pure: no DOM, runs in the app, Node and tests.
 */
import type { Basis, Dataset, Kind, MapLink, MapNode, Shape } from '../../model/schema';
import { chainsOf } from '../../model/chains';
import { indexDataset, linkKey } from '../../model/graph';
import { periodBadge } from '../../model/cycles';
import { layoutMap, orderDataset } from '../../layout/layoutMap';
import type { LayerOrder } from '../../layout/order';
import { measureText, wrapText } from '../../layout/text';
import { GEOMETRY as G, type MapLayout, type NodeBox } from '../../layout/types';
import { isRtl } from '../../draw/bidi';
import { BOLD_FACTOR } from '../../draw/fitText';
import { THEMES, tint, type ThemeName } from '../../draw/look';
import type { PageSize } from './pageSize';

/** The smallest text on any page, in points at the page's real size. */
export const MIN_PT = 9;
/** Largest map scale (points per map pixel): a small chain on a slide is drawn big, but not huge. */
const MAX_SCALE = 1.3;
const MARGIN = 28;
const TITLE_PT = 20;
const SUBTITLE_PT = 11;
const LEGEND_PT = 9;
const FOOTER_PT = 9;
const HEADER_PT_MIN = 10;

export interface PlanInput {
  dataset: Dataset;
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  page: PageSize;
  /** Title of every page. @default the dataset's title */
  title?: string;
  /** The filters in words (with what they leave empty); each page adds what part it holds. */
  subtitle?: string;
  /** Titles cut to three lines, as on screen, instead of in full. @default false */
  shortTitles?: boolean;
  theme?: ThemeName;
  focus?: string | null;
  /** The dataset's order (`orderDataset`), when already computed. */
  order?: LayerOrder;
  /** Speaker notes / description of this view, kept on every page of it. */
  notes?: string;
  /** The periods the map is filtered to: node badges show the period in view, as on screen. @default null */
  periods?: readonly string[] | null;
}

export interface PageNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: Shape;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** A gap (title not yet sourced): dashed outline, italic text. */
  gap: boolean;
  /** Kind colour (badge, accent). */
  colour: string;
  kind: string;
  code: string | null;
  /** Periods and confidence, as on screen ("2024-2027 · high"). */
  meta: string;
  lines: string[];
  /** Text size of the title in points; the code row is the same size, bold. */
  fontSize: number;
  lineHeight: number;
  rtl: boolean;
  /** Whether the focused node (drawn with a thicker outline). */
  focused: boolean;
  /** Extra room between the sides and the text, where the shape's outline comes in (hexagon, pill, ellipse). */
  textInset: number;
}

/** How far a shape's outline comes in from its box at the sides, as Office draws its presets. */
export function shapeInset(shape: Shape, width: number, height: number): number {
  const ss = Math.min(width, height);
  if (shape === 'hexagon') return 0.25 * ss;
  if (shape === 'pill') return 0.3 * height;
  if (shape === 'ellipse') return 0.15 * width;
  return 0;
}

export interface PageLink {
  key: string;
  source: string;
  target: string;
  basis: Basis;
  relation: string;
  colour: string;
  width: number;
  /** Start (source side) and end (target side), on the boxes' left or right sides. */
  from: { x: number; y: number; side: 'left' | 'right' };
  to: { x: number; y: number; side: 'left' | 'right' };
}

export interface PageHeader {
  text: string;
  x: number;
  y: number;
  width: number;
  colour: string;
  fontSize: number;
}

export interface LegendItem {
  text: string;
  colour: string;
  /** A kind (box swatch) or a link basis (line swatch). */
  swatch: 'box' | Basis;
}

export interface Page {
  width: number;
  height: number;
  title: string;
  /** Wrapped to the page: lines separated by "\n". */
  subtitle: string;
  /** What this page holds when the view is split: "Goal 2 — Sustainable digital transformation (2 of 5)". */
  part: string;
  footer: string;
  headers: PageHeader[];
  nodes: PageNode[];
  links: PageLink[];
  legend: LegendItem[];
  /** Where the map may go (below the title, above the legend). */
  area: { x: number; y: number; width: number; height: number };
  /** Links of this view that go to nodes on other pages. */
  continued: number;
  notes: string;
  /** Points per map pixel on this page. */
  scale: number;
  background: string;
  ink: string;
  muted: string;
}

export interface PagePlan {
  pages: Page[];
  /** In plain words, for the dialog before export: "Too big for one 16:9 slide at 9 pt: 5 slides, one per goal." */
  summary: string;
  /** True when the view had to be split. */
  split: boolean;
}

interface Subset {
  nodes: MapNode[];
  links: MapLink[];
  part: string;
}

const KIND_FALLBACK: Kind = { id: '', singular: 'Item', plural: 'Items', colour: '#5b6876', shape: 'rect' };

/** Lays out `visible` for `page`, split into as many pages as it needs. */
export function planPages(input: PlanInput): PagePlan {
  const { dataset, page } = input;
  const order = input.order ?? orderDataset(dataset);
  const frame = pageFrame(input);
  const minScale = MIN_PT / G.labelFontSize;
  const fit = (s: Subset) => fitSubset(s, input, order, frame);

  const whole: Subset = { nodes: [...input.visible.nodes], links: [...input.visible.links], part: '' };
  const first = fit(whole);
  const slide = page.format === '16:9' || page.format === '4:3';
  const noun = slide ? 'slide' : 'page';
  const one = slide ? page.label : `${page.label} page`;
  if (first.scale >= minScale || whole.nodes.length <= 1) {
    return { pages: [toPage(first, input, frame, whole, 0)], summary: `Fits one ${one}.`, split: false };
  }

  // Too wide at the smallest readable size: groups of adjacent columns (then bands), since splitting by goal
  // would leave every page as wide. Else one page per node of the first column (per goal), each with all that
  // contributes to it, and bands for a chain still too tall.
  const subsets: Subset[] = [];
  const how: string[] = [];
  const tooWide = first.width * minScale > frame.area.width;
  const byGoal = tooWide ? { subsets: [], kind: '', length: 0 } : splitByFirstColumn(whole, dataset);
  if (tooWide) how.push('by groups of columns');
  else if (byGoal.length > 1) how.push(`one per ${byGoal.kind}`);
  for (const s of byGoal.length > 1 ? byGoal.subsets : [whole]) {
    const f = s === whole ? first : fit(s);
    if (f.scale >= minScale) subsets.push(s);
    else {
      const parts = splitToFit(s, f.layout, frame, minScale);
      if (parts.length > 1 && !how.includes('long ones in parts')) how.push('long ones in parts');
      subsets.push(...parts);
    }
  }
  const pages = subsets.map((s, i) => toPage(fit(s), input, frame, s, i, subsets.length));
  for (const p of pages) p.part = p.part ? `${p.part} (${pages.indexOf(p) + 1} of ${pages.length})` : p.part;
  return {
    pages,
    summary: `Too big for one ${one} with text at ${MIN_PT} pt or more: ${pages.length} ${noun}s${how.length > 0 ? `, ${how.join(', ')}` : ''}.`,
    split: true,
  };
}

interface Frame {
  width: number;
  height: number;
  title: string;
  subtitleLines: string[];
  area: { x: number; y: number; width: number; height: number };
}

/** Title block, legend and footer room, and what is left for the map. */
function pageFrame(input: PlanInput): Frame {
  const { page, dataset } = input;
  const inner = page.width - 2 * MARGIN;
  const title = input.title ?? dataset.meta.title;
  const subtitleLines = input.subtitle
    ? wrapText(input.subtitle, { maxWidth: inner, fontSize: SUBTITLE_PT, maxLines: 3 }).lines
    : [];
  // Title, subtitle and part line, then the map, then legend (two lines at most) and footer.
  const top = MARGIN + TITLE_PT * 1.25 + (subtitleLines.length + 1) * SUBTITLE_PT * 1.3 + 8;
  const bottom = MARGIN + FOOTER_PT * 1.4 + 2 * LEGEND_PT * 1.6 + 10;
  return {
    width: page.width,
    height: page.height,
    title,
    subtitleLines,
    area: { x: MARGIN, y: top, width: inner, height: page.height - top - bottom },
  };
}

interface Fitted {
  layout: MapLayout;
  scale: number;
  width: number;
  height: number;
}

/** Lays the subset out with full (or short) titles and finds the scale that fits the page's map area. */
function fitSubset(s: Subset, input: PlanInput, order: LayerOrder, frame: Frame): Fitted {
  const base = layoutMap({ dataset: input.dataset, visible: s, order });
  const layout = input.shortTitles ? base : withFullTitles(base, s.nodes);
  const width = Math.max(layout.width, G.nodeWidth);
  const height = Math.max(layout.height, G.headerHeight + 40);
  const scale = Math.min(MAX_SCALE, frame.area.width / width, frame.area.height / height);
  return { layout, scale, width, height };
}

/** The layout with every title wrapped in full; boxes in a column move down to make room, in their order. */
export function withFullTitles(layout: MapLayout, nodes: readonly MapNode[]): MapLayout {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, NodeBox>();
  const columns = new Map<number, NodeBox[]>();
  for (const box of layout.boxes.values()) {
    const list = columns.get(box.x) ?? [];
    list.push(box);
    columns.set(box.x, list);
  }
  let height = layout.height;
  for (const list of columns.values()) {
    list.sort((a, b) => a.y - b.y);
    let shift = 0;
    let previousBottom = -Infinity;
    for (const box of list) {
      const node = byId.get(box.id);
      const lines = node ? fullLines(node) : box.lines;
      const h = G.paddingTop + G.codeRowHeight + Math.max(1, lines.length) * G.labelLineHeight + G.paddingBottom;
      let y = box.y + shift;
      if (y < previousBottom + G.nodeGap) {
        shift += previousBottom + G.nodeGap - y;
        y = previousBottom + G.nodeGap;
      }
      shift += h - box.height;
      boxes.set(box.id, { ...box, y, height: h, lines, truncated: false });
      previousBottom = y + h;
      height = Math.max(height, previousBottom);
    }
  }
  return { ...layout, boxes, height };
}

/**
 * The period shown after the code when both fit one line of the node in bold (else none): the code row must stay
 * one line, since the box has room for one.
 */
function headRow(code: string | null, period: string): string {
  const room = (G.nodeWidth - 2 * G.paddingX) * WRAP_SLACK;
  const both = [code, period].filter((t) => t).join('  ·  ');
  return measureText(both, G.labelFontSize) * BOLD_FACTOR <= room ? period : '';
}

/**
 * Share of a node's inner width that titles are wrapped to: Office and LibreOffice substitute fonts a little
 * wider than our metrics (Noto Sans for Arial), and a title they re-wrap must still fit its box.
 */
const WRAP_SLACK = 0.9;

function fullLines(node: MapNode): string[] {
  return wrapText(node.label ?? 'title not yet sourced', {
    maxWidth: (G.nodeWidth - 2 * G.paddingX) * WRAP_SLACK,
    fontSize: G.labelFontSize,
    maxLines: 50,
  }).lines;
}

/** One subset per node of the leftmost visible column: that node and its chains (nodes on no chain last). */
function splitByFirstColumn(whole: Subset, dataset: Dataset): { subsets: Subset[]; kind: string; length: number } {
  const rank = new Map(dataset.kinds.map((k, i) => [k.id, i]));
  const firstRank = Math.min(...whole.nodes.map((n) => rank.get(n.kind) ?? 0));
  const heads = whole.nodes.filter((n) => (rank.get(n.kind) ?? 0) === firstRank);
  const kind = dataset.kinds.find((k) => rank.get(k.id) === firstRank);
  if (heads.length < 2) return { subsets: [], kind: '', length: heads.length };
  const index = indexDataset(dataset);
  const ids = new Set(whole.nodes.map((n) => n.id));
  const keys = new Set(whole.links.map(linkKey));
  const covered = new Set<string>();
  const subsets: Subset[] = [];
  for (const head of heads) {
    const chains = chainsOf(index, head.id, ids, (l) => keys.has(linkKey(l)));
    const nodes = whole.nodes.filter((n) => chains.nodes.has(n.id));
    for (const n of nodes) covered.add(n.id);
    const links = whole.links.filter((l) => chains.links.has(linkKey(l)));
    subsets.push({
      nodes,
      links,
      part: head.code ? `${head.code} — ${head.label ?? 'title not yet sourced'}` : (head.label ?? head.id),
    });
  }
  const rest = whole.nodes.filter((n) => !covered.has(n.id));
  if (rest.length > 0) {
    const restIds = new Set(rest.map((n) => n.id));
    subsets.push({
      nodes: rest,
      links: whole.links.filter((l) => restIds.has(l.source) && restIds.has(l.target)),
      part: `Not linked to any ${kind?.singular.toLowerCase() ?? 'item'} shown`,
    });
  }
  return { subsets, kind: kind?.singular.toLowerCase() ?? 'group', length: subsets.length };
}

/**
 * Splits a subset that is too big at the smallest readable scale: into groups of adjacent columns (each sharing
 * its last column with the next) when too wide, and each of those into bands from top to bottom when too tall.
 */
function splitToFit(s: Subset, layout: MapLayout, frame: Frame, scale: number): Subset[] {
  const pitch = G.nodeWidth + G.columnGap;
  const fitColumns = Math.max(1, Math.floor((frame.area.width / scale + G.columnGap) / pitch));
  const xs = [...new Set([...layout.boxes.values()].map((b) => b.x))].sort((a, b) => a - b);
  const groups: number[][] = [];
  if (xs.length <= fitColumns) groups.push(xs);
  else {
    // Groups share a column when three or more fit, so a reader can follow links from one page to the next.
    const step = fitColumns >= 3 ? fitColumns - 1 : fitColumns;
    for (let i = 0; i < xs.length; i += step) {
      groups.push(xs.slice(i, i + fitColumns));
      if (i + fitColumns >= xs.length) break;
    }
  }
  const headerOf = new Map(layout.columns.map((c) => [c.x, c.title]));
  const out: Subset[] = [];
  for (const group of groups) {
    const inGroup = new Set(group);
    const boxes = [...layout.boxes.values()].filter((b) => inGroup.has(b.x)).sort((a, b) => a.y - b.y);
    const colsText = groups.length > 1 ? group.map((x) => headerOf.get(x) ?? '').join(', ') : '';
    // Bands: as many boxes from the top as fit the page's height.
    const room = frame.area.height / scale - G.headerHeight;
    // As many bands as needed, each about as tall as the others, so no page is left with a few stragglers.
    const top = boxes[0]?.y ?? 0;
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    const target = (bottom - top) / Math.max(1, Math.ceil((bottom - top) / room));
    let band: NodeBox[] = [];
    let bandTop = boxes[0]?.y ?? 0;
    const bands: NodeBox[][] = [];
    for (const box of boxes) {
      if (band.length > 0 && (box.y + box.height - bandTop > room || box.y - bandTop >= target)) {
        bands.push(band);
        band = [];
        bandTop = box.y;
      }
      band.push(box);
    }
    if (band.length > 0) bands.push(band);
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    bands.forEach((b, i) => {
      const ids = new Set(b.map((x) => x.id));
      const part = [s.part, colsText, bands.length > 1 ? `part ${i + 1} of ${bands.length}` : '']
        .filter((p) => p !== '')
        .join(' · ');
      out.push({
        nodes: b.map((x) => byId.get(x.id)).filter((n): n is MapNode => n !== undefined),
        links: s.links.filter((l) => ids.has(l.source) && ids.has(l.target)),
        part,
      });
    });
  }
  return out;
}

function toPage(f: Fitted, input: PlanInput, frame: Frame, s: Subset, _i: number, _n = 1): Page {
  const theme = THEMES[input.theme ?? 'print'];
  const kinds = new Map(input.dataset.kinds.map((k) => [k.id, k]));
  const { layout, scale } = f;
  // Centre the map horizontally in the area; keep it at the top.
  const ox = frame.area.x + (frame.area.width - f.width * scale) / 2;
  const oy = frame.area.y;
  const X = (x: number) => ox + x * scale;
  const Y = (y: number) => oy + y * scale;
  const fontSize = Math.max(MIN_PT, G.labelFontSize * scale);
  const nodes: PageNode[] = [];
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  for (const node of s.nodes) {
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    const kind = kinds.get(node.kind) ?? KIND_FALLBACK;
    const gap = node.label === null;
    const focused = input.focus === node.id;
    nodes.push({
      id: node.id,
      x: X(box.x),
      y: Y(box.y),
      width: box.width * scale,
      height: box.height * scale,
      shape: kind.shape,
      fill: gap ? theme.gapFill : tint(kind.colour, theme.nodeTint + 0.04),
      stroke: focused ? theme.focusOutline : kind.colour,
      strokeWidth: focused ? 2.5 : 1.25,
      gap,
      colour: kind.colour,
      kind: kind.singular,
      code: node.code ?? null,
      meta: headRow(node.code ?? null, periodBadge(node, input.periods ?? null)),
      lines: box.lines,
      fontSize,
      lineHeight: G.labelLineHeight * scale,
      rtl: isRtl(box.lines.join(' ')),
      focused,
      textInset: shapeInset(kind.shape, box.width * scale, box.height * scale),
    });
  }
  const links: PageLink[] = [];
  for (const link of s.links) {
    const a = layout.boxes.get(link.source);
    const b = layout.boxes.get(link.target);
    if (!a || !b || !byId.has(link.source) || !byId.has(link.target)) continue;
    const sameColumn = a.x === b.x;
    const aRight = sameColumn || a.x < b.x;
    const bRight = sameColumn || b.x < a.x;
    links.push({
      key: linkKey(link),
      source: link.source,
      target: link.target,
      basis: link.basis,
      relation: link.relation,
      colour: theme.link,
      width: Math.max(0.75, theme.linkWidth * scale * 0.8),
      from: { x: X(aRight ? a.x + a.width : a.x), y: Y(a.y + a.height / 2), side: aRight ? 'right' : 'left' },
      to: { x: X(bRight ? b.x + b.width : b.x), y: Y(b.y + b.height / 2), side: bRight ? 'right' : 'left' },
    });
  }
  const headerPt = Math.max(HEADER_PT_MIN, 15 * scale);
  const headers: PageHeader[] = layout.columns.map((c) => ({
    text: `${c.title} (${c.count})`,
    x: X(c.x),
    y: Y(0),
    width: c.width * scale,
    colour: (kinds.get(c.kind) ?? KIND_FALLBACK).colour,
    fontSize: headerPt,
  }));
  const shownKinds = new Set(s.nodes.map((n) => n.kind));
  const legend: LegendItem[] = [
    ...input.dataset.kinds
      .filter((k) => shownKinds.has(k.id))
      .map((k) => ({ text: k.singular, colour: k.colour, swatch: 'box' as const })),
    ...(['official', 'derived', 'proposed'] as const)
      .filter((b) => s.links.some((l) => l.basis === b))
      .map((b) => ({ text: `${b} link`, colour: theme.link, swatch: b })),
  ];
  const visibleIds = new Set(s.nodes.map((n) => n.id));
  const continued = input.visible.links.filter((l) => visibleIds.has(l.source) !== visibleIds.has(l.target)).length;
  const { meta } = input.dataset;
  return {
    width: frame.width,
    height: frame.height,
    title: frame.title,
    subtitle: frame.subtitleLines.join('\n'),
    part: s.part,
    footer: `Source: ${meta.title} · version ${meta.version} · ${meta.date} · ${s.nodes.length} nodes, ${links.length} links${continued > 0 ? ` (${continued} more links continue on other pages)` : ''}`,
    headers,
    nodes,
    links,
    legend,
    area: frame.area,
    continued,
    notes: input.notes ?? '',
    scale,
    background: '#ffffff',
    ink: theme.ink,
    muted: theme.muted,
  };
}

/** Sizes used by the writers for the text outside the map. */
export const PAGE_TEXT = { MARGIN, TITLE_PT, SUBTITLE_PT, LEGEND_PT, FOOTER_PT, BOLD_FACTOR } as const;
