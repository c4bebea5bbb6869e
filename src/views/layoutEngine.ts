/** The app's layout engine: the map, the export dialog and printing all lay out through this one instance. */
import { createLayoutEngine, type LayoutWorker } from '../layout/engine';
import { createLayoutWorker } from './layoutWorker';
import { rememberedOrders } from '../store/rememberedOrders';

export const layoutEngine = createLayoutEngine({
  // Checked at each start, not once: where there are no workers the map says so. A Worker posts MessageEvents,
  // which carry the `data` the engine reads.
  createWorker: () => (typeof Worker === 'undefined' ? null : (createLayoutWorker() as unknown as LayoutWorker)),
  // Refined orders of small maps, from the built-in dataset's build and from earlier openings in this browser.
  orderStore: rememberedOrders,
});
