/**
 * Measuring one page (our app or the baseline) in Chromium: load, filter, search, pan and zoom, SVG export.
 * Both pages are driven by the same Playwright actions and read through the same harness (`harness.ts`).
 */
import type { Browser, BrowserContext, Mouse, Page } from 'playwright-core';
import type { Kind } from '../src/model/schema';
import { installHarness } from './harness';
import type { BaselineApi, Harness, ProbeApi, SvgResult, UpdateSignal } from './protocol';

export type Side = 'ours' | 'baseline';

export interface PageTarget {
  side: Side;
  url: string;
  /** Glob of the dataset request, fulfilled with the benchmark's dataset. */
  datasetGlob: string;
  /** The element pan and zoom act on. */
  map: string;
}

type BenchWindow = Window & { __bench: Harness; bench: BaselineApi & ProbeApi };
const VIEWPORT = { width: 1280, height: 800 };

/** A fresh context (cold caches) with the dataset routed and the harness installed. */
async function newContext(browser: Browser, datasetGlob: string, body: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(datasetGlob, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  // tsx keeps function names with a `__name` helper that serialised functions take into the page.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(installHarness);
  return context;
}

export interface Loaded {
  page: Page;
  context: BrowserContext;
  /** ms from navigation start. */
  firstNode: number;
  layoutDone: number;
  errors: string[];
}

/** Navigates and waits for the `layout-done` mark. */
export async function load(browser: Browser, target: PageTarget, body: string): Promise<Loaded> {
  const context = await newContext(browser, target.datasetGlob, body);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(target.url);
  await page.waitForFunction(() => performance.getEntriesByName('layout-done').length > 0, undefined, {
    timeout: 240_000,
    polling: 200,
  });
  const marks = await page.evaluate(() => ({
    firstNode: performance.getEntriesByName('first-node')[0]?.startTime ?? NaN,
    layoutDone: performance.getEntriesByName('layout-done')[0]?.startTime ?? NaN,
  }));
  return { page, context, ...marks, errors };
}

export const baselineLayoutMs = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).bench.layoutMs);
export const baselineSvg = (page: Page): Promise<SvgResult> =>
  page.evaluate(() => (window as unknown as BenchWindow).bench.exportSvg());
export const baselinePositions = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).bench.positions());
export const oursCrossings = async (page: Page) =>
  Number(await page.getByTestId('map-view').getAttribute('data-crossings'));

/** Our pure layout and export in a fresh page of the probe. */
export async function probe(browser: Browser, url: string, body: string) {
  const context = await newContext(browser, '**/probe/dataset.json', body);
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(() => (window as unknown as BenchWindow).bench.run());
  } finally {
    await context.close();
  }
}

/** Lets the page finish what the last action started (transitions, idle work) before the next measurement. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(250);
}

/** Arms the harness, performs `action`, and returns ms from the input event to the change drawn. */
async function timed(page: Page, event: 'click' | 'keydown', until: UpdateSignal, action: () => Promise<void>) {
  await page.evaluate(([e, u]) => (window as unknown as BenchWindow).__bench.arm(e, u), [event, until] as const);
  await action();
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).__bench.pending);
  await settle(page);
  return ms as number;
}

export interface Interaction {
  samples: number[];
  /** Why nothing was measured, when nothing was. */
  note?: string;
  /** The kind whose column was hidden and shown (filter measure). */
  kind?: Kind;
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Our map's column headers on screen with the filter panel open, as kind ids: a column is drawn (React Flow
 * renders only what is in view) and its header overlaps the map's box.
 */
const columnsOnScreen = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!map) return [];
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node[data-id^="column:"]')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom;
      })
      .map((el) => (el.dataset.id ?? '').slice('column:'.length));
  });

/**
 * Hides and shows a column twice from the "Filters" panel: the first of `kinds` (largest first) whose column the
 * user sees on our map with the panel open, as a user hides a column they are looking at. A column out of view
 * is not drawn at all (React Flow renders what is in view), so hiding it would change nothing on screen: on the
 * built-in map, whose biggest column is off to the right at a readable zoom, the measure waited for a header that
 * was never drawn. The baseline is given the kind our map used.
 */
export async function filterLatency(page: Page, side: Side, kinds: readonly Kind[]): Promise<Interaction> {
  const button = page.getByRole('button', { name: 'Filters', exact: true });
  if ((await button.count()) === 0) return { samples: [], note: 'no "Filters" button in the toolbar' };
  await button.click();
  await settle(page);
  let kind = kinds[0];
  if (side === 'ours') {
    const seen = new Set(await columnsOnScreen(page));
    kind = kinds.find((k) => seen.has(k.id));
  }
  if (!kind) return { samples: [], note: 'no column on screen to hide' };
  const box = page.getByRole('checkbox', { name: new RegExp(`^\\s*${escapeRe(kind.plural)}\\b`) }).first();
  if (!(await box.isVisible({ timeout: 5000 }).catch(() => false))) {
    return { samples: [], note: `no "${kind.plural}" checkbox in the filter panel` };
  }
  const samples: number[] = [];
  for (let i = 0; i < 4; i++) {
    const wasChecked = await box.isChecked();
    const until: UpdateSignal =
      side === 'ours' ? { type: 'column', kind: kind.id, shown: !wasChecked } : { type: 'cy-render' };
    samples.push(await timed(page, 'click', until, () => box.click()));
  }
  await button.click();
  return { samples, kind };
}

/** Types "dig" into "Search the map", one measured keystroke at a time, then clears it. */
export async function searchLatency(page: Page, side: Side): Promise<Interaction> {
  const input = page.getByLabel('Search the map', { exact: true }).first();
  if ((await input.count()) === 0) return { samples: [], note: 'no "Search the map" box' };
  await input.click();
  const samples: number[] = [];
  for (const key of 'dig') {
    const until: UpdateSignal = side === 'ours' ? { type: 'search' } : { type: 'cy-render' };
    samples.push(await timed(page, 'keydown', until, () => page.keyboard.type(key)));
  }
  await input.fill('');
  await page.keyboard.press('Escape');
  await settle(page);
  return { samples };
}

export interface PanZoom {
  /** Intervals between animation frames, ms. */
  frames: number[];
  longTasks: { count: number; totalMs: number };
  durationMs: number;
  /** The viewport moved (the script did pan and zoom this map). */
  moved: boolean;
  /** Elements in the document during the gesture (sampled every 10th frame). */
  domNodes: number[];
  /** Our map when zoomed out: nodes drawn simplified (painted or elements), label elements, node elements in the DOM. */
  zoomedOut?: { simplified: number; labels: number; rendered: number };
}

interface Step {
  at: number;
  run: (mouse: Mouse) => Promise<void>;
}

/**
 * Three seconds: zoom out in six wheel steps, drag for 0.8 s, zoom in in ten wheel steps, drag back for 0.5 s.
 * Each step runs at its time from the start (later when the page is too busy to take input).
 */
function script(x: number, y: number): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < 6; i++) steps.push({ at: i * 100, run: (m) => m.wheel(0, 100) });
  const drag = (from: number, to: number, dx: number, dy: number) => {
    steps.push({ at: from, run: (m) => m.down() });
    const n = Math.floor((to - from) / 25);
    for (let i = 1; i <= n; i++) steps.push({ at: from + i * 25, run: (m) => m.move(x + dx * i, y + dy * i) });
    steps.push({
      at: to,
      run: async (m) => {
        await m.up();
        await m.move(x, y);
      },
    });
  };
  drag(650, 1450, 6, 4);
  for (let i = 0; i < 10; i++) steps.push({ at: 1500 + i * 90, run: (m) => m.wheel(0, -100) });
  drag(2450, 2950, -8, -5);
  return steps;
}

export async function panZoom(page: Page, target: PageTarget): Promise<PanZoom> {
  const box = await page.locator(target.map).first().boundingBox();
  if (!box) throw new Error(`no ${target.map} to pan`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await settle(page);
  const viewport = () =>
    page.evaluate((side) => {
      const w = window as unknown as BenchWindow;
      if (side === 'baseline') return JSON.stringify(w.bench.viewport());
      return document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    }, target.side);
  const before = await viewport();
  const t0 = await page.evaluate(() => (window as unknown as BenchWindow).__bench.startFrames());
  const started = Date.now();
  let zoomedOut: PanZoom['zoomedOut'];
  for (const step of script(x, y)) {
    const wait = started + step.at - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    await step.run(page.mouse);
    if (step.at === 500 && target.side === 'ours') {
      zoomedOut = await page.evaluate(() => ({
        // Simplified nodes: painted on the link canvas (its last drawing) or drawn as elements.
        simplified:
          Number(document.querySelector<HTMLElement>('[data-testid="map-links"]')?.dataset.nodes ?? 0) +
          document.querySelectorAll('.mnode-simple').length,
        labels: document.querySelectorAll('.mnode-label').length,
        rendered: document.querySelectorAll('.react-flow__node-map').length,
      }));
    }
  }
  const stamps = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopFrames());
  const domNodes = await page.evaluate(() => (window as unknown as BenchWindow).__bench.domCounts());
  const durationMs = Date.now() - started;
  const t1 = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(
    ([a, b]) => (window as unknown as BenchWindow).__bench.longTasks.filter((t) => t.start >= a && t.start <= b),
    [t0, t1] as const,
  );
  const frames = stamps.slice(1).map((t, i) => t - (stamps[i] as number));
  const after = await viewport();
  return {
    frames,
    longTasks: { count: tasks.length, totalMs: tasks.reduce((s, t) => s + t.duration, 0) },
    durationMs,
    moved: before !== after,
    domNodes,
    zoomedOut,
  };
}

/**
 * The pan and zoom script `runs` times in a row on the same page, back at the start each time (the script
 * returns near where it began), so one noisy gesture does not decide the figure: take the median of the p95s.
 */
export async function panZoomRuns(page: Page, target: PageTarget, runs = 3): Promise<PanZoom[]> {
  const out: PanZoom[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(await panZoom(page, target));
    await settle(page);
  }
  return out;
}

/**
 * Our map's crossings once the order is refined (the map draws the sweeps' order first and refines it after that
 * is painted, on the page or in the worker): after the app's `order-refined` mark (at most 60 s), the count the
 * map reports once unchanged for 3 s (at most 60 s more).
 */
export async function oursCrossingsSettled(page: Page): Promise<number> {
  await page
    .waitForFunction(() => performance.getEntriesByName('order-refined').length > 0, undefined, {
      timeout: 60_000,
      polling: 250,
    })
    .catch(() => undefined); // a build without the mark: the stable count below still applies
  let value = await oursCrossings(page);
  let since = Date.now();
  const started = Date.now();
  while (Date.now() - since < 3000 && Date.now() - started < 60_000) {
    await page.waitForTimeout(250);
    const now = await oursCrossings(page);
    if (now !== value) {
      value = now;
      since = Date.now();
    }
  }
  return value;
}
