/**
 * Where the time goes in one interaction on our app: `npx tsx bench/profile.ts [SIZE] [pan|filter|search]
 * [--hide=SELECTOR] [--top=N]` (after a `npm run bench`, whose build it serves). Records a Chromium trace and a JS CPU
 * profile over CDP while the benchmark's own script runs, then prints busy time per thread (top events) and JS
 * self time per function. `--hide` hides part of the map with CSS first, to see what that part costs.
 */
import { launchChromium } from '../test/e2e/chromium';
import { preview } from 'vite';
import { datasetFor, parseSize, shownFor } from './datasets';
import * as pages from './pages';
import { percentile } from './stats';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const hide = process.argv.find((a) => a.startsWith('--hide='))?.slice('--hide='.length);
/** `--top=N`: trace events listed per thread. */
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice('--top='.length) ?? 5);
const size = parseSize(args[0] ?? '2000');
const what = args[1] ?? 'pan';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

const server = await preview({
  build: { outDir: 'bench/results/dist-app' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
const browser = await launchChromium();
const target: pages.PageTarget = {
  side: 'ours',
  url: server.resolvedUrls?.local[0] ?? '',
  datasetGlob: '**/assets/itu*.json',
  map: '.react-flow',
};
const { page } = await pages.load(browser, target, JSON.stringify(datasetFor(size)));
if (hide) await page.addStyleTag({ content: `${hide} { display: none !important; }` });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
await cdp.send('Profiler.start');

if (what === 'pan') {
  const r = await pages.panZoom(page, target);
  console.log(
    `pan/zoom: ${r.frames.length} frames in ${r.durationMs} ms, p50 ${percentile(r.frames, 50)?.toFixed(1)} ms, ` +
      `p95 ${percentile(r.frames, 95)?.toFixed(1)} ms, ${r.longTasks.count} long tasks (${Math.round(r.longTasks.totalMs)} ms)`,
  );
} else if (what === 'filter') {
  const shown = shownFor(size);
  const count = (id: string) => shown.nodes.filter((n) => n.kind === id).length;
  const kinds = [...shown.kinds].filter((k) => count(k.id) > 0).sort((a, b) => count(b.id) - count(a.id));
  const r = await pages.filterLatency(page, 'ours', kinds);
  console.log(`filter, hiding "${r.kind?.plural ?? '?'}" (ms):`, r.samples.map(Math.round), r.note ?? '');
} else {
  console.log('search (ms):', (await pages.searchLatency(page, 'ours')).samples.map(Math.round));
}

const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
await browser.close();
await server.close();

const threads = new Map<string, string>();
for (const e of trace.traceEvents) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
const byThread = new Map<string, Map<string, number>>();
for (const e of trace.traceEvents) {
  if (e.ph !== 'X' || !e.dur) continue;
  const thread = threads.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
  const events = byThread.get(thread) ?? new Map<string, number>();
  events.set(e.name, (events.get(e.name) ?? 0) + e.dur / 1000);
  byThread.set(thread, events);
}
/** `--event=NAME`: how often that trace event ran on the main thread, and how long each took. */
const eventName = process.argv.find((a) => a.startsWith('--event='))?.slice('--event='.length);
if (eventName) {
  const main = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0];
  const durations = trace.traceEvents
    .filter((e) => e.name === eventName && e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === main)
    .map((e) => (e.dur ?? 0) / 1000);
  const sorted = [...durations].sort((a, b) => a - b);
  console.log(
    `${eventName}: ${durations.length} times, median ${percentile(sorted, 50)?.toFixed(1)} ms, p95 ${percentile(sorted, 95)?.toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`,
  );
}
console.log('\nThreads, busiest first (inclusive ms of their top trace events):');
const busy = (events: Map<string, number>) => events.get('RunTask') ?? Math.max(...events.values());
for (const [thread, events] of [...byThread].sort((a, b) => busy(b[1]) - busy(a[1])).slice(0, 6)) {
  const first = [...events].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`  ${thread}: ${first.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`);
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
(profile.samples ?? []).forEach((id, i) => {
  const frame = nodes.get(id)?.callFrame;
  if (!frame) return;
  const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
});
console.log('\nMain-thread JS self time (ms):');
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${ms.toFixed(0).padStart(6)} ${key}`);
process.exit(0);
