/**
 * Hostile and extreme files through both command-line tools, as a careful tester would: each run ends in bounded
 * time (generous: the machine may be busy), with a located, plain-words refusal and exit 1, or a correct result.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hostileFiles } from './hostile';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'strategy-map-hostile-'));
/** Far above what any of these needs, so only a hang fails it. */
const BOUND_MS = 90_000;

const run = (script: string, args: string[]) => {
  const started = Date.now();
  const r = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: BOUND_MS });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    ms: Date.now() - started,
    timedOut: r.error !== undefined,
  };
};

const files = hostileFiles().map((f) => {
  const path = join(dir, f.name);
  writeFileSync(path, f.bytes);
  return { ...f, path };
});

describe('hostile files through the command-line tools', { timeout: 4 * BOUND_MS }, () => {
  it('validate refuses each bad file with a located message and accepts each good one, in bounded time', () => {
    // A 600 MB file, sparse: refused from its size, before it is read.
    const huge = join(dir, 'huge.json');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 600_000_000);
    const r = run('src/cli/validate.ts', [huge, ...files.map((f) => f.path)]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${huge}:(file): the file is too large (600 MB; the limit is 20 MB)`);
    for (const f of files) {
      if (f.refused) {
        const lines = r.stderr.split('\n').filter((l) => l.startsWith(`${f.path}:`));
        expect(lines.join('\n'), f.name).toMatch(f.refused);
        expect(r.stderr, f.name).toContain(`${f.path}: `);
      } else {
        expect(r.stdout, f.name).toContain(`${f.path}: valid`);
      }
    }
  });

  it('export draws a dataset at the text limits to SVG and CSV, cut on the map and whole in the CSV', () => {
    const atLimits = files.find((f) => f.name === 'at-limits.json')!.path;
    const svgPath = join(dir, 'at-limits.svg');
    const svg = run('src/cli/export.ts', ['--data', atLimits, '--view', '?k=*&p=*&v=1', '--out', svgPath]);
    expect(svg.timedOut).toBe(false);
    expect(svg.status, svg.stderr).toBe(0);
    const drawn = readFileSync(svgPath, 'utf8');
    // Drawn text is cut to fit, with an ellipsis; the full title stays in the node's accessible <title>.
    const drawnText = [...drawn.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)</g)].map((m) => m[1] ?? '');
    expect(drawnText.some((t) => t.endsWith('…'))).toBe(true);
    expect(Math.max(...drawnText.map((t) => t.length))).toBeLessThan(400);
    expect(drawn).toContain(`<title>Goal 1 — ${'W'.repeat(1_000)}`);
    expect(drawn).not.toMatch(/<script|onload=|javascript:/i);

    const csv = run('src/cli/export.ts', [
      '--data',
      atLimits,
      '--view',
      '?k=*&p=*&v=1',
      '--out',
      `${dir}/`,
      '--format',
      'csv',
    ]);
    expect(csv.status, csv.stderr).toBe(0);
    const nodes = readFileSync(join(dir, 'nodes.csv'), 'utf8');
    expect(nodes).toContain('W'.repeat(1_000));
    expect(nodes).toContain(`"'Doc;=HYPERLINK(""http://example.invalid"",""x"")"`);
  });

  it('export refuses a bad file with exit 1 and a usage error with exit 2', () => {
    const bad = run('src/cli/export.ts', [
      '--data',
      files.find((f) => f.name === 'label-1mb.json')!.path,
      '--out',
      join(dir, 'x.svg'),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/nodes\[0\]\.label: text too long/);
    expect(run('src/cli/export.ts', ['--bogus']).status).toBe(2);
  });
});
