/** The whole layout as one pure function: order the full map once, then place what is visible. */
import type { VisibleGraph } from '../model/visible';
import type { Dataset } from '../model/schema';
import { indexDataset, linkKey } from '../model/graph';
import { applyFilters, defaultFilters } from '../model/filters';
import { orderLayers, refineOrder, sweptOrder, type LayerOrder, type OrderInput } from './order';
import { placeLayers, type PlaceInput } from './place';
import type { MapLayout } from './types';

export interface OrderDatasetOptions {
  /** Maximum number of down-and-up sweep pairs (see `orderLayers`). */
  sweeps?: number;
  /** Work allowed for sifting (see `orderLayers`). */
  siftWork?: number;
  /**
   * The day that decides the view the dataset opens on (its current planning cycle); the nodes of that view are
   * ordered first, on their own, so the first map a user sees has as few crossings as it would laid out alone.
   * @default today
   */
  today?: Date;
}

/** Ids of the nodes a dataset opens on (its default filters on `today`). */
export function openingNodes(dataset: Dataset, today: Date): ReadonlySet<string> {
  return applyFilters(indexDataset(dataset), defaultFilters(dataset, today)).nodeIds;
}

/** A dataset as `orderLayers` takes it: columns by kind, in kind order. */
export function orderInputOf(dataset: Pick<Dataset, 'kinds' | 'nodes' | 'links'>): OrderInput {
  const kindRank = new Map(dataset.kinds.map((k, i) => [k.id, i]));
  return {
    rankOf: new Map(dataset.nodes.map((n) => [n.id, kindRank.get(n.kind) ?? 0])),
    nodes: dataset.nodes.map((n) => n.id),
    links: dataset.links.map((l) => ({ key: linkKey(l), source: l.source, target: l.target })),
    columns: dataset.kinds.length,
  };
}

/** Column order of a whole dataset (the expensive part; cache it per dataset). */
export function orderDataset(dataset: Dataset, options: OrderDatasetOptions = {}): LayerOrder {
  return orderLayers(orderInputOf(dataset), {
    sweeps: options.sweeps,
    siftWork: options.siftWork,
    core: openingNodes(dataset, options.today ?? new Date()),
  });
}

/**
 * The first, quick half of `orderDataset`: the barycentre sweeps only. `refineDatasetOrder` of it gives exactly
 * `orderDataset` of the same dataset and day, so a worker can draw this first and the refined order when ready.
 */
export function sweptDatasetOrder(dataset: Dataset, options: OrderDatasetOptions = {}): LayerOrder {
  return sweptOrder(orderInputOf(dataset), options.sweeps, openingNodes(dataset, options.today ?? new Date()));
}

/** The second half of `orderDataset`: sifting of a `sweptDatasetOrder`. */
export function refineDatasetOrder(dataset: Dataset, order: LayerOrder, options: OrderDatasetOptions = {}): LayerOrder {
  return refineOrder(orderInputOf(dataset), order, {
    core: openingNodes(dataset, options.today ?? new Date()),
    siftWork: options.siftWork,
  });
}

export interface LayoutMapInput {
  dataset: Dataset;
  /** The visible subset; the whole dataset when omitted. */
  visible?: VisibleGraph;
  /** A precomputed `orderDataset(dataset)`; computed when omitted. */
  order?: LayerOrder;
  /** Passed to `orderDataset` when `order` is omitted. */
  today?: Date;
  /** How labels are wrapped (`PlaceInput.labels`). @default three lines at most, as on screen */
  labels?: PlaceInput['labels'];
}

export function layoutMap({ dataset, visible, order, today, labels }: LayoutMapInput): MapLayout {
  return placeLayers({
    labels,
    kinds: dataset.kinds,
    nodes: visible?.nodes ?? dataset.nodes,
    links: visible?.links ?? dataset.links,
    order: order ?? orderDataset(dataset, { today }),
    emptied: visible?.emptied,
  });
}
