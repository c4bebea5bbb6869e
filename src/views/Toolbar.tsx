import { useRef } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { loadDatasetText } from '../store/loadDataset';
import { SearchBox } from './SearchBox';
import { ExportLauncher } from './ExportLauncher';
import { ToolbarMore } from './ToolbarMore';

const selectTitle = (s: AppState) => s.dataset?.meta.title ?? '';
const selectViewMode = (s: AppState) => s.viewMode;
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
    loadDatasetText(await file.text(), file.name);
  };
  return (
    <header className="toolbar">
      <h1 className="brand">Strategy Map</h1>
      {title ? <span className="dataset-title">{title}</span> : null}
      <div className="view-switch" role="group" aria-label="View">
        {(['map', 'table'] as const).map((mode) => (
          <button key={mode} type="button" aria-pressed={viewMode === mode} onClick={() => setViewMode(mode)}>
            {mode === 'map' ? 'Map' : 'Table'}
          </button>
        ))}
      </div>
      <SearchBox />
      <div className="toolbar-actions">
        <button type="button" aria-expanded={filtersOpen} aria-controls="filter-panel" onClick={onToggleFilters}>
          Filters
        </button>
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
