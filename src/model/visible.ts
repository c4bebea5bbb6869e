import type { MapLink, MapNode } from './schema';

/**
 * The visible subgraph: the nodes and links the filters leave, in dataset order. What the map, the table, the
 * layout, the scene and every export are given. (`applyFilters` returns it with the set of node ids too.)
 */
export interface VisibleGraph {
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
}
