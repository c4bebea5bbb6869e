import { lazy, Suspense, useMemo, useState } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { selectVisible } from '../store/selectors';
import { describeView } from '../export/viewSummary';
import { layoutEngine } from './layoutEngine';

// The dialog and its page planning load when it first opens (they are not needed to show the map).
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

const selectDataset = (s: AppState) => s.dataset;
const selectFilters = (s: AppState) => s.filters;
const selectFocus = (s: AppState) => s.focusId;
const selectViewport = (s: AppState) => s.viewport;
const selectChain = (s: AppState) => s.chainOptions;

/** Size of the map's area on screen, for "what is on screen". */
function mapAreaSize(): { width: number; height: number } | null {
  const el = document.querySelector('.react-flow');
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : null;
}

/** The toolbar's Export… button and its dialog; the export is drawn from data, never from the screen. */
export function ExportLauncher() {
  const [open, setOpen] = useState(false);
  const dataset = useAppStore(selectDataset);
  const chain = useAppStore(selectChain);
  const visible = useAppStore(selectVisible);
  const filters = useAppStore(selectFilters);
  const focus = useAppStore(selectFocus);
  const viewport = useAppStore(selectViewport);
  const layout = useMemo(
    () => (open && dataset ? layoutEngine.layoutNow(dataset, visible) : null),
    [open, dataset, visible],
  );
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!dataset} aria-haspopup="dialog">
        Export…
      </button>
      {dataset && layout ? (
        <Suspense fallback={null}>
          <ExportDialog
            open={open}
            onClose={() => setOpen(false)}
            dataset={dataset}
            visible={visible}
            layout={layout}
            focus={focus}
            filterSummary={describeView(dataset, filters, focus)}
            filters={filters}
            chain={chain}
            viewport={open && viewport && mapAreaSize() ? { ...viewport, ...mapAreaSize()! } : null}
          />
        </Suspense>
      ) : null}
    </>
  );
}
