/**
 * The presenter window, for a second screen: the current and the next step with their notes, a step counter,
 * and buttons (and the same keys) that move the presentation on, all over the BroadcastChannel.
 */
import { useEffect, useRef, useState } from 'react';
import { presenterKey, type PresenterKey } from '../model/presentation';
import { openChannel, type ToNotes, type ToPresenter } from './presenterChannel';
import './meetings.css';

export function PresenterNotes() {
  const [state, setState] = useState<ToNotes | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    document.title = 'Presenter notes — Strategy Map';
    const ch = openChannel();
    channel.current = ch;
    if (!ch) return;
    ch.onmessage = (event: MessageEvent<ToNotes>) => setState(event.data);
    ch.postMessage({ type: 'hello' } satisfies ToPresenter);
    const onKey = (event: KeyboardEvent) => {
      const to = presenterKey(event.key, event.shiftKey);
      if (!to || to === 'leave') return;
      event.preventDefault();
      ch.postMessage({ type: 'go', to } satisfies ToPresenter);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      ch.close();
      channel.current = null;
    };
  }, []);

  const send = (to: PresenterKey) => channel.current?.postMessage({ type: 'go', to } satisfies ToPresenter);

  if (!state || state.type === 'ended')
    return (
      <main className="notes-window">
        <h1>Presenter notes</h1>
        <p>
          {state?.type === 'ended'
            ? 'The presentation has ended.'
            : 'Waiting for the presentation: choose Present in the Strategy Map window.'}
        </p>
      </main>
    );
  const current = state.steps[state.step];
  const next = state.steps[state.step + 1];
  return (
    <main className="notes-window">
      <p className="notes-counter" aria-live="polite">
        Step {state.step + 1} of {state.steps.length}
        {state.stage !== null && state.stages > 0 ? ` · reveal ${state.stage + 1} of ${state.stages}` : ''}
      </p>
      <section aria-label="Current step" className="notes-current">
        <h1>{current?.name}</h1>
        <p className="notes-note">{current?.note || 'No note for this step.'}</p>
      </section>
      <section aria-label="Next step" className="notes-next">
        <h2>Next: {next ? next.name : 'end of the presentation'}</h2>
        {next?.note ? <p className="notes-note">{next.note}</p> : null}
      </section>
      <div className="notes-buttons">
        <button type="button" onClick={() => send('previous')}>
          ‹ Previous
        </button>
        <button type="button" onClick={() => send('next')}>
          Next ›
        </button>
        <button type="button" onClick={() => send('leave')}>
          End presentation
        </button>
      </div>
    </main>
  );
}
