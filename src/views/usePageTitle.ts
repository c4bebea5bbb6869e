import { useEffect } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { viewTitle } from '../model/viewTitle';
import { matchingViewId } from '../store/savedViewsStore';

const selectTitle = (s: AppState) =>
  s.dataset
    ? viewTitle(s.dataset, {
        filters: s.filters,
        focus: s.focusId,
        table: s.viewMode === 'table',
        viewName: s.dataset.views.find((v) => v.id === matchingViewId(s))?.name ?? null,
      })
    : viewTitle({ nodes: [] }, { filters: s.filters, focus: null });

/** Keeps `document.title` on what the view shows, so tabs, bookmarks and history entries tell views apart. */
export function usePageTitle() {
  const title = useAppStore(selectTitle);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
