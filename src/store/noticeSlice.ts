/** What the app has to tell people: a refused file, what a link could not use. */
import type { StateCreator } from 'zustand';
import type { Problem } from '../model/problems';
import type { AppState } from './store';

export interface LoadFailure {
  /** File name or URL that was being loaded. */
  file: string;
  problems: Problem[];
}

export interface NoticeFields {
  /** The last load that was refused; the dataset in use stays as it was. */
  loadFailure: LoadFailure | null;
  /** What a link opened in the address bar could not use; null when there is nothing to say. */
  urlNotice: string[] | null;
}

export interface NoticeSlice extends NoticeFields {
  failLoad: (failure: LoadFailure) => void;
  dismissLoadFailure: () => void;
  setUrlNotice: (notice: string[] | null) => void;
  dismissUrlNotice: () => void;
}

export const noticeUpdates = {
  /** Another dataset is open: earlier notices were about the one before. */
  cleared: (): NoticeFields => ({ loadFailure: null, urlNotice: null }),
};

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  loadFailure: null,
  urlNotice: null,
  failLoad: (loadFailure) => set({ loadFailure }),
  dismissLoadFailure: () => set({ loadFailure: null }),
  setUrlNotice: (urlNotice) => set({ urlNotice }),
  dismissUrlNotice: () => set({ urlNotice: null }),
});
