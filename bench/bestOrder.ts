/**
 * The best order we can find for the built-in opening view, offline, to say how far the map's order is from it:
 * `npx tsx bench/bestOrder.ts [starts]` (default 3,000). The view alone (the nodes the app opens on and the links
 * among them) is swept from many seeded shuffled starts, each sifted to its end; prints the fewest crossings
 * found, how many starts reached it, and the map's own count for comparison. No proof of optimality: an upper
 * bound on the best possible.
 */
import { openingNodes, orderDataset, orderInputOf } from '../src/layout/layoutMap';
import { coreOf, siftOrder, sweepStarts } from '../src/layout/order';
import { placeLayers } from '../src/layout/place';
import { datasetFor } from './datasets';
import { shownByDefault } from './shown';

const starts = Number(process.argv[2] ?? 3000);
const today = new Date();
const dataset = datasetFor('itu');
const view = coreOf(orderInputOf(dataset), openingNodes(dataset, today));
const shown = shownByDefault(dataset, today);
const ours = placeLayers({
  kinds: dataset.kinds,
  nodes: shown.nodes,
  links: shown.links,
  order: orderDataset(dataset, { today }),
}).crossings;

const started = performance.now();
const counts = new Map<number, number>();
let best = Infinity;
const batch = 100;
for (let from = 0; from < starts; from += batch) {
  const orders = sweepStarts(view, 12, null, Math.min(batch, starts - from), from);
  for (const order of orders) {
    const sifted = siftOrder(view, order.layers, null, Number.MAX_SAFE_INTEGER).crossings;
    counts.set(sifted, (counts.get(sifted) ?? 0) + 1);
    best = Math.min(best, sifted);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const spread = [...counts.entries()].sort((a, b) => a[0] - b[0]).slice(0, 5);
console.log(
  `built-in opening view: ${view.nodes.length} nodes, ${view.links.length} links; the map's order: ${ours} crossings`,
);
console.log(`best of ${starts} starts (swept and sifted, ${seconds} s): ${best} crossings`);
console.log(`fewest counts reached (crossings: starts): ${spread.map(([c, n]) => `${c}: ${n}`).join(', ')}`);
