/**
 * Performance marks read by the benchmark (`npm run bench`), once per dataset: `first-node` in the animation
 * frame in which the first node of the map is drawn, and `layout-done` in the frame in which the dataset's layout
 * is on screen (its detail holds the node count and the crossings left). Nothing reads them in normal use.
 */
import { useEffect } from 'react';
import type { Dataset } from '../model/schema';
import type { MapLayout } from '../layout/types';

const marked = new WeakSet<Dataset>();

export function usePerfMarks(dataset: Dataset, layout: MapLayout | null): void {
  useEffect(() => {
    if (!layout || marked.has(dataset)) return;
    let frame = 0;
    // The map draws nothing before its layout, so the frame that shows the first node also shows the layout.
    const waitForNode = () => {
      if (!document.querySelector('.react-flow .mnode')) {
        frame = requestAnimationFrame(waitForNode);
        return;
      }
      marked.add(dataset);
      performance.mark('first-node');
      performance.mark('layout-done', { detail: { nodes: layout.boxes.size, crossings: layout.crossings } });
    };
    frame = requestAnimationFrame(waitForNode);
    return () => cancelAnimationFrame(frame);
  }, [dataset, layout]);
}
