/**
 * `npm run export -- --data data/itu.json [--view "<query>"] --out map.svg [--format svg|png|csv|json] …`:
 * the app's export, headless, for document pipelines. It reads the dataset like the app, applies the view state
 * of an app URL (filters, focus), lays the map out with the same layout and writes the same files the Export
 * dialog does: it only calls the shared modules.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readDataset } from '../io/readDataset';
import { formatProblem, type Problem } from '../model/problems';
import type { Dataset } from '../model/schema';
import { isSpreadsheet, readSpreadsheet } from './spreadsheet';
import { indexDataset } from '../model/graph';
import { applyFilters } from '../model/filters';
import { decodeViewState } from '../model/viewState';
import { layoutMap } from '../layout/layoutMap';
import { exportSvg, type SvgFit, type SvgOptions } from '../export/svg';
import { CSV_BOM, exportCsv } from '../export/csv';
import { exportJson } from '../export/json';
import { describeView } from '../export/viewSummary';

const USAGE = `usage: npm run export -- --data <dataset.json | sheet.xlsx | table.csv> --out <file> [options]

  --data <file>        dataset to read (validated like \`npm run validate\`)
  --view "<query>"     the app's view state: the query string of its URL, or the whole URL
                       (default: the view the app opens with)
  --out <file>         where to write; "-" for standard output (svg and json). For csv, a folder
                       (nodes.csv and links.csv in it) or a prefix (<prefix>-nodes.csv, <prefix>-links.csv)
  --format <f>         svg | png | csv | json (default: from the --out extension, else svg)
  --theme <t>          screen | print (default: screen)
  --fit <f>            content | a4-landscape | 16:9 (default: content)
  --scale <n>          PNG resolution: 1, 2 or 3 (default: 2)
  --title <text>       title above the map (default: the dataset's title)
  --subtitle <text>    line under the title (default: the active filters and focus)
  --no-title, --no-subtitle, --no-legend, --no-footer
  --today <date>       YYYY-MM-DD that decides the default planning cycle (default: today)`;

const FORMATS = ['svg', 'png', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
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
  if (values.help) fail(USAGE, 0);
  if (!values.data) throw new UsageError('--data is required');
  if (!values.out) throw new UsageError('--out is required');
  const folder = isFolder(values.out);
  const format = (values.format ??
    (folder ? 'csv' : (/\.(svg|png|csv|json)$/i.exec(values.out)?.[1]?.toLowerCase() ?? 'svg'))) as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const theme = values.theme ?? 'screen';
  if (theme !== 'screen' && theme !== 'print') throw new UsageError(`--theme must be screen or print, not "${theme}"`);
  const fit = (values.fit ?? 'content') as SvgFit;
  if (!['content', 'a4-landscape', '16:9'].includes(fit))
    throw new UsageError(`--fit must be content, a4-landscape or 16:9, not "${fit}"`);
  const scale = Number(values.scale ?? 2);
  if (![1, 2, 3].includes(scale)) throw new UsageError(`--scale must be 1, 2 or 3, not "${values.scale}"`);
  if (folder && format !== 'csv')
    throw new UsageError(`--out ${values.out} is a folder: give a file name for ${format}`);
  if (values.out === '-' && (format === 'png' || format === 'csv'))
    throw new UsageError(`--out - (standard output) is for svg and json only`);
  let today = new Date();
  if (values.today !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today))
      throw new UsageError(`--today must be a date like 2026-05-31, not "${values.today}"`);
    today = new Date(`${values.today}T12:00:00`);
  }
  return { ...values, data: values.data, out: values.out, format, theme, fit, scale, today } as const;
}

function write(path: string, content: string | Buffer) {
  if (path === '-') {
    process.stdout.write(content);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const isFolder = (out: string) => /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());

/** nodes.csv and links.csv paths for `--out`: a folder, or a prefix. */
function csvPaths(out: string): { nodes: string; links: string } {
  if (isFolder(out)) return { nodes: join(out, 'nodes.csv'), links: join(out, 'links.csv') };
  const prefix = out.replace(/\.csv$/i, '');
  const sep = /[-_.]$/.test(prefix) ? '' : '-';
  return { nodes: `${prefix}${sep}nodes.csv`, links: `${prefix}${sep}links.csv` };
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
    fail(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`, 2);
  }

  let result: { dataset?: Dataset | undefined; problems: Problem[] };
  if (isSpreadsheet(args.data)) {
    result = (await readSpreadsheet(args.data)).result;
  } else {
    let text: string;
    try {
      text = readFileSync(args.data, 'utf8');
    } catch (e) {
      fail(`${args.data}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    result = readDataset(text);
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
  const visible = applyFilters(indexDataset(dataset), state.filters);
  const layout = layoutMap({ dataset, visible, today: args.today });
  const options: SvgOptions = {
    theme: args.theme,
    fit: args.fit,
    legend: !args['no-legend'],
    footer: !args['no-footer'],
    title: args['no-title'] ? false : (args.title ?? dataset.meta.title),
    subtitle: args['no-subtitle'] ? '' : (args.subtitle ?? describeView(dataset, state.filters, state.focus)),
  };
  const svg = () => exportSvg({ dataset, visible, layout, focus: state.focus, options });

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
      written.push(paths.nodes, paths.links);
      break;
    }
  }
  if (args.out !== '-') {
    console.error(
      `wrote ${written.join(' and ')}: ${visible.nodes.length} of ${dataset.nodes.length} nodes, ${visible.links.length} of ${dataset.links.length} links`,
    );
  }
}

void main();
