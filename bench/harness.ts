/**
 * The in-page measuring harness, injected into both pages before any of their scripts (`addInitScript`), so it
 * is self-contained: it must not close over anything in this module.
 *
 * - Interaction latency: from the input event's `timeStamp` (capture phase, before the page's handlers) to the
 *   animation frame in which the change is drawn: for our DOM map, the first frame after the DOM shows it (a
 *   MutationObserver, then `requestAnimationFrame`); for Cytoscape's canvas, the frame it draws (its `render`
 *   event fires while it draws).
 * - Frame times: `requestAnimationFrame` timestamps while a scripted pan and zoom runs.
 * - Long tasks: a `PerformanceObserver` on `longtask` (tasks over 50 ms), from page start.
 */
import type { Harness, UpdateSignal } from './protocol';

export function installHarness(): void {
  const longTasks: Harness['longTasks'] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the count stays empty.
  }

  const drawn = (until: UpdateSignal): boolean => {
    if (until.type === 'column') {
      const header = document.querySelector<HTMLElement>(`.react-flow__node[data-id="column:${until.kind}"]`);
      const busy = document.querySelector('[data-testid="map-view"]')?.getAttribute('aria-busy') === 'true';
      if (busy) return false;
      if (!until.shown) return header === null && document.querySelector(`[data-kind="${until.kind}"]`) === null;
      return header !== null && getComputedStyle(header).visibility !== 'hidden';
    }
    return false;
  };
  const searchState = () =>
    `${document.querySelectorAll('.mnode-match').length}|${document.querySelector('[role="listbox"][aria-label="Search results"]')?.textContent ?? ''}`;

  let frames: number[] | null = null;
  let dom: number[] = [];
  const all = document.getElementsByTagName('*');
  const tick = (t: number) => {
    if (!frames) return;
    frames.push(t);
    if (frames.length % 10 === 1) dom.push(all.length);
    requestAnimationFrame(tick);
  };

  const harness: Harness = {
    longTasks,
    pending: null,
    arm(event, until) {
      harness.pending = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no update drawn within 15 s (${JSON.stringify(until)})`)),
          15_000,
        );
        const onEvent = (e: Event) => {
          window.removeEventListener(event, onEvent, true);
          const start = e.timeStamp;
          const done = () => {
            clearTimeout(timer);
            // A measure per interaction: `bench/profile.ts --windows` reads what ran inside it from the trace.
            performance.measure('bench-interaction', { start, end: performance.now() });
            resolve(performance.now() - start);
          };
          if (until.type === 'cy-render') {
            (window as unknown as { cy: { one(name: string, f: () => void): void } }).cy.one('render', done);
            return;
          }
          const before = searchState();
          const check = () => {
            const ok = until.type === 'search' ? searchState() !== before : drawn(until);
            if (!ok) return;
            observer.disconnect();
            requestAnimationFrame(done);
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        };
        window.addEventListener(event, onEvent, true);
      });
    },
    startFrames() {
      frames = [];
      dom = [];
      requestAnimationFrame(tick);
      return performance.now();
    },
    stopFrames() {
      const out = frames ?? [];
      frames = null;
      return out;
    },
    domCounts() {
      return dom;
    },
  };
  (window as unknown as { __bench: Harness }).__bench = harness;
}
