import { useRef } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { loadDatasetFile } from '../store/loadDataset';
import { SearchBox } from './SearchBox';
import { ExportLauncher } from './ExportLauncher';
import { ToolbarMore } from './ToolbarMore';
import { SaveViewButton, ViewsButton } from './SavedViews';
import { PresentButton } from './Presenter';

const selectTitle = (s: AppState) => s.dataset?.meta.title ?? '';
const selectViewMode = (s: AppState) => s.viewMode;
const VIEW_MODES = [
  ['map', 'Map'],
  ['table', 'Table'],
  ['matrix', 'Matrix'],
  ['coverage', 'Coverage'],
] as const;
const selectSetViewMode = (s: AppState) => s.setViewMode;

export interface ToolbarProps {
  filtersOpen: boolean;
  onToggleFilters: () => void;
}

export function Toolbar({ filtersOpen, onToggleFilters }: ToolbarProps) {
  const title = useAppStore(selectTitle);
  const viewMode = useAppStore(selectViewMode);
  const setViewMode = useAppStore(selectSetViewMode);
  const fileInput = useRef<HTMLInputElement>(null);
  const openFile = async (file: File) => {
    // Another map: start on its own first view, not on the camera of the map it replaces.
    if (await loadDatasetFile(file, file.name)) useAppStore.getState().setViewport(null);
  };
  return (
    <header className="toolbar">
      <h1 className="brand">Strategy Map</h1>
      {title ? (
        <span className="dataset-title" title={title}>
          {title}
        </span>
      ) : null}
      <div className="view-switch" role="group" aria-label="View">
        {VIEW_MODES.map(([mode, label]) => (
          <button key={mode} type="button" aria-pressed={viewMode === mode} onClick={() => setViewMode(mode)}>
            {label}
          </button>
        ))}
      </div>
      <SearchBox />
      <div className="toolbar-actions">
        <button type="button" aria-expanded={filtersOpen} aria-controls="filter-panel" onClick={onToggleFilters}>
          Filters
        </button>
        <SaveViewButton />
        <ViewsButton />
        <PresentButton />
        <ExportLauncher />
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open dataset…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Dataset file"
          data-testid="dataset-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = '';
          }}
        />
        <ToolbarMore />
      </div>
    </header>
  );
}
