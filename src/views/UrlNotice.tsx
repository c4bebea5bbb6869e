import { useAppStore, type AppState } from '../store/store';
import './filters.css';
import { CappedList } from './CappedList';

const selectNotice = (s: AppState) => s.urlNotice;
const selectDismiss = (s: AppState) => s.dismissUrlNotice;

/** Says what an opened link could not use (unknown nodes, a cut-off link …); the rest of it was applied. */
export function UrlNotice() {
  const notice = useAppStore(selectNotice);
  const dismiss = useAppStore(selectDismiss);
  return (
    <div role="status" className="url-notice-region">
      {notice ? (
        <div className="url-notice">
          <p>
            <strong>Part of this link could not be used.</strong> The rest of the view was applied; these were ignored:
          </p>
          <CappedList items={notice} noun="ignored settings" render={(message) => message} />
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
