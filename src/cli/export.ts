/**
 * `npm run export -- --data data/itu.json [--view "<query>"] --out map.svg [--format svg|png|csv|json] …`:
 * the app's export, headless, for document pipelines. It reads the dataset like the app, applies the view state
 * of an app URL (filters, focus), lays the map out with the same layout and writes the same files the Export
 * dialog does: it only calls the shared modules.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { EXIT, readDatasetFile } from './readDatasetFile';
import { formatProblem } from '../model/problems';
import { isSpreadsheet, readSpreadsheet } from './spreadsheet';
import { indexDataset } from '../model/graph';
import { applyFilters } from '../model/filters';
import { decodeViewState } from '../model/viewState';
import { createLayoutEngine } from '../layout/engine';
import { exportSvg, type SvgFit, type SvgOptions } from '../export/svg';
import { CSV_BOM, exportCsv } from '../export/csv';
import { exportJson } from '../export/json';
import { describeView } from '../export/viewSummary';
import { exportXlsx } from '../export/xlsx';
import { exportPptx, pptxSlides } from '../export/pptx';
import { exportDocx, DOCX_MARGIN } from '../export/docx';
import { pagesHtml } from '../export/pageSvg';
import { documentPages, EXPORT_SCOPES, scopedSubset, type ExportScope } from '../export/documentPages';
import { parsePage, type PageSize } from '../export/page/pageSize';
import type { Page } from '../export/page/plan';
import type { MapLink, MapNode } from '../model/schema';
import { linkKey } from '../model/graph';
import { orderDataset } from '../layout/layoutMap';

const USAGE = `usage: npm run export -- --data <dataset.json | sheet.xlsx | table.csv> --out <file> [options]

  --data <file>        dataset to read (validated like \`npm run validate\`)
  --view "<query>"     the app's view state: the query string of its URL, or the whole URL
                       (default: the view the app opens with)
  --out <file>         where to write; "-" for standard output (svg and json). For csv, a folder
                       (nodes.csv and links.csv in it) or a prefix (<prefix>-nodes.csv, <prefix>-links.csv)
  --format <f>         svg | png | csv | json | pptx | docx | pdf | xlsx (default: from the --out extension)
  --page <p>           for pptx, docx and pdf: 16:9 | 4:3 | a4 | letter, with -portrait or -landscape
                       (default: 16:9 for pptx, a4 for docx and pdf); text is never under 9 pt on it, and a
                       map too big for one page is split (by goal, then column groups and bands)
  --scope <s>          map (the whole filtered map) | view (what is on screen, from vp= in --view and
                       --screen) | focus (the focused node's chains) (default: map)
  --screen <WxH>       size of the map area on screen for --scope view (default: 1280x720)
  --views all          every saved view of the dataset, one after another (pptx: one deck, a slide per view
                       page, the view's description as speaker notes; pdf, docx: one document)
  --short-titles       titles cut to three lines, as on screen (default: full titles, wrapped)
  --theme <t>          screen | print (default: screen)
  --fit <f>            content | a4-landscape | 16:9 (default: content)
  --scale <n>          PNG resolution: 1, 2 or 3 (default: 2)
  --title <text>       title above the map (default: the dataset's title)
  --subtitle <text>    line under the title (default: the active filters and focus)
  --no-title, --no-subtitle, --no-legend, --no-footer
  --today <date>       YYYY-MM-DD that decides the default planning cycle (default: today)`;

const FORMATS = ['svg', 'png', 'csv', 'json', 'pptx', 'docx', 'pdf', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
const DOCUMENT_FORMATS: readonly Format[] = ['pptx', 'docx', 'pdf'];

class UsageError extends Error {}
/** Ends the run with `message` and exit `code`, letting output drain (see the bottom of this file). */
class Exit extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function fail(message: string, code: number = EXIT.invalid): never {
  throw new Exit(message, code);
}

function parse() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    strict: true,
    allowPositionals: false,
    options: {
      data: { type: 'string' },
      view: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      page: { type: 'string' },
      scope: { type: 'string' },
      screen: { type: 'string' },
      views: { type: 'string' },
      'short-titles': { type: 'boolean' },
      theme: { type: 'string' },
      fit: { type: 'string' },
      scale: { type: 'string' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      today: { type: 'string' },
      'no-title': { type: 'boolean' },
      'no-subtitle': { type: 'boolean' },
      'no-legend': { type: 'boolean' },
      'no-footer': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) fail(USAGE, EXIT.ok);
  if (!values.data) throw new UsageError('--data is required');
  if (!values.out) throw new UsageError('--out is required');
  const folder = isFolder(values.out);
  const extension =
    folder || values.out === '-' ? null : (/\.([a-z0-9]+)$/i.exec(values.out)?.[1]?.toLowerCase() ?? null);
  if (values.format !== undefined && !(FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  if (values.format === undefined && extension !== null && !(FORMATS as readonly string[]).includes(extension))
    throw new UsageError(
      `cannot tell the format from "${values.out}": .${extension} is not one of ${FORMATS.join(', ')}; give --format`,
    );
  const format = (values.format ?? (folder ? 'csv' : (extension ?? 'svg'))) as Format;
  if (extension !== null && (FORMATS as readonly string[]).includes(extension) && extension !== format)
    throw new UsageError(
      `--out ${values.out} ends in .${extension} but --format is ${format}: a ${format.toUpperCase()} file would be written under a .${extension} name. Name the file .${format}, or give --format ${extension}`,
    );
  const page = parsePage(values.page ?? (format === 'pptx' ? '16:9' : 'a4'));
  if (!page)
    throw new UsageError(
      `--page must be 16:9, 4:3, a4 or letter (optionally -portrait or -landscape), not "${values.page}"`,
    );
  const scope = (values.scope ?? 'map') as ExportScope;
  if (!EXPORT_SCOPES.includes(scope)) throw new UsageError(`--scope must be map, view or focus, not "${values.scope}"`);
  const screen = /^(\d+)x(\d+)$/.exec(values.screen ?? '1280x720');
  if (!screen) throw new UsageError(`--screen must be a size like 1280x720, not "${values.screen}"`);
  if (values.views !== undefined && values.views !== 'all')
    throw new UsageError(`--views takes "all" (every saved view), not "${values.views}"`);
  if (values.views === 'all' && !DOCUMENT_FORMATS.includes(format))
    throw new UsageError(`--views all is for pptx, docx and pdf, not ${format}`);
  if (values.out === '-' && !['svg', 'json'].includes(format))
    throw new UsageError(`--out - (standard output) is for svg and json only`);
  const theme = values.theme ?? 'screen';
  if (theme !== 'screen' && theme !== 'print') throw new UsageError(`--theme must be screen or print, not "${theme}"`);
  const fit = (values.fit ?? 'content') as SvgFit;
  if (!['content', 'a4-landscape', '16:9'].includes(fit))
    throw new UsageError(`--fit must be content, a4-landscape or 16:9, not "${fit}"`);
  const scale = Number(values.scale ?? 2);
  if (![1, 2, 3].includes(scale)) throw new UsageError(`--scale must be 1, 2 or 3, not "${values.scale}"`);
  if (folder && format !== 'csv')
    throw new UsageError(`--out ${values.out} is a folder: give a file name for ${format}`);
  let today = new Date();
  if (values.today !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today))
      throw new UsageError(`--today must be a date like 2026-05-31, not "${values.today}"`);
    today = new Date(`${values.today}T12:00:00`);
  }
  const screenSize = { width: Number(screen[1]), height: Number(screen[2]) };
  return {
    ...values,
    data: values.data,
    out: values.out,
    format,
    theme,
    fit,
    scale,
    today,
    page,
    scope,
    screenSize,
  } as const;
}

function write(path: string, content: string | Uint8Array) {
  if (path === '-') {
    process.stdout.write(content);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const isFolder = (out: string) => /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());

/** nodes.csv and links.csv paths for `--out`: a folder, or a prefix. */
function csvPaths(out: string): { nodes: string; links: string; sources: string } {
  if (isFolder(out))
    return { nodes: join(out, 'nodes.csv'), links: join(out, 'links.csv'), sources: join(out, 'sources.csv') };
  const prefix = out.replace(/\.csv$/i, '');
  const sep = /[-_.]$/.test(prefix) ? '' : '-';
  return {
    nodes: `${prefix}${sep}nodes.csv`,
    links: `${prefix}${sep}links.csv`,
    sources: `${prefix}${sep}sources.csv`,
  };
}

/** PNG of `svg` at `scale`× by librsvg's rsvg-convert. */
function svgToPngFile(svg: string, scale: number): Buffer {
  const bin = process.env.RSVG_CONVERT ?? 'rsvg-convert';
  const result = spawnSync(bin, ['--zoom', String(scale), '--format', 'png'], {
    input: svg,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    fail(
      `PNG export needs rsvg-convert (librsvg), which was not found${process.env.RSVG_CONVERT ? ` at ${bin}` : ' on the PATH'}.\n` +
        'Install it (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg), or export --format svg.',
    );
  }
  if (result.error) fail(`rsvg-convert failed: ${result.error.message}`);
  if (result.status !== 0) fail(`rsvg-convert failed (exit ${result.status}): ${result.stderr.toString().trim()}`);
  return result.stdout;
}

async function main() {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    if (e instanceof Exit) throw e;
    fail(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`, EXIT.usage);
  }

  let result;
  if (isSpreadsheet(args.data)) {
    result = (await readSpreadsheet(args.data)).result;
  } else {
    const read = readDatasetFile(args.data);
    if (!read.read) fail(read.message);
    result = read.result;
  }
  const dataset = result.dataset;
  if (!dataset) {
    for (const problem of result.problems)
      if (problem.severity === 'error') console.error(formatProblem(args.data, problem));
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    fail(`${args.data}: ${errors} error(s) — not a valid dataset`);
  }

  const { state, ignored } = decodeViewState(args.view ?? '', dataset, args.today);
  for (const message of ignored) console.error(`warning: view state: ${message}`);
  const filtered = applyFilters(indexDataset(dataset), state.filters);
  // The part of the view chosen by --scope (the document formats apply it per page plan themselves).
  const visible =
    args.scope === 'map'
      ? filtered
      : scopedSubset({
          dataset,
          visible: filtered,
          scope: args.scope,
          focus: state.focus,
          viewport: state.viewport ? { ...state.viewport, ...args.screenSize } : null,
        });
  const layout = createLayoutEngine({ today: args.today }).layoutNow(dataset, visible);
  const options: SvgOptions = {
    theme: args.theme,
    fit: args.fit,
    legend: !args['no-legend'],
    footer: !args['no-footer'],
    title: args['no-title'] ? false : (args.title ?? dataset.meta.title),
    subtitle: args['no-subtitle'] ? '' : (args.subtitle ?? describeView(dataset, state.filters, state.focus)),
  };
  const svg = () =>
    exportSvg({
      dataset,
      visible,
      layout,
      focus: state.focus,
      chain: state.chain,
      periods: state.filters.periods,
      options,
    });

  const written: string[] = [];
  switch (args.format) {
    case 'svg':
      write(args.out, svg());
      written.push(args.out);
      break;
    case 'png':
      write(args.out, svgToPngFile(svg(), args.scale));
      written.push(args.out);
      break;
    case 'json':
      write(args.out, exportJson(dataset, visible));
      written.push(args.out);
      break;
    case 'csv': {
      const files = exportCsv(dataset, visible);
      const paths = csvPaths(args.out);
      write(paths.nodes, CSV_BOM + files.nodes);
      write(paths.links, CSV_BOM + files.links);
      write(paths.sources, CSV_BOM + files.sources);
      written.push(paths.nodes, paths.links, paths.sources);
      break;
    }
    case 'xlsx': {
      const blob = await exportXlsx({ dataset, visible });
      write(args.out, Buffer.from(await blob.arrayBuffer()));
      written.push(args.out);
      break;
    }
    case 'pptx':
    case 'docx':
    case 'pdf': {
      const views =
        args.views === 'all'
          ? dataset.views.map((v) => ({ name: v.name, notes: v.description, query: v.state }))
          : [{ name: undefined, notes: undefined, query: args.view ?? '' }];
      if (views.length === 0) fail(`${args.data} has no saved views to export (--views all)`);
      const order = orderDataset(dataset, { today: args.today });
      const pages: Page[] = [];
      let shown = { nodes: 0, links: 0 };
      const tables = { nodes: new Map<string, MapNode>(), links: new Map<string, MapLink>() };
      const pageFor = args.format === 'docx' ? innerPage(args.page) : args.page;
      for (const v of views) {
        const s = args.views === 'all' ? decodeViewState(v.query, dataset, args.today).state : state;
        const vis = args.views === 'all' ? applyFilters(indexDataset(dataset), s.filters) : filtered;
        const vp = s.viewport;
        const result = documentPages({
          dataset,
          visible: vis,
          filters: s.filters,
          focus: s.focus,
          chain: s.chain,
          scope: args.scope,
          viewport: vp ? { ...vp, ...args.screenSize } : null,
          page: pageFor,
          shortTitles: args['short-titles'],
          viewName: v.name,
          notes: v.notes,
          order,
          title: args['no-title'] ? '' : args.title,
        });
        if (result.split) console.error(`${v.name ? `${v.name}: ` : ''}${result.summary}`);
        pages.push(...result.pages);
        shown = { nodes: shown.nodes + result.nodes.length, links: shown.links + result.links.length };
        for (const n of result.nodes) tables.nodes.set(n.id, n);
        for (const l of result.links) tables.links.set(linkKey(l), l);
      }
      if (args.format === 'pptx') write(args.out, await exportPptx(pptxSlides(pages), { title: dataset.meta.title }));
      else if (args.format === 'docx')
        write(
          args.out,
          await exportDocx({
            dataset,
            pages,
            visible: { nodes: [...tables.nodes.values()], links: [...tables.links.values()] },
            page: args.page,
            margin: DOCX_MARGIN,
          }),
        );
      else write(args.out, await printPdf(pagesHtml(pages, dataset.meta.title)));
      written.push(`${args.out} (${pages.length} ${pages.length === 1 ? 'page' : 'pages'})`);
      break;
    }
  }
  if (args.out !== '-') {
    console.error(
      `wrote ${written.join(' and ')}: ${visible.nodes.length} of ${dataset.nodes.length} nodes, ${visible.links.length} of ${dataset.links.length} links`,
    );
  }
}

/** The page less the Word document's margins: the room a Word page has for the drawing. */
function innerPage(page: PageSize): PageSize {
  return { ...page, width: page.width - 2 * DOCX_MARGIN, height: page.height - 2 * DOCX_MARGIN };
}

/** Prints `html` to PDF with Chromium (vector, text selectable, fonts subset, Arabic shaped). */
async function printPdf(html: string): Promise<Buffer> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    fail(
      `PDF export needs Chromium, which was not found at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

// Exit codes: 0 written, 1 invalid data or a failed write, 2 usage. Set, never forced with process.exit(), so
// that output piped to another program (`--out -`) drains completely first.
main().catch((e: unknown) => {
  if (!(e instanceof Exit)) {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = EXIT.invalid;
    return;
  }
  (e.code === EXIT.ok ? console.log : console.error)(e.message);
  process.exitCode = e.code;
});
