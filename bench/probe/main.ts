/**
 * Probe page: runs our pure layout as the app does (`orderDataset` of the whole dataset, then `placeLayers` of
 * what the default filters show, as the layout worker does) and the SVG export on `./dataset.json`, in the same
 * Chromium as the app, so "layout alone" compares with dagre there.
 */
import type { Dataset } from '../../src/model/schema';
import type { MapLayout } from '../../src/layout/types';
import { layoutMap } from '../../src/layout/layoutMap';
import type { ProbeApi, SvgResult } from '../protocol';
import { shownByDefault } from '../shown';

/** `exportSvg` of src/export/svg.ts, as far as the probe uses it. */
type ExportSvg = (input: { dataset: Dataset; visible: Pick<Dataset, 'nodes' | 'links'>; layout: MapLayout }) => string;
// The export may not be there yet in every checkout; the glob is empty then.
const exporters = import.meta.glob<ExportSvg>('../../src/export/svg.ts', { import: 'exportSvg' });

const api: ProbeApi = {
  async run() {
    const dataset = (await (await fetch('./dataset.json')).json()) as Dataset;
    const load = Object.values(exporters)[0];
    const exportSvg = load ? await load() : null;
    const shown = shownByDefault(dataset);
    const started = performance.now();
    const layout = layoutMap({ dataset, visible: shown });
    const layoutMs = performance.now() - started;
    let svg: SvgResult | null = null;
    if (exportSvg) {
      const t = performance.now();
      const text = exportSvg({ dataset, visible: shown, layout });
      svg = { ms: performance.now() - t, bytes: new TextEncoder().encode(text).length };
    }
    return { layoutMs, crossings: layout.crossings, svg };
  },
};
(window as unknown as { bench: ProbeApi }).bench = api;
