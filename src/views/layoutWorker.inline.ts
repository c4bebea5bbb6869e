/**
 * The layout worker for the offline single-file build: its code is inlined in the page and started from a blob
 * URL, so it runs from `file://` with no server (a worker file next to the page would be refused there).
 */
import InlineLayoutWorker from '../layout/layout.worker.ts?worker&inline';

export function createLayoutWorker(): Worker {
  return new InlineLayoutWorker();
}
