/** Links as SVG paths with arrowheads; the arrowhead markers are defined in the same file. */
import type { MapLink } from '../model/schema';
import type { EdgeRoute } from '../layout/types';
import { linkPath, type LinkEnds } from '../draw/linkPath';
import { el, block } from './markup';
import { dashList, LINK_DASH, type Theme } from '../draw/look';

/** Marker ids; prefixed so that several exported maps can sit in one HTML page. */
export type LinkTone = 'plain' | 'chain';
const markerId = (tone: LinkTone, end: 'start' | 'end') => `sm-arrow-${tone}-${end}`;

const ARROW = { length: 8, halfWidth: 4 } as const;

/**
 * Arrowhead markers in both tones. `orient="auto"` (SVG 1.1) aligns a marker with the path's direction at its
 * vertex, so the start marker is drawn pointing backwards instead of relying on SVG 2's `auto-start-reverse`.
 */
export function arrowMarkers(theme: Theme): string {
  const { length: l, halfWidth: hw } = ARROW;
  const markers: string[] = [];
  for (const tone of ['plain', 'chain'] as const) {
    const fill = tone === 'plain' ? theme.link : theme.chainLink;
    const common = { markerUnits: 'userSpaceOnUse', markerWidth: l, markerHeight: 2 * hw, orient: 'auto', refY: hw };
    markers.push(
      block('marker', { id: markerId(tone, 'end'), ...common, refX: l }, [
        el('path', { d: `M0 0 L${l} ${hw} L0 ${2 * hw} Z`, fill }),
      ]),
      block('marker', { id: markerId(tone, 'start'), ...common, refX: 0 }, [
        el('path', { d: `M${l} 0 L0 ${hw} L${l} ${2 * hw} Z`, fill }),
      ]),
    );
  }
  return markers.join('\n');
}

/** A link along its route; `insets` move its ends onto the node outlines (see `linkPath`). */
export function linkSvg(link: MapLink, route: EdgeRoute, theme: Theme, tone: LinkTone, insets?: LinkEnds): string {
  const dash = LINK_DASH[link.basis];
  const marker = `url(#${markerId(tone, route.arrowAt)})`;
  return el('path', {
    d: linkPath(route.points, insets),
    fill: 'none',
    stroke: tone === 'chain' ? theme.chainLink : theme.link,
    'stroke-width': tone === 'chain' ? theme.chainLinkWidth : theme.linkWidth,
    'stroke-dasharray': dashList(dash.dash),
    'stroke-linecap': dash.linecap === 'butt' ? null : dash.linecap,
    'marker-start': route.arrowAt === 'start' ? marker : null,
    'marker-end': route.arrowAt === 'end' ? marker : null,
    'data-link': route.key,
  });
}
