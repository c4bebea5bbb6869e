/**
 * Where the time goes in one interaction on our app: `npx tsx bench/profile.ts [SIZE] [pan|filter|search]
 * [--hide=SELECTOR] [--top=N]` (after a `npm run bench`, whose build it serves). Records a Chromium trace and a JS CPU
 * profile over CDP while the benchmark's own script runs, then prints busy time per thread (top events) and JS
 * self time per function. `--hide` hides part of the map with CSS first, to see what that part costs. `--windows`:
 * the same, only inside the measured interactions (input event to the frame that draws the change), with the
 * main thread's tasks of each interaction in order and JS time per function including what it calls;
 * `--window=N`: only inside the Nth interaction.
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
  ts: number;
  dur?: number;
  id2?: { local?: string };
  id?: string;
  args?: { name?: string; data?: { type?: string; functionName?: string } };
}
/** `--windows`: only inside the measured interactions; `--window=N`: only inside the Nth (from 1). */
const onlyWindow = Number(process.argv.find((a) => a.startsWith('--window='))?.slice('--window='.length) ?? 0);
const windowsOnly = process.argv.includes('--windows') || onlyWindow > 0;

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
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'],
});
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
/** The measured interactions (µs, trace clock): the harness's `bench-interaction` measures. */
const windows: { start: number; end: number }[] = [];
for (const e of trace.traceEvents) {
  if (e.name !== 'bench-interaction') continue;
  if (e.ph === 'b') windows.push({ start: e.ts, end: Infinity });
  else if (e.ph === 'e') {
    const open = windows.find((w) => w.end === Infinity);
    if (open) open.end = e.ts;
  }
}
const inWindow = (ts: number) =>
  !windowsOnly || windows.some((w, i) => (!onlyWindow || i + 1 === onlyWindow) && ts >= w.start && ts < w.end);
if (windowsOnly) {
  console.log(
    `\n${windows.length} interactions: ${windows.map((w) => Math.round((w.end - w.start) / 1000)).join(', ')} ms`,
  );
  const main = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0];
  windows.forEach((w, i) => {
    const tasks = trace.traceEvents
      .filter(
        (e) =>
          e.name === 'RunTask' &&
          e.ph === 'X' &&
          `${e.pid}:${e.tid}` === main &&
          e.ts + (e.dur ?? 0) > w.start &&
          e.ts < w.end &&
          (e.dur ?? 0) > 1000,
      )
      .map((t) => {
        const inner = trace.traceEvents
          .filter(
            (e) =>
              e.ph === 'X' &&
              `${e.pid}:${e.tid}` === main &&
              e !== t &&
              e.ts >= t.ts &&
              e.ts < t.ts + (t.dur ?? 0) &&
              (e.dur ?? 0) > 1000,
          )
          .filter((e) =>
            [
              'FunctionCall',
              'EventDispatch',
              'FireAnimationFrame',
              'TimerFire',
              'HandlePostMessage',
              'Commit',
              'Paint',
              'Layout',
              'UpdateLayoutTree',
              'PrePaint',
              'Layerize',
              'MinorGC',
              'MajorGC',
            ].includes(e.name),
          )
          .map(
            (e) => `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`,
          );
        return `+${((t.ts - w.start) / 1000).toFixed(0)} ${((t.dur ?? 0) / 1000).toFixed(0)} ms [${inner.join(', ')}]`;
      });
    console.log(`  #${i + 1} ${((w.end - w.start) / 1000).toFixed(0)} ms: ${tasks.join(' | ')}`);
  });
}
const byThread = new Map<string, Map<string, number>>();
for (const e of trace.traceEvents) {
  if (e.ph !== 'X' || !e.dur || !inWindow(e.ts)) continue;
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
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = (id: number) => {
  const frame = nodes.get(id)?.callFrame;
  return frame
    ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
    : '?';
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let at = profile.startTime;
(profile.samples ?? []).forEach((id, i) => {
  const delta = profile.timeDeltas?.[i] ?? 0;
  at += delta;
  if (!inWindow(at)) return;
  const ms = delta / 1000;
  self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(n));
  for (const key of seen) total.set(key, (total.get(key) ?? 0) + ms);
});
console.log('\nMain-thread JS self time (ms):');
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${ms.toFixed(0).padStart(6)} ${key}`);
if (windowsOnly) {
  console.log('\nMain-thread JS time including callees (ms):');
  for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${ms.toFixed(0).padStart(6)} ${key}`);
}
process.exit(0);
