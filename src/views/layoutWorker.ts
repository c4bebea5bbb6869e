/**
 * Starts the layout worker. The offline single-file build (vite.offline.config.ts) swaps this module for
 * `layoutWorker.inline.ts`, whose worker code travels inside the page.
 */
export function createLayoutWorker(): Worker {
  return new Worker(new URL('../layout/layout.worker.ts', import.meta.url), { type: 'module' });
}
