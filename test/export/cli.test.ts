/** `npm run export` end to end: the command line writes what the app's export functions produce. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exportSvg } from '../../src/export/svg';
import { exportCsv, CSV_BOM } from '../../src/export/csv';
import { describeView } from '../../src/export/viewSummary';
import { layoutMap } from '../../src/layout/layoutMap';
import { applyFilters } from '../../src/model/filters';
import { indexDataset } from '../../src/model/graph';
import { decodeViewState } from '../../src/model/viewState';
import { readDataset } from '../../src/io/readDataset';
import { parseSvg } from './xml';
import { decodePng } from './png';
import { svgPixelSize } from '../../src/export/svgSize';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TINY = join(ROOT, 'test/fixtures/tiny.json');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'strategy-map-export-'));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(TSX, ['src/cli/export.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run export', { timeout: 30_000 }, () => {
  const view = '?f=g2&k=goal,thematic-priority,programme&v=1';
  const today = '2026-06-01';
  const expected = () => {
    const dataset = readDataset(readFileSync(TINY, 'utf8')).dataset!;
    const { state } = decodeViewState(view, dataset, new Date(`${today}T12:00:00`));
    const visible = applyFilters(indexDataset(dataset), state.filters);
    return { dataset, visible, state, layout: layoutMap({ dataset, visible, today: new Date(`${today}T12:00:00`) }) };
  };

  it('writes the same SVG as the app for a view given as a URL', () => {
    const out = join(dir, 'map.svg');
    const r = run([
      '--data',
      TINY,
      '--view',
      `https://example.org/strategy-map/${view}`,
      '--out',
      out,
      '--today',
      today,
      '--theme',
      'print',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const { dataset, visible, state, layout } = expected();
    const subtitle = describeView(dataset, state.filters, state.focus);
    expect(subtitle).toContain('Focus: Goal 2');
    const svg = exportSvg({
      dataset,
      visible,
      layout,
      focus: state.focus,
      options: { theme: 'print', fit: 'content', legend: true, footer: true, title: dataset.meta.title, subtitle },
    });
    expect(readFileSync(out, 'utf8')).toBe(svg);
    expect(parseSvg(svg).querySelectorAll('g[data-node]')).toHaveLength(4);
  });

  it('writes nodes.csv and links.csv into a folder, with a UTF-8 byte order mark for Excel', () => {
    const folder = join(dir, 'tables') + '/';
    const r = run(['--data', TINY, '--view', view, '--out', folder, '--today', today]);
    expect(r.status, r.stderr).toBe(0);
    const { dataset, visible } = expected();
    const csv = exportCsv(dataset, visible);
    expect(readFileSync(join(folder, 'nodes.csv'), 'utf8')).toBe(CSV_BOM + csv.nodes);
    expect(readFileSync(join(folder, 'links.csv'), 'utf8')).toBe(CSV_BOM + csv.links);
  });

  it('writes JSON to standard output that is a valid dataset', () => {
    const r = run(['--data', TINY, '--view', view, '--out', '-', '--format', 'json', '--today', today]);
    expect(r.status, r.stderr).toBe(0);
    expect(readDataset(r.stdout).dataset?.nodes.map((n) => n.id)).toEqual(['g1', 'g2', 'tp1', 'p1']);
  });

  it.skipIf(!existsSync('/usr/bin/rsvg-convert'))(
    'writes a PNG at the scale asked, drawn from the same SVG (skipped only without rsvg-convert; CI installs it)',
    () => {
      const svgOut = join(dir, 'same.svg');
      const pngOut = join(dir, 'same.png');
      const common = ['--data', TINY, '--view', view, '--today', today];
      expect(run([...common, '--out', svgOut]).status).toBe(0);
      const r = run([...common, '--out', pngOut, '--scale', '3']);
      expect(r.status, r.stderr).toBe(0);
      const png = decodePng(readFileSync(pngOut));
      const { width } = svgPixelSize(readFileSync(svgOut, 'utf8'));
      expect(width).toBeGreaterThan(0);
      expect(png.width).toBe(Math.ceil(width * 3));
      const colours = new Set<number>();
      for (let i = 0; i < png.rgba.length; i += 4 * 53)
        colours.add((png.rgba[i]! << 16) | (png.rgba[i + 1]! << 8) | png.rgba[i + 2]!);
      expect(colours.size).toBeGreaterThan(10);
    },
  );

  it('fails with located errors for an invalid dataset, and clearly when rsvg-convert is missing', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"formatVersion": 1, "meta": {}}');
    const invalid = run(['--data', bad, '--out', join(dir, 'x.svg')]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain(`${bad}:kinds:`);
    const noRsvg = run(['--data', TINY, '--out', join(dir, 'x.png')], { RSVG_CONVERT: '/nonexistent/rsvg-convert' });
    expect(noRsvg.status).toBe(1);
    expect(noRsvg.stderr).toContain('PNG export needs rsvg-convert');
    const usage = run(['--data', TINY]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--out is required');
  });
});
