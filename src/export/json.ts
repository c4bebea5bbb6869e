/**
 * The visible subset as a dataset file that the app and `npm run validate` accept: the same format version,
 * meta and kinds; only the visible nodes and the links between them; only the sources they cite. Saved views
 * are left out, since they describe the whole dataset.
 */
import type { VisibleGraph } from '../model/visible';
import type { Dataset } from '../model/schema';
import { visibleInDatasetOrder } from './visible';

/** The subset as a `Dataset` value. */
export function subsetDataset(dataset: Dataset, visible: VisibleGraph): Dataset {
  const { nodes, links } = visibleInDatasetOrder(dataset, visible);
  const cited = new Set([...nodes, ...links].flatMap((item) => item.sources.map((s) => s.source)));
  return {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    formatVersion: dataset.formatVersion,
    meta: { ...dataset.meta, sources: dataset.meta.sources.filter((s) => cited.has(s.id)) },
    kinds: dataset.kinds,
    nodes,
    links,
    views: [],
  };
}

/** The subset as JSON text (two-space indented, with a final newline). */
export function exportJson(dataset: Dataset, visible: VisibleGraph): string {
  return `${JSON.stringify(subsetDataset(dataset, visible), null, 2)}\n`;
}
