/**
 * What a document export holds: the part of the view chosen (the whole filtered map, what is on screen, or the
 * focused chain), laid out for a page (`planPages`), with a subtitle naming the filters and what they leave
 * empty. Shared by the Export dialog and the command line, so both export the same pages.
 */
import type { Dataset, MapLink, MapNode } from '../model/schema';
import { chainsOf, type ChainOptions } from '../model/chains';
import { indexDataset, linkKey } from '../model/graph';
import { visibleGraph, type Filters } from '../model/filters';
import { emptyColumns } from '../model/cycles';
import { layoutMap } from '../layout/layoutMap';
import type { LayerOrder } from '../layout/order';
import { describeView } from './viewSummary';
import { planPages, type PagePlan } from './page/plan';
import type { PageSize } from './page/pageSize';

export type ExportScope = 'map' | 'view' | 'focus';
export const EXPORT_SCOPES: readonly ExportScope[] = ['map', 'view', 'focus'];

/** The map's viewport as on screen: translation and zoom of the map, and the size of the map's area in pixels. */
export interface ScreenViewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface SubsetInput {
  dataset: Dataset;
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  scope: ExportScope;
  focus: string | null;
  /** For scope `view`; without it, `view` is the whole map. */
  viewport?: ScreenViewport | null;
  order?: LayerOrder;
  /** How the focused chain is walked (direction, depth, related), as on screen. @default both ways, all steps */
  chain?: ChainOptions;
}

/** The nodes and links of the chosen part, and a phrase naming it ("Focused chain of Goal 2"). */
export function scopedSubset(input: SubsetInput): {
  nodes: MapNode[];
  links: MapLink[];
  label: string;
} {
  const { dataset, visible, scope, focus } = input;
  const nodes = [...visible.nodes];
  const links = [...visible.links];
  if (scope === 'focus' && focus !== null && dataset.nodes.some((n) => n.id === focus)) {
    const ids = new Set(nodes.map((n) => n.id));
    const keys = new Set(links.map(linkKey));
    const chains = chainsOf(indexDataset(dataset), focus, ids, (l) => keys.has(linkKey(l)), input.chain);
    const node = dataset.nodes.find((n) => n.id === focus);
    return {
      nodes: nodes.filter((n) => chains.nodes.has(n.id)),
      links: links.filter((l) => chains.links.has(linkKey(l))),
      label: `Focused chain of ${node?.code ?? node?.label ?? focus}`,
    };
  }
  if (scope === 'view' && input.viewport) {
    const v = input.viewport;
    const layout = layoutMap({ dataset, visible, order: input.order });
    const left = -v.x / v.zoom;
    const top = -v.y / v.zoom;
    const right = left + v.width / v.zoom;
    const bottom = top + v.height / v.zoom;
    const on = new Set(
      [...layout.boxes.values()]
        .filter((b) => b.x < right && b.x + b.width > left && b.y < bottom && b.y + b.height > top)
        .map((b) => b.id),
    );
    return {
      nodes: nodes.filter((n) => on.has(n.id)),
      links: links.filter((l) => on.has(l.source) && on.has(l.target)),
      label: 'What is on screen',
    };
  }
  return { nodes, links, label: '' };
}

/**
 * The columns asked for that the exported part leaves without any node ("Nothing left in WSIS action lines"),
 * other than those the filters emptied, which the view's description already states in words ("No regional
 * initiatives for the Arab States in 2024-2027 in this dataset").
 */
export function emptiedColumns(dataset: Dataset, filters: Filters, nodes: readonly MapNode[]): string {
  const shown = new Set(nodes.map((n) => n.kind));
  const index = indexDataset(dataset);
  const said = new Set(emptyColumns(index, filters, visibleGraph(index, filters).nodeIds).map((e) => e.kind.id));
  const asked = dataset.kinds.filter((k) => (filters.kinds === null ? !k.hidden : filters.kinds.includes(k.id)));
  const empty = asked.filter((k) => !shown.has(k.id) && !said.has(k.id)).map((k) => k.plural);
  return empty.length === 0 ? '' : `Nothing left in ${empty.join(', ')}`;
}

export interface DocumentPagesInput extends SubsetInput {
  filters: Filters;
  page: PageSize;
  shortTitles?: boolean;
  /** Name of the saved view, first in the subtitle. */
  viewName?: string;
  /** Speaker notes (a saved view's description). */
  notes?: string;
  title?: string;
}

export function documentPages(input: DocumentPagesInput): PagePlan & { nodes: MapNode[]; links: MapLink[] } {
  const subset = scopedSubset(input);
  const subtitle = [
    input.viewName ?? '',
    subset.label,
    describeView(input.dataset, input.filters, input.focus),
    emptiedColumns(input.dataset, input.filters, subset.nodes),
  ]
    .filter((t) => t !== '')
    .join(' · ');
  const plan = planPages({
    dataset: input.dataset,
    visible: subset,
    page: input.page,
    subtitle,
    shortTitles: input.shortTitles,
    focus: input.focus,
    order: input.order,
    notes: input.notes,
    title: input.title,
    periods: input.filters.periods,
  });
  return { ...plan, nodes: subset.nodes, links: subset.links };
}
