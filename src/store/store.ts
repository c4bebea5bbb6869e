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
 * | camera  | camera (what is seen, in layout units)   | cameraSlice.ts  |
 * | present | presenting (step, reveal stage)          | presentSlice.ts |
 * | answers | chainOptions, coverage and matrix choices | answersSlice.ts |
 */
import { create } from 'zustand';
import { createAppActions, type AppActions } from './actions';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createFocusSlice, type FocusSlice } from './focusSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createCameraSlice, type CameraSlice } from './cameraSlice';
import { createPresentSlice, type PresentSlice } from './presentSlice';

export type AppState = DataSlice &
  FilterSlice &
  FocusSlice &
  ViewSlice &
  NoticeSlice &
  CameraSlice &
  PresentSlice &
  AnswersSlice &
  AppActions;
import { createAnswersSlice, type AnswersSlice } from './answersSlice';

export const useAppStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createFilterSlice(...a),
  ...createFocusSlice(...a),
  ...createViewSlice(...a),
  ...createNoticeSlice(...a),
  ...createCameraSlice(...a),
  ...createPresentSlice(...a),
  ...createAnswersSlice(...a),
  ...createAppActions(...a),
}));

/** Initial state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
