/**
 * The part of a dataset our app shows when it opens (its default filters: the current planning cycle, kinds
 * marked hidden left off), as a dataset. The baseline is given exactly this, so both pages draw the same graph;
 * our layout measures place it as the app does. Pure, so the probe page uses it too.
 */
import { defaultFilters, visibleGraph } from '../src/model/filters';
import { indexDataset } from '../src/model/graph';
import type { Dataset } from '../src/model/schema';

export function shownByDefault(dataset: Dataset, today = new Date()): Dataset {
  const visible = visibleGraph(indexDataset(dataset), defaultFilters(dataset, today));
  return { ...dataset, nodes: visible.nodes, links: visible.links };
}
