/**
 * The Cytoscape.js baseline's graph: the same dataset as elements, a stylesheet and dagre layout options, as a
 * Cytoscape user would write them. Shared by the baseline page and the Node measurement (headless Cytoscape).
 *
 * Columns: dagre ranks nodes by their links, not by kind, so each edge points from the node of the lower
 * column to the node of the higher one and asks for `minLen` = the number of columns it spans; then the ranks
 * dagre finds are the kind columns, as on our map (checked: no synthetic node off its column).
 *
 * Ranker: `tight-tree`, not dagre's default `network-simplex`, which spends its time in graphlib's `nodeEdges`
 * and took 20 s at 1,000 nodes and 100 s at 2,000 on the benchmark machine (5,000 would not fit in a run). Here
 * every edge can be tight, so the tight tree is already optimal: same ranks, 30 times faster.
 */
import type { ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import type { Dataset } from '../../src/model/schema';

/** Same node width and column gap as our map, so both drawings have the same extent. */
export const NODE = { width: 224, height: 64, rankSep: 150, nodeSep: 14 } as const;

export function elementsOf(dataset: Dataset): ElementDefinition[] {
  const rank = new Map(dataset.kinds.map((k, i) => [k.id, i]));
  const colour = new Map(dataset.kinds.map((k) => [k.id, k.colour]));
  const rankOf = new Map(dataset.nodes.map((n) => [n.id, rank.get(n.kind) ?? 0]));
  const elements: ElementDefinition[] = dataset.nodes.map((n) => {
    const text = `${n.code ?? ''} ${n.label ?? 'title not yet sourced'}`.trim();
    return {
      group: 'nodes',
      data: { id: n.id, kind: n.kind, label: text, search: text.toLowerCase(), colour: colour.get(n.kind) ?? '#555' },
    };
  });
  dataset.links.forEach((l, i) => {
    const rs = rankOf.get(l.source) ?? 0;
    const rt = rankOf.get(l.target) ?? 0;
    const forward = rs <= rt;
    elements.push({
      group: 'edges',
      data: {
        id: `e${i}`,
        source: forward ? l.source : l.target,
        target: forward ? l.target : l.source,
        span: Math.abs(rt - rs),
        // The arrow points at the link's real target, whichever end of the edge that is.
        arrowAtTarget: forward ? 1 : 0,
      },
    });
  });
  return elements;
}

export const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      width: NODE.width,
      height: NODE.height,
      'background-color': '#ffffff',
      'border-width': 1.5,
      'border-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 12.5,
      'text-wrap': 'ellipsis',
      'text-max-width': `${NODE.width - 28}px`,
      'text-valign': 'center',
      'text-halign': 'center',
      color: '#1d2733',
      // Cytoscape's own level of detail: labels are not drawn when they would be smaller than this on screen.
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': '#8a96a3',
      'curve-style': 'bezier',
      'target-arrow-color': '#7d8a97',
      'source-arrow-color': '#7d8a97',
    },
  },
  { selector: 'edge[arrowAtTarget = 1]', style: { 'target-arrow-shape': 'triangle' } },
  { selector: 'edge[arrowAtTarget = 0]', style: { 'source-arrow-shape': 'triangle' } },
];

/** dagre, left to right, with our column gap; positions only (no animation, no fit: the page sets the view). */
export function dagreOptions(): LayoutOptions {
  return {
    name: 'dagre',
    rankDir: 'LR',
    rankSep: NODE.rankSep,
    nodeSep: NODE.nodeSep,
    ranker: 'tight-tree',
    minLen: (edge: { data: (key: string) => number }) => Math.max(1, edge.data('span')),
    fit: false,
    animate: false,
  } as LayoutOptions;
}
