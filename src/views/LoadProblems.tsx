import { useAppStore, type AppState } from '../store/store';
import { formatProblem } from '../model/problems';
import { CappedList } from './CappedList';

const selectFailure = (s: AppState) => s.loadFailure;
const selectHasData = (s: AppState) => s.dataset !== null;
const selectDismiss = (s: AppState) => s.dismissLoadFailure;
const SHOWN = 20;

/** Says why a file was refused, where each problem is, and that the data in use is unchanged. */
export function LoadProblems() {
  const failure = useAppStore(selectFailure);
  const hasData = useAppStore(selectHasData);
  const dismiss = useAppStore(selectDismiss);
  if (!failure) return null;
  const errors = failure.problems.filter((p) => p.severity === 'error');
  return (
    <section className="load-problems" role="alert" aria-labelledby="load-problems-title">
      <h2 id="load-problems-title">
        {failure.file} was not loaded: {errors.length} problem{errors.length === 1 ? '' : 's'}
      </h2>
      <p>{hasData ? 'The map still shows the dataset you had open; nothing was changed.' : 'No dataset is open.'}</p>
      <CappedList
        items={errors}
        shown={SHOWN}
        noun="problems"
        render={(p) => <code>{formatProblem(failure.file, p)}</code>}
      />
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
