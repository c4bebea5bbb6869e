/**
 * The one store of the app, by concern (zustand slices pattern): each slice owns its fields and changes only
 * them; changes that cross concerns are the named actions of actions.ts, made in one update.
 *
 * | slice   | fields                                   | file            |
 * |---------|------------------------------------------|-----------------|
 * | dataset | dataset, past, future (undo/redo)        | dataSlice.ts    |
 * | filters | filters, search                          | filterSlice.ts  |
 * | focus   | focusId, revealRequest                   | focusSlice.ts   |
 * | view    | viewMode, viewport                       | viewSlice.ts    |
 * | notices | loadFailure, urlNotice                   | noticeSlice.ts  |
 * | work    | baseline, workCopy (local map, autosave) | workSlice.ts    |
 */
import { create } from 'zustand';
import { createAppActions, type AppActions } from './actions';
import { createDataSlice, type DatasetSlice } from './dataSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createFocusSlice, type FocusSlice } from './focusSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createWorkSlice, type WorkSlice } from './workSlice';

export type AppState = DatasetSlice & FilterSlice & FocusSlice & ViewSlice & NoticeSlice & WorkSlice & AppActions;

export const useAppStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createFilterSlice(...a),
  ...createFocusSlice(...a),
  ...createViewSlice(...a),
  ...createNoticeSlice(...a),
  ...createWorkSlice(...a),
  ...createAppActions(...a),
}));

/** Initial state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
