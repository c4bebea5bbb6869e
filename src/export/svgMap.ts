/** The map itself as SVG: column headers, links and nodes in layout coordinates, with focus highlighting. */
import type { Kind, MapLink, MapNode } from '../model/schema';
import type { Chains } from '../model/chains';
import { linkKey } from '../model/graph';
import { measureText } from '../layout/text';
import { GEOMETRY as G, type ColumnBox, type MapLayout } from '../layout/types';
import { BOLD_FACTOR, fitText } from '../draw/fitText';
import { ICON_PATHS } from '../draw/icons';
import { el, block, textEl } from './markup';
import { fmt } from '../draw/number';
import { routeInsets } from '../draw/linkEnds';
import { FALLBACK_KIND, nodeSvg } from './svgNode';
import { linkSvg } from './svgLinks';
import { FOCUS_STYLE, HEADER_STYLE, type Theme } from '../draw/look';

export interface MapSvgInput {
  layout: MapLayout;
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  chains: Chains | null;
  theme: Theme;
  kindById: ReadonlyMap<string, Kind>;
  width: number;
}

/** Column headers, links and nodes, in map coordinates (the layout's origin at the top left). */
export function mapSvg({ layout, nodes, links, chains, theme, kindById, width }: MapSvgInput): string[] {
  const headers = layout.columns.map((column) => headerSvg(column, kindById.get(column.kind) ?? FALLBACK_KIND, theme));
  if (nodes.length === 0) {
    return [
      ...headers,
      textEl(
        'text',
        { x: width / 2, y: G.headerHeight + 20, 'font-size': 14, fill: theme.muted, 'text-anchor': 'middle' },
        'No nodes match the current filters.',
      ),
    ];
  }

  const nodeKind = new Map(nodes.map((n) => [n.id, n.kind]));
  const sortedLinks = [...links].sort((a, b) => cmp(linkKey(a), linkKey(b)));
  const sortedNodes = [...nodes].sort((a, b) => {
    const p = layout.boxes.get(a.id);
    const q = layout.boxes.get(b.id);
    return (p?.x ?? 0) - (q?.x ?? 0) || (p?.y ?? 0) - (q?.y ?? 0) || cmp(a.id, b.id);
  });
  const drawLink = (link: MapLink, tone: 'plain' | 'chain') => {
    const route = layout.routes.get(linkKey(link));
    if (!route) return '';
    const ends = routeInsets(
      route,
      layout.boxes,
      (id) => (kindById.get(nodeKind.get(id) ?? '') ?? FALLBACK_KIND).shape,
    );
    return linkSvg(link, route, theme, tone, ends);
  };
  const drawNode = (node: MapNode) => {
    const box = layout.boxes.get(node.id);
    if (!box) return '';
    const emphasis = !chains ? 'normal' : chains.focus === node.id ? 'focus' : 'chain';
    return nodeSvg({ node, box, kind: kindById.get(node.kind) ?? FALLBACK_KIND, theme, emphasis });
  };

  if (!chains) {
    return [
      ...headers,
      block(
        'g',
        { class: 'links' },
        sortedLinks.map((l) => drawLink(l, 'plain')),
      ),
      block('g', { class: 'nodes' }, sortedNodes.map(drawNode)),
    ];
  }
  // Faded first, then the chains on top, so highlighted links are never hidden under faded nodes.
  const dim = { opacity: FOCUS_STYLE.dimOpacity };
  const onChain = (l: MapLink) => chains.links.has(linkKey(l));
  return [
    ...headers,
    block('g', { class: 'faded', ...dim }, [
      block(
        'g',
        { class: 'links' },
        sortedLinks.filter((l) => !onChain(l)).map((l) => drawLink(l, 'plain')),
      ),
      block('g', { class: 'nodes' }, sortedNodes.filter((n) => !chains.nodes.has(n.id)).map(drawNode)),
    ]),
    block(
      'g',
      { class: 'links' },
      sortedLinks.filter(onChain).map((l) => drawLink(l, 'chain')),
    ),
    block('g', { class: 'nodes' }, sortedNodes.filter((n) => chains.nodes.has(n.id)).map(drawNode)),
  ];
}

/** A column header as on screen: icon, title (cut with an ellipsis) and the count in a pill, over a rule. */
function headerSvg(column: ColumnBox, kind: Kind, theme: Theme): string {
  const H = HEADER_STYLE;
  const mid = (H.height - H.ruleHeight) / 2;
  const count = String(column.count);
  const pillWidth = measureText(count, H.countFontSize) * BOLD_FACTOR + 16;
  const pillX = column.x + column.width - H.paddingX - pillWidth;
  let x = column.x + H.paddingX;
  const parts: string[] = [];
  if (kind.icon) {
    const s = H.iconSize / 16;
    parts.push(
      el('path', {
        d: ICON_PATHS[kind.icon],
        transform: `translate(${fmt(x)} ${fmt(mid - H.iconSize / 2)}) scale(${fmt(s, 4)})`,
        fill: kind.colour,
      }),
    );
    x += H.iconSize + 8;
  }
  // No bold allowance: `measureText` already errs wide, and the screen cuts at the true width.
  const title = fitText(column.title, pillX - 8 - x, H.titleFontSize);
  parts.push(
    textEl(
      'text',
      { x, y: mid + H.titleFontSize * 0.35, 'font-size': H.titleFontSize, 'font-weight': 'bold', fill: theme.ink },
      title,
    ),
    el('rect', {
      x: pillX,
      y: mid - H.countHeight / 2,
      width: pillWidth,
      height: H.countHeight,
      rx: H.countHeight / 2,
      fill: theme.countFill,
    }),
    textEl(
      'text',
      {
        x: pillX + pillWidth / 2,
        y: mid + H.countFontSize * 0.35,
        'font-size': H.countFontSize,
        'font-weight': 'bold',
        fill: theme.muted,
        'text-anchor': 'middle',
      },
      count,
    ),
    el('rect', {
      x: column.x,
      y: H.height - H.ruleHeight,
      width: column.width,
      height: H.ruleHeight,
      fill: kind.colour,
    }),
  );
  return block('g', { class: 'column-header', 'data-kind': column.kind }, parts);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
