import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { displayName, type GraphIndex } from '../model/graph';
import { passesAttributes, type Filters } from '../model/filters';
import { searchNodes } from '../model/search';
import {
  selectFilterOptions,
  selectIndex,
  selectOptionCounts,
  selectUnlinkedCount,
  selectVisible,
} from '../store/selectors';
import { sortPeriods } from '../model/cycles';
import type { ListFilter } from '../store/filterSlice';
import { useAppStore, type AppState } from '../store/store';
import { SearchHitOption } from './SearchHitOption';
import './filters.css';
import './answers.css';

const selectFilters = (s: AppState) => s.filters;
const selectShown = (s: AppState) => selectVisible(s).nodes.length;
const selectTotal = (s: AppState) => s.dataset?.nodes.length ?? 0;
const selectToggleOption = (s: AppState) => s.toggleOption;
const selectSetFilters = (s: AppState) => s.setFilters;
const selectResetFilters = (s: AppState) => s.resetFilters;

const BASIS_LABELS: Record<string, string> = { official: 'Official', derived: 'Derived', proposed: 'Proposed' };
const CONFIDENCE_LABELS: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export interface FilterPanelProps {
  /** For the toolbar button's `aria-controls`. @default 'filter-panel' */
  id?: string;
}

/**
 * Narrows the map: columns, period, sector, region, link basis, confidence, a scope ("only what connects to …")
 * and hiding unlinked nodes. Each option shows how many nodes it keeps (see `countOptions`).
 */
export function FilterPanel({ id = 'filter-panel' }: FilterPanelProps) {
  const index = useAppStore(selectIndex);
  const filters = useAppStore(selectFilters);
  const options = useAppStore(selectFilterOptions);
  const counts = useAppStore(selectOptionCounts);
  const shown = useAppStore(selectShown);
  const unlinked = useAppStore(selectUnlinkedCount);
  const total = useAppStore(selectTotal);
  const setFilters = useAppStore(selectSetFilters);
  const resetFilters = useAppStore(selectResetFilters);
  if (!index || !options || !counts) return null;
  const kindLabels = Object.fromEntries(index.dataset.kinds.map((k) => [k.id, k.plural]));
  const plain = (o: string) => o;

  return (
    <aside id={id} className="filter-panel" aria-label="Filters">
      <div className="filter-head">
        <h2>Filters</h2>
        <button type="button" onClick={resetFilters}>
          Reset filters
        </button>
      </div>
      <p className="filter-summary" role="status">
        {shown} of {total} nodes shown
      </p>
      <OptionGroup
        legend="Columns"
        filter="kinds"
        options={options.kinds}
        label={(k) => kindLabels[k] ?? k}
        selected={filters.kinds}
        counts={counts.kinds}
      />
      <fieldset className="filter-group period-mode">
        <legend>Period means</legend>
        <label className="filter-option">
          <input
            type="radio"
            name="period-mode"
            checked={filters.periodMode !== 'adopted'}
            onChange={() => setFilters({ periodMode: 'active' })}
          />
          active during the period
        </label>
        <label className="filter-option">
          <input
            type="radio"
            name="period-mode"
            checked={filters.periodMode === 'adopted'}
            onChange={() => setFilters({ periodMode: 'adopted' })}
          />
          adopted for this cycle
        </label>
      </fieldset>
      <OptionGroup
        legend="Period"
        filter="periods"
        options={sortPeriods(options.periods)}
        label={plain}
        selected={filters.periods}
        counts={counts.periods}
      />
      <OptionGroup
        legend="Sector"
        filter="sectors"
        options={options.sectors}
        label={plain}
        selected={filters.sectors}
        counts={counts.sectors}
      />
      <OptionGroup
        legend="Region"
        filter="regions"
        options={options.regions}
        label={plain}
        selected={filters.regions}
        counts={counts.regions}
      />
      <OptionGroup
        legend="Link basis"
        filter="bases"
        options={options.bases}
        label={(b) => BASIS_LABELS[b] ?? b}
        selected={filters.bases}
        counts={counts.bases}
      />
      <OptionGroup
        legend="Confidence"
        filter="confidences"
        options={options.confidences}
        label={(c) => CONFIDENCE_LABELS[c] ?? c}
        selected={filters.confidences}
        counts={counts.confidences}
      />
      <ScopePicker index={index} filters={filters} />
      <label className="filter-toggle">
        <input
          type="checkbox"
          checked={filters.hideUnlinked}
          onChange={(e) => setFilters({ hideUnlinked: e.target.checked })}
        />
        Hide nodes left without links{' '}
        <span className="filter-count" title="Nodes that the other filters leave without links">
          ({unlinked})
        </span>
      </label>
    </aside>
  );
}

interface OptionGroupProps {
  legend: string;
  filter: ListFilter;
  options: readonly string[];
  label: (option: string) => string;
  selected: Filters[ListFilter];
  counts: ReadonlyMap<string, number>;
}

/**
 * One filter as a fieldset of checkboxes, "Africa (23)", each with an "only" button that chooses it alone in one
 * click; hidden when the dataset offers no options.
 */
function OptionGroup({ legend, filter, options, label, selected, counts }: OptionGroupProps) {
  const toggleOption = useAppStore(selectToggleOption);
  const setFilters = useAppStore(selectSetFilters);
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((option) => {
        const count = counts.get(option) ?? 0;
        const alone = selected !== null && selected.length === 1 && (selected as readonly string[])[0] === option;
        return (
          <div key={option} className="filter-option-row">
            <label className={count === 0 ? 'filter-option is-empty' : 'filter-option'}>
              <input
                type="checkbox"
                checked={selected === null || (selected as readonly string[]).includes(option)}
                onChange={() => toggleOption(filter, option)}
              />
              <span>{label(option)}</span> <span className="filter-count">({count})</span>
            </label>
            {options.length > 1 && !alone ? (
              <button
                type="button"
                className="only-button"
                aria-label={`Only ${label(option)}`}
                title={`Show only ${label(option)}`}
                onClick={() => setFilters({ [filter]: [option] } as Partial<Filters>)}
              >
                only
              </button>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

const selectAddToScope = (s: AppState) => s.addToScope;
const selectRemoveFromScope = (s: AppState) => s.removeFromScope;

/** "Only what connects to …": a search to add nodes, and a removable chip per scope node. */
function ScopePicker({ index, filters }: { index: GraphIndex; filters: Filters }) {
  const addToScope = useAppStore(selectAddToScope);
  const removeFromScope = useAppStore(selectRemoveFromScope);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const listId = useId();
  const { scope } = filters;
  // Offer nodes the other filters keep: a scope node they hide would keep nothing.
  const hits = useMemo(
    () =>
      searchNodes(index, query, 100)
        .filter((h) => {
          const node = index.nodeById.get(h.id);
          return node !== undefined && !filters.scope.includes(h.id) && passesAttributes(filters, node);
        })
        .slice(0, 8),
    [index, query, filters],
  );
  const expanded = query.trim() !== '' && hits.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  const add = (id: string) => {
    addToScope(id);
    setQuery('');
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && hits.length > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      const hit = hits[Math.max(active, 0)];
      if (hit) {
        e.preventDefault();
        add(hit.id);
      }
    } else if (e.key === 'Escape') {
      setQuery('');
      setActive(-1);
    }
  };

  return (
    <fieldset className="filter-group scope-picker">
      <legend>Only what connects to…</legend>
      {scope.length > 0 ? (
        <ul className="scope-chips" aria-label="Scope">
          {scope.map((id) => {
            const node = index.nodeById.get(id);
            const name = node ? displayName(node) : id;
            return (
              <li key={id} className="scope-chip">
                <span>{name}</span>
                <button type="button" aria-label={`Remove ${name} from scope`} onClick={() => removeFromScope(id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="filter-hint">Pick nodes to keep only their upstream and downstream chains.</p>
      )}
      <input
        type="text"
        role="combobox"
        aria-label="Add a node to the scope"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder="Add a node…"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        role="listbox"
        id={listId}
        aria-label="Nodes to add"
        className="search-results scope-results"
        hidden={!expanded}
      >
        {expanded
          ? hits.map((hit, i) => (
              <SearchHitOption
                key={hit.id}
                index={index}
                nodeId={hit.id}
                id={optionId(i)}
                active={i === active}
                onChoose={add}
              />
            ))
          : null}
      </ul>
    </fieldset>
  );
}
