import { lazy, Suspense, useMemo, useState } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { selectVisible } from '../store/selectors';
import type { Dataset } from '../model/schema';
import { Toolbar } from '../views/Toolbar';
import { LoadProblems } from '../views/LoadProblems';
import { UrlNotice } from '../views/UrlNotice';
import { MapView } from '../views/MapView';
import { TableView } from '../views/TableView';
import { DetailPanel } from '../views/DetailPanel';
import { FilterPanel } from '../views/FilterPanel';
import { Announcer } from '../views/Announcer';
import { useEscapeClearsFocus } from '../views/useEscapeClearsFocus';
import { usePageTitle } from '../views/usePageTitle';
import { PrintMap } from '../views/PrintMap';
import { Presenter } from '../views/Presenter';
import { EditBar } from '../views/EditBar';
import { ImportHost } from '../views/ImportHost';
import { RestoreOffer } from '../views/RestoreOffer';

// The matrix and coverage views load when first chosen (the map opens without them).
const MatrixView = lazy(() => import('../views/MatrixView').then((m) => ({ default: m.MatrixView })));
const CoverageView = lazy(() => import('../views/CoverageView').then((m) => ({ default: m.CoverageView })));

const selectDataset = (s: AppState) => s.dataset;
const selectViewMode = (s: AppState) => s.viewMode;

/** Composition only: the views read what they need from the store. */
export function App() {
  const dataset = useAppStore(selectDataset);
  const [filtersOpen, setFiltersOpen] = useState(false);
  usePageTitle();
  return (
    <div className="app">
      <Toolbar filtersOpen={filtersOpen} onToggleFilters={() => setFiltersOpen((open) => !open)} />
      <EditBar />
      <RestoreOffer />
      <LoadProblems />
      <UrlNotice />
      <ImportHost />
      {dataset === null ? (
        <main className="app-main" aria-busy="true">
          <p className="loading">Loading the built-in ITU dataset…</p>
        </main>
      ) : (
        <Workspace dataset={dataset} filtersOpen={filtersOpen} />
      )}
    </div>
  );
}

function Workspace({ dataset, filtersOpen }: { dataset: Dataset; filtersOpen: boolean }) {
  const viewMode = useAppStore(selectViewMode);
  const visible = useAppStore(selectVisible);
  const visibleIds = useMemo(() => new Set(visible.nodes.map((n) => n.id)), [visible]);
  useEscapeClearsFocus();
  return (
    <div className="app-body">
      {filtersOpen ? <FilterPanel id="filter-panel" /> : null}
      <main className="app-main" data-testid="app-ready">
        {viewMode === 'map' ? (
          <MapView dataset={dataset} visible={visible} />
        ) : viewMode === 'matrix' ? (
          <Suspense fallback={<p className="view-loading">Loading the matrix…</p>}>
            <MatrixView dataset={dataset} />
          </Suspense>
        ) : viewMode === 'coverage' ? (
          <Suspense fallback={<p className="view-loading">Loading the coverage table…</p>}>
            <CoverageView dataset={dataset} visible={visible} />
          </Suspense>
        ) : (
          <TableView dataset={dataset} visible={visible} />
        )}
      </main>
      <DetailPanel dataset={dataset} visibleIds={visibleIds} />
      <Announcer dataset={dataset} visible={visible} />
      <PrintMap />
      <Presenter />
    </div>
  );
}
