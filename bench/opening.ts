/**
 * What a planner sees in the first seconds after opening a map: `npx tsx bench/opening.ts [SIZE…] [--runs=N]`
 * (sizes as in `npm run bench`, `itu` for the built-in map; serves `dist/`, made by `npm run build`). For each run,
 * a fresh browser context opens the map, then the same context opens it again (a second opening, with whatever the
 * first left in the browser). Prints the first node and `order-refined` marks, the long tasks on the page
 * before the first node and in the 3 s after it (the pause a planner feels right after opening), and how many of
 * the nodes on screen at the first paint stood somewhere else 3 s later (the map moving under the pointer).
 */
import type { BrowserContext } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../test/e2e/chromium';
import { datasetFor, parseSize } from './datasets';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const sizes = (args.length ? args : ['itu']).map((s) => ({ name: s, size: parseSize(s) }));

interface Opening {
  firstNode: number;
  refined: number;
  /** Long tasks after the first node was drawn: [start, duration] in ms. */
  longTasks: [number, number][];
  /** Long tasks before it (loading the app and drawing the map), in ms. */
  before: number[];
  shown: number;
  moved: number;
}

/** Installed before the app's scripts: long tasks, and node positions at the first frame that shows nodes. */
function watch() {
  const w = window as unknown as { __open: { longTasks: [number, number][]; first: Record<string, string> | null } };
  w.__open = { longTasks: [], first: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__open.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const sample = () => {
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    if (nodes.length === 0) return requestAnimationFrame(sample);
    const first: Record<string, string> = {};
    for (const n of nodes) first[n.dataset.id ?? ''] = n.style.transform;
    w.__open.first = first;
  };
  requestAnimationFrame(sample);
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await launchChromium();

async function open(context: BrowserContext): Promise<Opening> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-node').length > 0, undefined, {
    timeout: 120_000,
  });
  await page.waitForTimeout(3000);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __open: { longTasks: [number, number][]; first: Record<string, string> | null } };
    const first = w.__open.first ?? {};
    let shown = 0;
    let moved = 0;
    for (const n of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const before = first[n.dataset.id ?? ''];
      if (before === undefined) continue;
      shown++;
      if (before !== n.style.transform) moved++;
    }
    const firstNode = performance.getEntriesByName('first-node')[0]?.startTime ?? NaN;
    return {
      firstNode,
      refined: performance.getEntriesByName('order-refined')[0]?.startTime ?? NaN,
      longTasks: w.__open.longTasks.filter(([start]) => start >= firstNode),
      before: w.__open.longTasks.filter(([start]) => start < firstNode).map(([, ms]) => ms),
      shown,
      moved,
    };
  });
  await page.close();
  return result;
}

const fmt = (o: Opening) =>
  `first node ${o.firstNode.toFixed(0)} ms, refined ${Number.isNaN(o.refined) ? '-' : o.refined.toFixed(0)} ms, ` +
  `long tasks before it ${o.before.length} (${o.before.map(Math.round).join(', ')} ms), ` +
  `after it ${o.longTasks.length} (${o.longTasks.map(([at, ms]) => `${Math.round(ms)} ms at +${Math.round(at - o.firstNode)}`).join(', ')}), ` +
  `moved ${o.moved}/${o.shown}`;

for (const { name, size } of sizes) {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    if (size !== 'itu') {
      const body = JSON.stringify(datasetFor(size));
      await context.route('**/assets/itu*.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    }
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(watch);
    console.log(`${name} run ${run + 1} first opening:  ${fmt(await open(context))}`);
    console.log(`${name} run ${run + 1} second opening: ${fmt(await open(context))}`);
    await context.close();
  }
}
await browser.close();
await server.close();
