/**
 * Export of the built-in map per format, in Node, in a fresh process: time (median of three after one warm-up)
 * and file size, for the whole map as the app opens it (pptx, docx and pdf laid out for their default page, so
 * split into as many pages as keep text at 9 pt or more). `tsx bench/documents.ts` prints JSON on stdout; the
 * runner adds it to the results. PDF includes starting Chromium, as the command line does.
 */
import { spawnSync } from 'node:child_process';
import { statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DocumentResult {
  format: string;
  ms: number[];
  bytes: number;
  pages: number | null;
}

const FORMATS = ['svg', 'csv', 'json', 'xlsx', 'pptx', 'docx', 'pdf'] as const;

function main(): DocumentResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-map-bench-docs-'));
  const out: DocumentResult[] = [];
  for (const format of FORMATS) {
    const file = join(dir, format === 'csv' ? 'map-' : `map.${format}`);
    const ms: number[] = [];
    let pages: number | null = null;
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      const r = spawnSync(
        'npx',
        [
          'tsx',
          'src/cli/export.ts',
          '--data',
          'data/itu.json',
          '--out',
          file,
          '--format',
          format,
          '--today',
          '2026-06-01',
        ],
        { encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(`${format}: ${r.stderr}`);
      if (i > 0) ms.push(performance.now() - started);
      pages = Number(/\((\d+) pages?\)/.exec(r.stderr)?.[1] ?? NaN) || null;
    }
    const bytes =
      format === 'csv'
        ? ['nodes', 'links', 'sources'].reduce((sum, p) => sum + statSync(`${file}${p}.csv`).size, 0)
        : statSync(file).size;
    out.push({ format, ms: ms.sort((a, b) => a - b), bytes, pages });
  }
  return out;
}

if (process.argv[1]?.endsWith('documents.ts')) {
  const results = main();
  if (process.argv.includes('--markdown')) {
    const rows = results.map(
      (r) => `| ${r.format} | ${Math.round(r.ms[1] ?? 0)} | ${(r.bytes / 1000).toFixed(1)} | ${r.pages ?? ''} |`,
    );
    process.stdout.write(
      ['| format | ms (median, command line, cold process) | kB | pages |', '|---|---:|---:|---:|', ...rows].join(
        '\n',
      ) + '\n',
    );
  } else process.stdout.write(JSON.stringify(results));
}
