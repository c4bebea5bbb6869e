import type { MapLink, MapNode } from './schema';
import type { EmptyColumn } from './emptyColumns';

/**
 * The visible subgraph: the nodes and links the filters leave, in dataset order. What the map, the table, the
 * layout, the scene and every export are given. (`applyFilters` returns it with the set of node ids too.)
 */
export interface VisibleGraph {
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
  /**
   * Columns turned on that the filters left without a node, with why in words: the layout keeps their slot and
   * the map and the exports say so in it. Absent: none.
   */
  readonly emptied?: readonly EmptyColumn[];
}
