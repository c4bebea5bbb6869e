import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { countMatches, searchNodes } from '../model/search';
import { filtersShowing } from '../model/showHidden';
import { selectIndex, selectVisible } from '../store/selectors';
import { useAppStore, type AppState } from '../store/store';
import { SearchHitOption } from './SearchHitOption';
import './filters.css';

/** Results listed at most; every match is still marked on the map. */
const LIMIT = 20;

const selectSearch = (s: AppState) => s.search;
const selectSetSearch = (s: AppState) => s.setSearch;
const selectSetFocus = (s: AppState) => s.setFocus;
const selectSetViewMode = (s: AppState) => s.setViewMode;

/**
 * One box searching codes, titles, descriptions and translations. Arrow keys move through the results; Enter
 * (or a click) focuses the node on the map. Escape closes the list, then clears the box.
 */
const selectFiltersForSearch = (s: AppState) => s.filters;
const selectSetFiltersForSearch = (s: AppState) => s.setFilters;

export function SearchBox() {
  const index = useAppStore(selectIndex);
  const search = useAppStore(selectSearch);
  const setSearch = useAppStore(selectSetSearch);
  const setFocus = useAppStore(selectSetFocus);
  const setViewMode = useAppStore(selectSetViewMode);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const visible = useAppStore(selectVisible);
  const filters = useAppStore(selectFiltersForSearch);
  const setFilters = useAppStore(selectSetFiltersForSearch);
  // Only nodes on the map are offered (choosing one focuses it there); the others are counted.
  const { hits, total, hidden, hiddenIds } = useMemo(() => {
    if (!index) return { hits: [], total: 0, hidden: 0, hiddenIds: [] };
    const all = searchNodes(index, search, countMatches(index, search));
    const shown = all.filter((h) => visible.nodeIds.has(h.id));
    const hiddenIds = all.filter((h) => !visible.nodeIds.has(h.id)).map((h) => h.id);
    return { hits: shown.slice(0, LIMIT), total: shown.length, hidden: hiddenIds.length, hiddenIds };
  }, [index, search, visible]);
  const hasText = search.trim() !== '';
  const expanded = open && hasText && hits.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  const choose = (id: string) => {
    setFocus(id);
    setViewMode('map');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      const hit = hits[Math.max(active, 0)];
      if (hit) {
        e.preventDefault();
        choose(hit.id);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setSearch('');
      setActive(-1);
    }
  };

  return (
    <div className="search-box">
      <input
        type="text"
        role="combobox"
        aria-label="Search the map"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder="Search: Q3/2, cyber, AFR…"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul role="listbox" id={listId} aria-label="Search results" className="search-results" hidden={!expanded}>
        {expanded && index
          ? hits.map((hit, i) => (
              <SearchHitOption
                key={hit.id}
                index={index}
                nodeId={hit.id}
                id={optionId(i)}
                active={i === active}
                onChoose={choose}
              />
            ))
          : null}
        {expanded && (total > hits.length || hidden > 0) ? (
          <li role="presentation" className="search-more">
            {[
              total > hits.length ? `${total - hits.length} more marked on the map` : '',
              hidden > 0 ? `${hidden} hidden by the filters` : '',
            ]
              .filter(Boolean)
              .join('; ')}
          </li>
        ) : null}
      </ul>
      <p role="status" className={hasText && hits.length === 0 ? 'search-status' : 'sr-only'}>
        {hasText ? statusText(search.trim(), total, hidden) : ''}
      </p>
      {hasText && hidden > 0 && index ? (
        <button
          type="button"
          className="search-show-hidden"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setFilters(filtersShowing(index, filters, hiddenIds))}
        >
          Show the {hidden} hidden
        </button>
      ) : null}
    </div>
  );
}

/** "3 nodes match", or why nothing is listed: no match at all, or matches only among filtered-out nodes. */
function statusText(query: string, total: number, hidden: number): string {
  const hiddenNote = hidden > 0 ? `${hidden} hidden by the filters` : '';
  if (total === 0)
    return hidden > 0 ? `No node on the map matches “${query}” (${hiddenNote})` : `No node matches “${query}”`;
  const shown = `${total} ${total === 1 ? 'node matches' : 'nodes match'}`;
  return hidden > 0 ? `${shown}, ${hiddenNote}` : shown;
}
