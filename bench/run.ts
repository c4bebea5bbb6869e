/**
 * `npm run bench [-- --quick]`: builds the app and the Cytoscape.js baseline, and measures both side by side in
 * headless Chromium (Debian's, driven by playwright-core) on seeded synthetic datasets of 300, 1,000, 2,000 and
 * 5,000 and 10,000 nodes and on the built-in dataset (`--quick`: 300 and 1,000 only). Pan and zoom run three
 * times per page (median of the p95s), and again in a Chromium with WebGL disabled. Prints a Markdown table on stdout,
 * progress on stderr, and writes `bench/results.json` and `bench/results.md` (a quick run writes them under
 * `bench/results/` instead, so it never replaces the full results the README quotes). `--report` only rewrites
 * `bench/results.md` from `bench/results.json`; `--sizes=2000,itu` measures just those sizes.
 *
 * Datasets reach the real production app as it loads them: its request for `assets/itu-*.json` is answered
 * with the benchmark's dataset (and the baseline's `dataset.json` with the same one). Every load is a fresh
 * browser context; each measure is the median of up to three repetitions (fewer where they take long).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium';
import { build, preview, type PreviewServer } from 'vite';
import type { Dataset, Kind } from '../src/model/schema';
import { countCrossings, straightSegments } from './crossings';
import { datasetFor, FULL_SIZES, parseSize, QUICK_SIZES, sizeLabel, type SizeKey } from './datasets';
import { shownByDefault } from './shown';
import type { NodeResult } from './nodeRun';
import type { ValidateResult } from './validateRun';
import type { WorstCaseResult } from './worstCase';
import type { ImportRunResult } from './importRun';
import * as pages from './pages';
import { markdown, type Measure, type Results, type SizeResult } from './report';
import { pageSizes } from './sizes';
import { median, percentile, repeat } from './stats';

const started = Date.now();
const quick = process.argv.includes('--quick');
/** `--sizes=2000,itu` measures just those (for looking into one size); results go under `bench/results/`. */
const only = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
const log = (message: string) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${message}\n`);
const loadAtStart = loadavg()[0] ?? 0;

/** The Markdown file: the tables, then the method and the closing note kept in `bench/notes.md`. */
const resultsPage = (table: string) =>
  `# Benchmark results\n\n${table}${existsSync('bench/notes.md') ? `\n${readFileSync('bench/notes.md', 'utf8')}` : ''}`;

// `--report`: rewrite bench/results.md from bench/results.json (after editing the notes), measuring nothing.
if (process.argv.includes('--report')) {
  const saved = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
  writeFileSync('bench/results.md', resultsPage(markdown(saved)));
  process.stdout.write(markdown(saved));
  process.exit(0);
}

/** The app's production build, made apart from `dist/` so a run never changes what the e2e tests serve. */
const APP_OUT = 'bench/results/dist-app';
const BASELINE_OUT = 'bench/results/dist-baseline';
const BASELINE_CONFIG = 'bench/vite.baseline.config.ts';

log('building the app (production) and the baseline pages');
await build({ logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true } });
await build({ configFile: BASELINE_CONFIG });

const serve = async (options: Parameters<typeof preview>[0]): Promise<{ server: PreviewServer; url: string }> => {
  const server = await preview({
    ...options,
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  return { server, url: server.resolvedUrls?.local[0] ?? '' };
};
const app = await serve({ build: { outDir: APP_OUT } });
const bench = await serve({ configFile: BASELINE_CONFIG });
const browser: Browser = await launchChromium([
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
]);
/** The same Chromium with WebGL and every 3D API refused, as on a thin client without a GPU path. */
const noGpuBrowser: Browser = await launchChromium([
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-webgl',
  '--disable-3d-apis',
]);

const targets: Record<pages.Side, pages.PageTarget> = {
  ours: { side: 'ours', url: app.url, datasetGlob: '**/assets/itu*.json', map: '.react-flow' },
  baseline: { side: 'baseline', url: `${bench.url}baseline/`, datasetGlob: '**/baseline/dataset.json', map: '#cy' },
};

const runNode = async (which: 'ours' | 'cytoscape', size: SizeKey): Promise<NodeResult> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'bench/nodeRun.ts', which, String(size)],
    {
      timeout: 300_000,
    },
  );
  return JSON.parse(stdout) as NodeResult;
};

/** A measure from samples of both sides: their medians. */
const measure = (ours: number[], baseline: number[], note?: string): Measure => ({
  ours: median(ours),
  baseline: median(baseline),
  samples: { ours, baseline },
  ...(note ? { note } : {}),
});

/** The kinds that have nodes in `dataset`, largest first (the filter measure hides the first one on screen). */
const kindsBySize = (dataset: Dataset): Kind[] => {
  const count = (k: Kind) => dataset.nodes.filter((n) => n.kind === k.id).length;
  return [...dataset.kinds].filter((k) => count(k) > 0).sort((a, b) => count(b) - count(a));
};

interface SideRun {
  firstNode: number[];
  layoutDone: number[];
  layoutMs: number[];
  svgMs: number[];
  svgBytes: number[];
  crossings: number | null;
  /** Our map's crossings as first drawn, before the worker refines the order. */
  crossingsFirst: number | null;
  filter: pages.Interaction;
  search: pages.Interaction;
  pan: pages.PanZoom[] | null;
  /** The pan and zoom runs in the browser with WebGL disabled. */
  panNoGl: pages.PanZoom[] | null;
  errors: string[];
}

/**
 * Measures one page; `shown` is the graph it draws (crossings are counted on it); `filterKinds`: the kinds the
 * filter measure may hide, in order of preference (see `filterLatency`).
 */
async function runSide(side: pages.Side, shown: Dataset, body: string, filterKinds: Kind[]): Promise<SideRun> {
  const run: SideRun = {
    firstNode: [],
    layoutDone: [],
    layoutMs: [],
    svgMs: [],
    svgBytes: [],
    crossings: null,
    crossingsFirst: null,
    filter: { samples: [] },
    search: { samples: [] },
    pan: null,
    panNoGl: null,
    errors: [],
  };
  let last: pages.Loaded | null = null;
  await repeat(3, 60_000, async () => {
    await last?.context.close();
    last = await pages.load(browser, targets[side], body);
    if (side === 'ours' && run.crossingsFirst === null) run.crossingsFirst = await pages.oursCrossings(last.page);
    run.firstNode.push(last.firstNode);
    run.layoutDone.push(last.layoutDone);
    run.errors.push(...last.errors);
    if (side === 'baseline') {
      run.layoutMs.push(await pages.baselineLayoutMs(last.page));
      const svg = await pages.baselineSvg(last.page);
      run.svgMs.push(svg.ms);
      run.svgBytes.push(svg.bytes);
    }
  });
  const page = (last as pages.Loaded | null)?.page as Page;
  run.crossings =
    side === 'ours'
      ? await pages.oursCrossingsSettled(page)
      : countCrossings(straightSegments(shown, await pages.baselinePositions(page)));
  const attempt = async <T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      log(`  ${side} ${what} failed: ${String(error).split('\n')[0]}`);
      run.errors.push(`${what}: ${String(error).split('\n')[0]}`);
      return fallback;
    }
  };
  run.filter = await attempt('filter', () => pages.filterLatency(page, side, filterKinds), {
    samples: [],
    note: 'failed',
  });
  run.search = await attempt('search', () => pages.searchLatency(page, side), { samples: [], note: 'failed' });
  run.pan = await attempt('pan/zoom', () => pages.panZoomRuns(page, targets[side]), null);
  await (last as pages.Loaded | null)?.context.close();
  run.panNoGl = await attempt(
    'pan/zoom without WebGL',
    async () => {
      const loaded = await pages.load(noGpuBrowser, targets[side], body);
      try {
        return await pages.panZoomRuns(loaded.page, targets[side]);
      } finally {
        await loaded.context.close();
      }
    },
    null,
  );
  return run;
}

const sizes = only ? only.split(',').map(parseSize) : quick ? QUICK_SIZES : FULL_SIZES;
const results: SizeResult[] = [];
for (const size of sizes) {
  // Our app gets the dataset and opens it with its default filters; the baseline gets what those show.
  const dataset = datasetFor(size);
  const shown = shownByDefault(dataset);
  const body = JSON.stringify(dataset);
  const shownBody = JSON.stringify(shown);
  const label = sizeLabel(size);
  log(`${label}: ${shown.nodes.length} nodes and ${shown.links.length} links drawn (of ${dataset.nodes.length})`);
  const result: SizeResult = { label, nodes: shown.nodes.length, links: shown.links.length, measures: {} };

  log(`${label}: our app`);
  const ours = await runSide('ours', shown, body, kindsBySize(shown));
  if (ours.filter.kind) log(`${label}: filter measure hides "${ours.filter.kind.plural}"`);
  log(`${label}: baseline`);
  const base = await runSide('baseline', shown, shownBody, ours.filter.kind ? [ours.filter.kind] : kindsBySize(shown));
  log(`${label}: layout and export probe in Chromium`);
  const probes = await repeat(3, 30_000, () => pages.probe(browser, `${bench.url}probe/`, body));
  log(`${label}: layout in Node`);
  const nodeOurs = await repeat(3, 60_000, () => runNode('ours', size));
  const nodeBase = await repeat(3, 60_000, () => runNode('cytoscape', size));

  const m = result.measures;
  m.firstNode = measure(ours.firstNode, base.firstNode);
  m.layoutDone = measure(ours.layoutDone, base.layoutDone);
  m.layoutBrowser = measure(
    probes.map((p) => p.layoutMs),
    base.layoutMs,
  );
  m.layoutNode = measure(
    nodeOurs.map((r) => r.layoutMs),
    nodeBase.map((r) => r.layoutMs),
  );
  m.crossings = measure(
    ours.crossings === null ? [] : [ours.crossings],
    base.crossings === null ? [] : [base.crossings],
  );
  m.filter = measure(ours.filter.samples, base.filter.samples, ours.filter.note ?? base.filter.note);
  m.search = measure(ours.search.samples, base.search.samples, ours.search.note ?? base.search.note);
  // Each gesture's percentile, then the median over the runs (see `panZoomRuns`).
  const frames = (runs: pages.PanZoom[] | null, p: number) =>
    (runs ?? []).map((r) => percentile(r.frames, p) ?? NaN).filter((v) => !Number.isNaN(v));
  m.frameP50 = measure(frames(ours.pan, 50), frames(base.pan, 50));
  m.frameP95 = measure(frames(ours.pan, 95), frames(base.pan, 95));
  m.frameP95NoGl = measure(frames(ours.panNoGl, 95), frames(base.panNoGl, 95));
  const tasks = (runs: pages.PanZoom[] | null) => (runs ?? []).map((r) => r.longTasks.count);
  const taskMs = (runs: pages.PanZoom[] | null) => {
    const total = median((runs ?? []).map((r) => r.longTasks.totalMs));
    return total === null ? undefined : `${Math.round(total)} ms`;
  };
  m.longTasks = {
    ...measure(tasks(ours.pan), tasks(base.pan)),
    detail: { ours: taskMs(ours.pan), baseline: taskMs(base.pan) },
  };
  const dom = (runs: pages.PanZoom[] | null) => (runs ?? []).map((r) => Math.max(0, ...r.domNodes));
  m.domNodes = measure(dom(ours.pan), dom(base.pan));
  m.crossingsFirst = measure(
    ours.crossingsFirst === null ? [] : [ours.crossingsFirst],
    base.crossings === null ? [] : [base.crossings],
  );
  const probeSvg = probes.flatMap((p) => (p.svg ? [p.svg] : []));
  const noExport = probeSvg.length === 0 ? 'our SVG export (src/export/svg.ts) is not in this checkout' : undefined;
  m.svgTime = measure(
    probeSvg.map((s) => s.ms),
    base.svgMs,
    noExport,
  );
  m.svgNode = measure(
    nodeOurs.flatMap((r) => (r.svg ? [r.svg.ms] : [])),
    [],
    'the baseline has no Node export: cytoscape-svg draws through the browser canvas API',
  );
  m.svgSize = measure(
    probeSvg.slice(0, 1).map((s) => s.bytes / 1000),
    base.svgBytes.slice(0, 1).map((b) => b / 1000),
  );
  const zoomedOut = ours.pan?.find((r) => r.zoomedOut)?.zoomedOut;
  if (zoomedOut) result.zoomedOut = zoomedOut;
  for (const [side, run] of [
    ['ours', ours],
    ['baseline', base],
  ] as const) {
    if (run.pan?.some((r) => !r.moved)) log(`${label}: warning: the ${side} viewport did not move during pan/zoom`);
    if (run.errors.length > 0) log(`${label}: ${side} page errors: ${[...new Set(run.errors)].join('; ')}`);
  }
  log(
    `${label}: on screen ${m.layoutDone.ours?.toFixed(0)} vs ${m.layoutDone.baseline?.toFixed(0)} ms, layout ` +
      `${m.layoutBrowser.ours?.toFixed(0)} vs ${m.layoutBrowser.baseline?.toFixed(0)} ms, p95 frame ` +
      `${m.frameP95.ours?.toFixed(1)} vs ${m.frameP95.baseline?.toFixed(1)} ms`,
  );
  results.push(result);
}

log('validating a 10 MB dataset in Node');
const validations = await repeat(3, 60_000, async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/validateRun.ts'], {
    timeout: 120_000,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as ValidateResult;
});
log(
  `validation: ${validations.map((v) => `${v.ms.toFixed(0)} ms`).join(', ')} for ${validations[0]?.megabytes.toFixed(1)} MB`,
);

log('opening, laying out and exporting the largest dataset the limits allow, in Node');
const worstCase = JSON.parse(
  (
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/worstCase.ts'], {
      timeout: 300_000,
      maxBuffer: 1 << 20,
    })
  ).stdout,
) as WorstCaseResult;
log(`at the limits: ${JSON.stringify(worstCase.steps)}`);
log('importing a 5,000-row chain table in Node');
const imports = await repeat(3, 60_000, async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/importRun.ts'], {
    timeout: 120_000,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as ImportRunResult;
});
log(`import: ${imports.map((v) => `${v.ms.toFixed(0)} ms`).join(', ')} for ${imports[0]?.rows} rows`);

const chromiumVersion = browser.version();
await browser.close();
await noGpuBrowser.close();
await app.server.close();
await bench.server.close();

const cpu =
  /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
const out: Results = {
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  quick,
  wallSeconds: (Date.now() - started) / 1000,
  machine: {
    cpu,
    cores: String(cpus().length),
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    chromium: `Chromium ${chromiumVersion}`,
    node: process.version,
    os: existsSync('/etc/debian_version')
      ? `Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}`
      : process.platform,
    loadAtStart: loadAtStart.toFixed(2),
  },
  sizes: results,
  validation: {
    megabytes: validations[0]?.megabytes ?? 0,
    nodes: validations[0]?.nodes ?? 0,
    ms: validations.map((v) => v.ms),
  },
  worstCase,
  import: {
    rows: imports[0]?.rows ?? 0,
    nodes: imports[0]?.nodes ?? 0,
    ms: imports.map((v) => v.ms),
  },
  assets: { ours: pageSizes(APP_OUT, 'index.html'), baseline: pageSizes(BASELINE_OUT, 'baseline/index.html') },
};

// Export of the built-in map per format (time and size), through the command line.
let documentsTable = '';
try {
  const r = spawnSync('npx', ['tsx', 'bench/documents.ts', '--markdown'], { encoding: 'utf8', timeout: 600_000 });
  if (r.status === 0) documentsTable = `\n### Export of the built-in map, per format\n\n${r.stdout}`;
  else log(`  document export bench failed: ${r.stderr.split('\n')[0]}`);
} catch (error) {
  log(`  document export bench failed: ${String(error)}`);
}
const table = markdown(out) + documentsTable;
const partial = quick || only !== undefined;
const dir = partial ? 'bench/results' : 'bench';
const name = only ? 'partial' : quick ? 'quick' : 'results';
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/${name}.json`, `${JSON.stringify(out, null, 2)}\n`);
writeFileSync(`${dir}/${name}.md`, resultsPage(table));
process.stdout.write(table);
log(`done in ${Math.round(out.wallSeconds)} s; results in ${dir}/`);
