/** The visible subset in dataset order, the order every table export writes. */
import type { VisibleGraph } from '../model/visible';
import type { Dataset, MapLink, MapNode } from '../model/schema';
import { linkKey } from '../model/graph';

/** The visible nodes and the visible links between them, in dataset order, matched by id and `linkKey`. */
export function visibleInDatasetOrder(
  dataset: Pick<Dataset, 'nodes' | 'links'>,
  visible: VisibleGraph,
): { nodes: MapNode[]; links: MapLink[] } {
  const ids = new Set(visible.nodes.map((n) => n.id));
  const keys = new Set(visible.links.map(linkKey));
  const nodes = dataset.nodes.filter((n) => ids.has(n.id));
  const links = dataset.links.filter((l) => keys.has(linkKey(l)) && ids.has(l.source) && ids.has(l.target));
  return { nodes, links };
}
