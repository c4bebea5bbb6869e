/** The CLIs read spreadsheets through the same import as the app. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIX = join(ROOT, 'test/fixtures/import');
const dir = mkdtempSync(join(tmpdir(), 'strategy-map-import-cli-'));
const run = (...args: string[]) => spawnSync(TSX, args, { cwd: ROOT, encoding: 'utf8' });

describe('CLIs on spreadsheets', { timeout: 60_000 }, () => {
  it('validate imports a chain table, states the defaults and locates the chain that stops', () => {
    const file = join(FIX, 'chain.csv');
    const r = run('src/cli/validate.ts', file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${file}:row 6, column 'Thematic priority': warning: empty, the chain stops here`);
    expect(r.stdout).toContain("default: basis 'proposed' for 14 links that give none");
    expect(r.stdout).toMatch(/nodes: 15 — goal 2, thematic-priority 2, programme 2/);
  });

  it('validate takes items and connections as two files joined by +, and fails on located errors', () => {
    const ok = run('src/cli/validate.ts', `${join(FIX, 'kumu-elements.csv')}+${join(FIX, 'kumu-connections.csv')}`);
    expect(ok.status, ok.stderr).toBe(0);
    const bad = join(dir, 'links.csv');
    writeFileSync(bad, 'From,To\nAFR2,Goal 9\n');
    const r = run('src/cli/validate.ts', `${join(FIX, 'kumu-elements.csv')}+${bad}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "sheet 'links.csv', row 2, column 'To': 'Goal 9' is not an item in 'kumu-elements.csv' (no id, code or title matches)",
    );
  });

  it('export draws a workbook as SVG', () => {
    const out = join(dir, 'kumu.svg');
    const r = run('src/cli/export.ts', '--data', join(FIX, 'kumu.xlsx'), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Affordable connectivity');
    expect(svg).toContain('Universal connectivity');
  });
});
