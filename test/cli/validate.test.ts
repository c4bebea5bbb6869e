/** `npm run validate` end to end: located problems and a non-zero exit for bad files, a summary for good ones. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TINY = join(ROOT, 'test/fixtures/tiny.json');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'strategy-map-validate-'));

const run = (...files: string[]) => {
  const r = spawnSync(TSX, ['src/cli/validate.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('npm run validate', { timeout: 30_000 }, () => {
  it('summarises a valid dataset: nodes per kind, links per relation and basis, confidence, gaps, time', () => {
    const r = run(TINY);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${TINY}: valid — 1 warning(s)`);
    expect(r.stdout).toContain(`${TINY}:nodes[6].label: warning: title not yet sourced (id "q3")`);
    expect(r.stdout).toMatch(/nodes: 7 — goal 2, .*study-question 1/);
    expect(r.stdout).toMatch(/links: \d+ — by relation: contributes-to \d+/);
    expect(r.stdout).toMatch(/links by basis: .*official \d+/);
    expect(r.stdout).toMatch(/confidence of nodes: .*high \d+/);
    expect(r.stdout).toMatch(/titles not yet sourced: study-question 1/);
    expect(r.stdout).toMatch(/validated 0\.\d\d MB in \d+ ms/);
  });

  it('prints every problem as file:path: message and exits 1, going on to the next file', () => {
    const tiny = JSON.parse(readFileSync(TINY, 'utf8')) as { nodes: { id: string }[]; links: { target: string }[] };
    tiny.nodes[1]!.id = tiny.nodes[0]!.id;
    tiny.links[2]!.target = 'nowhere';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(tiny, null, 2));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "formatVersion": 1,\n  "meta": {,\n}');
    const r = run(bad, broken, TINY);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:nodes[1].id: duplicate node id "${tiny.nodes[0]!.id}"`);
    expect(r.stderr).toContain(`${bad}:links[2].target: link target "nowhere" is not a node id`);
    expect(r.stderr).toMatch(new RegExp(`${broken.replace(/[.]/g, '\\.')}:3:\\d+: .*not valid JSON`));
    expect(r.stdout).toContain(`${TINY}: valid`);
  });
});

describe('npm run validate: one reader, exit codes, complete output', { timeout: 60_000 }, () => {
  it('reads a file saved with a byte-order mark or as UTF-16 like the app does', () => {
    const text = readFileSync(TINY, 'utf8');
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${text}`);
    const wide = join(dir, 'utf16.json');
    writeFileSync(wide, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run(bom, wide);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${bom}: valid`);
    expect(r.stdout).toContain(`${wide}: valid`);
  });

  it('refuses Latin-1 bytes with the byte, its offset, line and column, and exits 1', () => {
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from(readFileSync(TINY, 'utf8').replace('Goal 1', 'Goal é'), 'latin1'));
    const r = run(latin1);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`latin1\\.json:\\d+:\\d+: not UTF-8 text: byte 0xE9 at byte \\d+ is not valid UTF-8`),
    );
  });

  it('exits 2 on a usage error', () => {
    expect(run().status).toBe(2);
  });

  it('writes every line before exiting, even through a pipe', () => {
    const tiny = JSON.parse(readFileSync(TINY, 'utf8')) as { nodes: { id: string }[]; links: unknown[] };
    const model = tiny.nodes[0]!;
    tiny.nodes = Array.from({ length: 9_000 }, (_, i) => ({ ...model, id: `n${i}` }));
    tiny.links = [];
    const lonely = join(dir, 'lonely.json');
    writeFileSync(lonely, JSON.stringify(tiny));
    const r = spawnSync('sh', ['-c', `"${TSX}" src/cli/validate.ts "${lonely}" | wc -l`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // 9,000 warnings ("has no links"), the verdict and the summary lines.
    expect(Number(r.stdout.trim())).toBeGreaterThan(9_001);
    const direct = run(lonely);
    expect(Number(r.stdout.trim())).toBe(direct.stdout.split('\n').length - 1);
    expect(direct.stdout).toContain(`${lonely}: valid — 9000 warning(s)`);
  });
});
