/** Where a link's ends meet the node outlines, shared by the map on screen and the SVG export. */
import type { EdgeRoute, NodeBox } from '../layout/types';
import type { Shape } from '../model/schema';
import type { LinkEnds } from './linkPath';
import { edgeInset } from './shapes';

/** Insets for `linkPath` that move each end of `route` from its box's side onto the node's outline. */
export function routeInsets(
  route: EdgeRoute,
  boxes: ReadonlyMap<string, NodeBox>,
  shapeOf: (id: string) => Shape,
): LinkEnds {
  const [firstId, lastId] = route.arrowAt === 'start' ? [route.target, route.source] : [route.source, route.target];
  const inset = (id: string, y: number | undefined) => {
    const box = boxes.get(id);
    return box && y !== undefined ? edgeInset(shapeOf(id), box.width, box.height, y - box.y) : 0;
  };
  return { start: inset(firstId, route.points[0]?.y), end: inset(lastId, route.points[route.points.length - 1]?.y) };
}
