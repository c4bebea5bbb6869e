/** The map itself in the scene: column headers, links and nodes in layout coordinates, with focus highlighting. */
import type { Kind, MapLink, MapNode } from '../model/schema';
import type { Chains } from '../model/chains';
import { linkKey } from '../model/graph';
import { GEOMETRY as G, type ColumnBox, type MapLayout } from '../layout/types';
import { headerPillWidth, headerTitle } from './headerTitle';
import { routeInsets } from './linkEnds';
import { linkCurve } from './linkPath';
import { FOCUS_STYLE, HEADER_STYLE, linkStyle, PAGE_STYLE, type LinkState, type Theme } from './look';
import type { SceneBuilder } from './scene';
import { addNode, FALLBACK_KIND, line, middleBaseline } from './sceneNode';
import { addColumnNotice, addGroupOutlines } from './sceneAnswers';
import type { GroupOutline } from './groupOutlines';

export interface SceneMapInput {
  layout: MapLayout;
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  chains: Chains | null;
  theme: Theme;
  kindById: ReadonlyMap<string, Kind>;
  width: number;
  /** The periods the map is filtered to (for each node's period badge). */
  periods?: readonly string[] | null;
  /**
   * Smallest text in the map, in map units: codes, periods and headers are drawn at least this big (a page that
   * draws the map at a scale sets it so that no text is under 9 pt). @default 0
   */
  minFontSize?: number;
  /** Outlines of containers' members (`groupOutlines`), drawn under the links. @default none */
  groups?: readonly GroupOutline[];
}

/** Adds column headers, links and nodes under group `map` (the layout's origin at the group's origin). */
export function addMap(b: SceneBuilder, map: number, input: SceneMapInput): void {
  const { layout, nodes, links, chains, theme, kindById, width } = input;
  const minFontSize = input.minFontSize ?? 0;
  for (const column of layout.columns) {
    const kind = kindById.get(column.kind) ?? FALLBACK_KIND;
    addColumnNotice(b, addHeader(b, map, column, kind, theme, minFontSize), column, kind, theme);
  }
  if (nodes.length === 0) {
    b.add(
      line(
        map,
        'empty',
        'No nodes match the current filters.',
        width / 2,
        G.headerHeight + 20,
        PAGE_STYLE.emptySize,
        theme.muted,
        {
          anchor: 'middle',
        },
      ),
    );
    return;
  }

  addGroupOutlines(b, map, input.groups ?? [], theme, chains, minFontSize);
  const nodeKind = new Map(nodes.map((n) => [n.id, n.kind]));
  const shapeOf = (id: string) => (kindById.get(nodeKind.get(id) ?? '') ?? FALLBACK_KIND).shape;
  const sortedLinks = [...links].sort((a, c) => cmp(linkKey(a), linkKey(c)));
  const sortedNodes = [...nodes].sort((a, c) => {
    const p = layout.boxes.get(a.id);
    const q = layout.boxes.get(c.id);
    return (p?.x ?? 0) - (q?.x ?? 0) || (p?.y ?? 0) - (q?.y ?? 0) || cmp(a.id, c.id);
  });
  const drawLinks = (parent: number, list: readonly MapLink[], state: LinkState) => {
    const g = b.group(parent, 'links');
    for (const link of list) {
      const route = layout.routes.get(linkKey(link));
      if (!route) continue;
      const curve = linkCurve(route.points, routeInsets(route, layout.boxes, shapeOf));
      if (!curve) continue;
      const [from, to] = route.arrowAt === 'start' ? [route.target, route.source] : [route.source, route.target];
      b.add({
        type: 'link',
        group: g,
        role: 'map',
        key: route.key,
        from,
        to,
        basis: link.basis,
        state,
        curve,
        arrow: route.arrowAt,
        style: linkStyle(theme, link.basis, state),
      });
    }
  };
  const drawNodes = (parent: number, list: readonly MapNode[]) => {
    const g = b.group(parent, 'nodes');
    for (const node of list) {
      const box = layout.boxes.get(node.id);
      if (!box) continue;
      const emphasis = !chains ? 'normal' : chains.focus === node.id ? 'focus' : 'chain';
      addNode(b, g, {
        node,
        box,
        kind: kindById.get(node.kind) ?? FALLBACK_KIND,
        theme,
        emphasis,
        periods: input.periods ?? null,
        minFontSize,
      });
    }
  };

  if (!chains) {
    drawLinks(map, sortedLinks, 'plain');
    drawNodes(map, sortedNodes);
    return;
  }
  // Faded first, then the chains on top, so highlighted links are never hidden under faded nodes.
  const onChain = (l: MapLink) => chains.links.has(linkKey(l));
  const faded = b.group(map, 'faded', { opacity: FOCUS_STYLE.dimOpacity });
  drawLinks(
    faded,
    sortedLinks.filter((l) => !onChain(l)),
    'plain',
  );
  drawNodes(
    faded,
    sortedNodes.filter((n) => !chains.nodes.has(n.id)),
  );
  drawLinks(map, sortedLinks.filter(onChain), 'chain');
  drawNodes(
    map,
    sortedNodes.filter((n) => chains.nodes.has(n.id)),
  );
}

/**
 * A column header as on screen: icon, title (on one or two lines, see `headerTitle`) and the count in a pill, over a
 * rule; the count at least `minFont` (the title's sizes are above any page's minimum).
 */
function addHeader(b: SceneBuilder, map: number, column: ColumnBox, kind: Kind, theme: Theme, minFont: number): number {
  const H = {
    ...HEADER_STYLE,
    countFontSize: Math.max(HEADER_STYLE.countFontSize, minFont),
    countHeight: Math.max(HEADER_STYLE.countHeight, minFont * 1.5),
  };
  const g = b.group(map, 'column-header', { kind: column.kind });
  const mid = (H.height - H.ruleHeight) / 2;
  const count = String(column.count);
  const pillWidth = headerPillWidth(column.count);
  const pillX = column.x + column.width - H.paddingX - pillWidth;
  let x = column.x + H.paddingX;
  if (kind.icon) {
    b.add({ type: 'icon', group: g, icon: kind.icon, x, y: mid - H.iconSize / 2, size: H.iconSize, fill: kind.colour });
    x += H.iconSize + 8;
  }
  const title = headerTitle({
    title: column.title,
    count: column.count,
    columnWidth: column.width,
    hasIcon: Boolean(kind.icon),
  });
  const top = mid - ((title.lines.length - 1) * title.lineHeight) / 2 + middleBaseline(title.fontSize);
  title.lines.forEach((text, i) =>
    b.add(line(g, 'header', text, x, top + i * title.lineHeight, title.fontSize, theme.ink, { bold: true })),
  );
  b.add({
    type: 'rect',
    group: g,
    x: pillX,
    y: mid - H.countHeight / 2,
    width: pillWidth,
    height: H.countHeight,
    radius: H.countHeight / 2,
    fill: theme.countFill,
  });
  b.add(
    line(
      g,
      'count',
      count,
      pillX + pillWidth / 2,
      mid + middleBaseline(H.countFontSize),
      H.countFontSize,
      theme.muted,
      {
        bold: true,
        anchor: 'middle',
      },
    ),
  );
  b.add({
    type: 'rect',
    group: g,
    x: column.x,
    y: H.height - H.ruleHeight,
    width: column.width,
    height: H.ruleHeight,
    fill: kind.colour,
  });
  return g;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
