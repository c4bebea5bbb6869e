/** The whole layout as one pure function: order the full map once, then place what is visible. */
import type { Dataset, MapLink, MapNode } from '../model/schema';
import { linkKey } from '../model/graph';
import { orderLayers, type LayerOrder, type OrderOptions } from './order';
import { placeLayers } from './place';
import type { MapLayout } from './types';

/** Column order of a whole dataset (the expensive part; cache it per dataset). */
export function orderDataset(dataset: Pick<Dataset, 'kinds' | 'nodes' | 'links'>, options?: OrderOptions): LayerOrder {
  const kindRank = new Map(dataset.kinds.map((k, i) => [k.id, i]));
  const rankOf = new Map(dataset.nodes.map((n) => [n.id, kindRank.get(n.kind) ?? 0]));
  return orderLayers(
    {
      rankOf,
      nodes: dataset.nodes.map((n) => n.id),
      links: dataset.links.map((l) => ({ key: linkKey(l), source: l.source, target: l.target })),
      columns: dataset.kinds.length,
    },
    options,
  );
}

export interface LayoutMapInput {
  dataset: Pick<Dataset, 'kinds' | 'nodes' | 'links'>;
  /** The visible subset; the whole dataset when omitted. */
  visible?: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  /** A precomputed `orderDataset(dataset)`; computed when omitted. */
  order?: LayerOrder;
}

export function layoutMap({ dataset, visible, order }: LayoutMapInput): MapLayout {
  return placeLayers({
    kinds: dataset.kinds,
    nodes: visible?.nodes ?? dataset.nodes,
    links: visible?.links ?? dataset.links,
    order: order ?? orderDataset(dataset),
  });
}
