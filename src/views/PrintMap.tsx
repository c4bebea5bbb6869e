/**
 * What Ctrl+P prints: the visible map drawn by the SVG exporter (title, subtitle naming the filters, legend, source
 * footer; print theme), fitted to one landscape page by the print stylesheet. Drawn just before printing, from
 * data, so the toolbar, minimap and panels never reach the paper.
 */
import { useEffect, useRef } from 'react';
import { exportSvg } from '../export/svg';
import { describeView } from '../export/viewSummary';
import { selectVisible } from '../store/selectors';
import { useAppStore } from '../store/store';
import { layoutEngine } from './layoutEngine';
import './meetings.css';

/** The SVG document for the current view, as printed. */
export function printSvg(): string {
  const state = useAppStore.getState();
  const dataset = state.dataset;
  if (!dataset) return '';
  const visible = selectVisible(state);
  const layout = layoutEngine.layoutNow(dataset, visible);
  const svg = exportSvg({
    dataset,
    visible,
    layout,
    focus: state.focusId,
    chain: state.chainOptions,
    periods: state.filters.periods,
    options: { theme: 'print', subtitle: describeView(dataset, state.filters, state.focusId) },
  });
  // The XML declaration is for files; inside the page the <svg> element alone is wanted.
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

export function PrintMap() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = () => {
      // Our own exporter's markup, every text escaped there: never user HTML.
      if (host.current) host.current.innerHTML = printSvg();
    };
    const after = () => {
      if (host.current) host.current.innerHTML = '';
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return <div ref={host} className="print-map" data-testid="print-map" aria-hidden="true" />;
}
