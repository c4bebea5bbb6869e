/**
 * The baseline: the same dataset drawn by Cytoscape.js with its dagre layout, as a Cytoscape user would build
 * it, with the same signals as our app (`first-node`, `layout-done` marks) and the same controls (a "Filters"
 * panel of kind checkboxes, a "Search the map" box), so the runner drives both pages alike.
 *
 * - Filter: a kind's nodes get `display: none` in one batch (their edges hide with them); positions are kept,
 *   as a Cytoscape user toggling a layer would do rather than re-running dagre.
 * - Search: nodes whose "code label" contains the query (lower case) get the class `match`.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import type { Dataset } from '../../src/model/schema';
import type { BaselineApi } from '../protocol';
import { dagreOptions, elementsOf, STYLE } from './graph';

cytoscape.use(dagre);
cytoscape.use(svg);

const dataset = (await (await fetch('./dataset.json')).json()) as Dataset;
const container = document.getElementById('cy') as HTMLElement;
const cy = cytoscape({
  container,
  elements: elementsOf(dataset),
  style: STYLE,
  layout: { name: 'preset' },
  minZoom: 0.03,
  maxZoom: 2.5,
  autoungrabify: true,
  boxSelectionEnabled: false,
});

const started = performance.now();
cy.layout(dagreOptions()).run();
const layoutMs = performance.now() - started;

// First view as on our map: all columns across the width from the top, or the whole map when it fits.
const bb = cy.elements().boundingBox();
const { clientWidth: width, clientHeight: height } = container;
const zoom = Math.min(1.1, Math.max(0.2, (width - 40) / Math.max(1, bb.w)));
if (bb.h * zoom <= height - 20) cy.fit(undefined, 0.04 * Math.min(width, height));
else cy.viewport({ zoom, pan: { x: (width - bb.w * zoom) / 2 - bb.x1 * zoom, y: 12 - bb.y1 * zoom } });

// Nothing is drawn before the layout, so the first frame drawn shows both.
cy.one('render', () => {
  performance.mark('first-node');
  performance.mark('layout-done', { detail: { nodes: cy.nodes().length } });
});

const filters = document.getElementById('filters') as HTMLFieldSetElement;
const button = document.getElementById('filters-button') as HTMLButtonElement;
button.addEventListener('click', () => {
  filters.hidden = !filters.hidden;
  button.setAttribute('aria-expanded', String(!filters.hidden));
});
for (const kind of dataset.kinds) {
  const count = dataset.nodes.filter((n) => n.kind === kind.id).length;
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = true;
  box.addEventListener('change', () => {
    cy.batch(() => {
      cy.nodes(`[kind = "${kind.id}"]`).style('display', box.checked ? 'element' : 'none');
    });
  });
  label.append(box, ` ${kind.plural} ${count}`);
  filters.append(label);
}

const search = document.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
search.addEventListener('input', () => {
  const query = search.value.trim().toLowerCase();
  cy.batch(() => {
    cy.nodes('.match').removeClass('match');
    if (query)
      cy.nodes()
        .filter((n) => (n.data('search') as string).includes(query))
        .addClass('match');
  });
});

const api: BaselineApi = {
  layoutMs,
  positions: () => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
  exportSvg: () => {
    const t = performance.now();
    const text = (cy as unknown as { svg(options: { full: boolean }): string }).svg({ full: true });
    return { ms: performance.now() - t, bytes: new TextEncoder().encode(text).length };
  },
  viewport: () => ({ ...cy.pan(), zoom: cy.zoom() }),
};
Object.assign(window, { bench: api, cy });
