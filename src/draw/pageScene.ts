/**
 * One page of a document export (PowerPoint slide, Word page, PDF page) as a scene: the page's title, what part
 * of the view it holds, the filters, then the map drawn at a scale that fits the page, then the legend and the
 * source footer. The map is the same scene content as the SVG export (`sceneMap.ts`, `sceneNode.ts`), so every
 * writer draws the look defined once in `look.ts`; only its scale and the smallest text size differ.
 *
 * Units: drawing units (1/96 inch) of a page of the real size, so 9 pt is 12 units. Pure.
 */
import type { Basis, Dataset, MapLink, MapNode } from '../model/schema';
import type { ChainOptions, Chains } from '../model/chains';
import { displayName, indexDataset, linkKey } from '../model/graph';
import { measureText } from '../layout/text';
import { GEOMETRY as G, type MapLayout } from '../layout/types';
import { focusChains, paragraph } from './buildScene';
import { fitText } from './fitText';
import { groupOutlines } from './groupOutlines';
import { FONT_STACK, THEMES, type ThemeName } from './look';
import { SceneBuilder, type Scene } from './scene';
import { addLegend } from './sceneLegend';
import { addMap } from './sceneMap';
import { line } from './sceneNode';

/** Drawing units per point. */
export const UNITS_PER_PT = 96 / 72;
/** The smallest text on a page: 9 pt. */
export const MIN_TEXT_PT = 9;
const MIN_TEXT = MIN_TEXT_PT * UNITS_PER_PT;

/** Page furniture in drawing units (points × 4/3): margin, title 20 pt, part 12 pt, subtitle 10 pt, footer 9 pt. */
export const PAGE_FURNITURE = {
  margin: 30,
  title: { size: 26.67, line: 32 },
  part: { size: 16, line: 20 },
  subtitle: { size: 13.33, line: 17 },
  footer: 12,
  /** Space between the title block and the map, and between the map and the legend. */
  gap: 10,
} as const;

export interface PageSceneInput {
  dataset: Dataset;
  /** What this page draws (the subset of the view it holds). */
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  /** Its layout, with full titles where asked (`withFullTitles`). */
  layout: MapLayout;
  /** Page size in drawing units, and its paper size when the page is paper. */
  page: { width: number; height: number; paper?: { widthMm: number; heightMm: number } };
  title: string;
  /** What part of the view the page holds ("Goal 2 — programmes (2 of 4)"); empty when it holds all of it. */
  part?: string;
  /** The filters in words. */
  subtitle?: string;
  /** Added to the footer ("12 links continue on other pages"). */
  note?: string;
  focus?: string | null;
  chain?: ChainOptions;
  /**
   * The focus's chains walked over the whole view (`chainsOf`), so a page of a split view fades what is off them
   * as the whole view would, even when the focused node is on another page. @default walked over this page
   */
  chains?: Chains | null;
  periods?: readonly string[] | null;
  /** @default 'print' */
  theme?: ThemeName;
  /** Largest scale of the map (a small chain is drawn big, not huge). @default 1.6 */
  maxScale?: number;
}

export interface PageScene {
  scene: Scene;
  /** Page units per map unit. */
  scale: number;
  /** The map's size on the page at that scale. */
  mapWidth: number;
  mapHeight: number;
}

/** Largest scale for which label text (12.5 map units) is still at least 9 pt. */
export const MIN_SCALE = MIN_TEXT / G.labelFontSize;

/** The room the map has on the page: what the title block, legend and footer leave. */
export function pageMapArea(input: PageSceneInput): { x: number; y: number; width: number; height: number } {
  const scratch = new SceneBuilder();
  const root = scratch.group(null, 'content');
  const f = furniture(scratch, root, input);
  return f.area;
}

/** The page as a scene, its map at the largest scale that fits (up to `maxScale`). */
export function buildPageScene(input: PageSceneInput): PageScene {
  const { dataset, layout } = input;
  const theme = THEMES[input.theme ?? 'print'];
  const b = new SceneBuilder();
  const root = b.group(null, 'content');
  const f = furniture(b, root, input);
  const mapWidth0 = Math.max(layout.width, G.nodeWidth);
  const mapHeight0 = Math.max(layout.height, G.headerHeight + 40);
  const scale = Math.min(input.maxScale ?? 1.6, f.area.width / mapWidth0, f.area.height / mapHeight0);
  const nodes = input.visible.nodes.filter((n) => layout.boxes.has(n.id));
  const links = input.visible.links.filter((l) => layout.routes.has(linkKey(l)));
  const kindById = new Map(dataset.kinds.map((k) => [k.id, k]));
  const mapX = f.area.x + (f.area.width - mapWidth0 * scale) / 2;
  // The map goes under the title block; the legend and footer already sit at the foot of the page.
  const map = b.group(root, 'map', { x: mapX, y: f.area.y, scale });
  addMap(b, map, {
    layout,
    nodes,
    links,
    chains:
      input.chains !== undefined ? input.chains : focusChains(dataset, nodes, links, input.focus ?? null, input.chain),
    theme,
    kindById,
    width: mapWidth0,
    periods: input.periods ?? null,
    minFontSize: MIN_TEXT / scale,
    // Membership as grouping, as on screen: the outlines of a container's neighbouring members.
    // Membership as grouping, as on screen; each outline is named on its edge (the page legend, whose height the
    // page plan measures beforehand, does not list them).
    groups: groupOutlines(indexDataset(dataset), layout, nodes),
  });
  f.drawFoot();
  const scene: Scene = {
    width: input.page.width,
    height: input.page.height,
    paper: input.page.paper,
    background: theme.background,
    fontFamily: FONT_STACK,
    title: input.title,
    description: [input.part ?? '', input.subtitle ?? ''].filter((t) => t !== '').join(' — '),
    theme,
    themeName: input.theme ?? 'print',
    groups: b.groups,
    items: b.items,
  };
  return { scene, scale, mapWidth: mapWidth0 * scale, mapHeight: mapHeight0 * scale };
}

/**
 * Adds the title block (now) and returns the map's area and a function that adds the legend and footer (later,
 * so that they are painted after the map, in reading order).
 */
function furniture(b: SceneBuilder, root: number, input: PageSceneInput) {
  const P = PAGE_FURNITURE;
  const theme = THEMES[input.theme ?? 'print'];
  const width = input.page.width - 2 * P.margin;
  let y: number = P.margin;
  const x0 = P.margin;
  const head = b.group(root, 'heading', { x: x0 });
  // Title, then the part of the view this page holds, then the filters: each wrapped, never cut below 9 pt.
  const heading = [
    {
      text: input.title.trim() !== '' ? input.title : '',
      style: P.title,
      bold: true,
      fill: theme.ink,
      maxLines: 3,
      role: 'title',
    },
    { text: input.part ?? '', style: P.part, bold: true, fill: theme.ink, maxLines: 3, role: 'subtitle' },
    { text: input.subtitle ?? '', style: P.subtitle, bold: false, fill: theme.muted, maxLines: 4, role: 'subtitle' },
  ] as const;
  for (const h of heading)
    if (h.text)
      y = paragraph(b, head, h.text, {
        y,
        width,
        ...h.style,
        bold: h.bold,
        fill: h.fill,
        maxLines: h.maxLines,
        role: h.role,
      });
  const top = y + P.gap;

  // The legend of what this page shows, measured on a scratch builder to know its height.
  const nodes = input.visible.nodes.filter((n) => input.layout.boxes.has(n.id));
  const links = input.visible.links.filter((l) => input.layout.routes.has(linkKey(l)));
  const shownKinds = new Set(nodes.map((n) => n.kind));
  const focused = input.focus ? input.dataset.nodes.find((n) => n.id === input.focus) : undefined;
  const legendInput = {
    kinds: input.dataset.kinds.filter((k) => shownKinds.has(k.id)),
    bases: (['official', 'derived', 'proposed'] as const).filter((v: Basis) => links.some((l) => l.basis === v)),
    gaps: nodes.some((n) => n.label === null),
    focus: focused && nodes.some((n) => n.id === focused.id) ? displayName(focused) : null,
    theme,
    width,
    inline: true,
  };
  const legendHeight = addLegend(new SceneBuilder(), 0, legendInput);

  const { meta } = input.dataset;
  const source = `Source: ${meta.title} · version ${meta.version} · ${meta.date}`;
  const counts = [`${nodes.length} nodes, ${links.length} links on this page`, input.note ?? '']
    .filter((t) => t !== '')
    .join(' · ');
  const oneLine = measureText(source, P.footer) + measureText(counts, P.footer) + 24 <= width;
  const footerHeight = (oneLine ? 1 : 2) * P.footer * 1.35 + 8;
  const bottom = input.page.height - P.margin;
  const legendTop = bottom - footerHeight - legendHeight - P.gap;
  return {
    area: { x: x0, y: top, width, height: Math.max(0, legendTop - P.gap - top) },
    drawFoot: () => {
      addLegend(b, b.group(root, 'legend-block', { x: x0, y: legendTop }), legendInput);
      let fy = bottom - footerHeight + 2;
      b.add({ type: 'rule', group: root, x: x0, y: fy, width, stroke: theme.rule, strokeWidth: 1 });
      fy += P.footer * 1.1 + 4;
      // The footer group has no offset (writers draw it in place), so its text is placed from the margin.
      const g = b.group(root, 'footer');
      b.add(line(g, 'footer', fitText(source, width, P.footer), x0, fy, P.footer, theme.muted));
      b.add(
        line(
          g,
          'footer',
          counts,
          oneLine ? x0 + width : x0,
          oneLine ? fy : fy + P.footer * 1.35,
          P.footer,
          theme.muted,
          {
            anchor: oneLine ? 'end' : 'start',
          },
        ),
      );
    },
  };
}
