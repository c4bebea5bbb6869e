/** A one-line description of the active filters and focus, for the export's subtitle ("Period: 2024-2027 · …"). */
import type { Dataset, MapNode } from '../model/schema';
import { visibleGraph, type Filters } from '../model/filters';
import { indexDataset } from '../model/graph';
import { emptyColumns } from '../model/cycles';

/**
 * Names each restriction in `filters` (kinds by their plural, nodes by code or title) and the focus, joined by
 * " · "; the empty string when nothing is restricted or focused.
 */
export function describeView(
  dataset: Pick<Dataset, 'kinds' | 'nodes'>,
  filters: Filters,
  focus: string | null = null,
): string {
  const node = new Map(dataset.nodes.map((n) => [n.id, n]));
  const kind = new Map(dataset.kinds.map((k) => [k.id, k.plural]));
  const name = (id: string) => {
    const n: MapNode | undefined = node.get(id);
    return n ? (n.code ?? n.label ?? id) : id;
  };
  const parts: string[] = [];
  const list = (
    one: string,
    many: string,
    values: readonly string[] | null,
    show: (v: string) => string = (v) => v,
  ) => {
    if (values === null) return;
    parts.push(`${values.length === 1 ? one : many}: ${values.length === 0 ? 'none' : values.map(show).join(', ')}`);
  };
  list('Column', 'Columns', filters.kinds, (k) => kind.get(k) ?? k);
  if (filters.periodMode === 'adopted') list('Adopted for', 'Adopted for', filters.periods);
  else list('Period', 'Periods', filters.periods);
  list('Sector', 'Sectors', filters.sectors);
  list('Region', 'Regions', filters.regions);
  if (filters.regions !== null && filters.regions.length > 0) parts[parts.length - 1] += ' (and global items)';
  list('Link basis', 'Link bases', filters.bases);
  list('Confidence', 'Confidence', filters.confidences);
  if (filters.scope.length > 0) parts.push(`Only what connects to ${filters.scope.map(name).join(', ')}`);
  if (filters.hideUnlinked) parts.push('Unlinked nodes hidden');
  if (focus !== null && node.has(focus)) parts.push(`Focus: ${name(focus)}`);
  // A column the filters empty is said in words, so the export does not suggest the column was not asked for.
  if ('links' in dataset && 'meta' in dataset) {
    const index = indexDataset(dataset as Dataset);
    for (const e of emptyColumns(index, filters, visibleGraph(index, filters).nodeIds)) parts.push(e.message);
  }
  return parts.join(' · ');
}
