/**
 * Checks a user would trust: the PowerPoint and Word files open in LibreOffice (headless) and convert to PDF whose
 * text holds the exported nodes' titles; the command line's PDF (Chromium's print) holds Arabic and Chinese
 * labels as text; the workbook reads back as the same nodes and links.
 *
 * LibreOffice runs with a private profile, one conversion at a time. It is heavy: like every e2e test, run this
 * under the shared lock (`flock /tmp/heavy.lock npm run e2e`), which is why it does not take the lock itself.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import readXlsxFile from 'read-excel-file/universal';
import { hostileDataset } from '../export/xml';
import { planPages } from '../../src/export/page/plan';
import { parsePage } from '../../src/export/page/pageSize';
import { exportPptx, pptxSlides } from '../../src/export/pptx';
import { exportDocx, DOCX_MARGIN } from '../../src/export/docx';
import JSZip from 'jszip';
import { applyFilters, defaultFilters, NO_FILTERS } from '../../src/model/filters';
import { readDataset } from '../../src/io/readDataset';
import { documentPages } from '../../src/export/documentPages';
import type { PageSize } from '../../src/export/page/pageSize';
import type { Dataset } from '../../src/model/schema';
import { indexDataset } from '../../src/model/graph';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'strategy-map-office-'));
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const haveOffice = existsSync(SOFFICE) && spawnSync('pdftotext', ['-v']).status === 0;

/** `file` converted to PDF by LibreOffice: the PDF's path. */
function officePdf(file: string): string {
  officePdfText(file);
  return file.replace(/\.\w+$/, '.pdf');
}

/** The text of page `n` (from 1) of a PDF. */
const pdfPageText = (pdf: string, n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });

/** `file` converted to PDF by LibreOffice, as text (pdftotext, layout kept). */
function officePdfText(file: string): { text: string; pages: number } {
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const pdf = file.replace(/\.\w+$/, '.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  return { text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }), pages };
}

/**
 * Text as compared with what pdftotext reads: without white space (titles wrap, CJK between any characters) or
 * bidi controls, and with the Arabic lam-alef ligature in the order pdftotext gives its letters (alef, lam).
 */
const squash = (s: string) =>
  s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '').replace(/\u0644\u0627/g, '\u0627\u0644');
const EMOJI = /\p{Extended_Pictographic}/u;

describe.skipIf(!haveOffice)('documents in LibreOffice', { timeout: 240_000 }, () => {
  const d = hostileDataset();
  const visible = applyFilters(indexDataset(d), NO_FILTERS);
  // Every title but the one made of emoji, which the fonts here cannot all draw.
  const titles = visible.nodes.map((n) => n.label).filter((l): l is string => l !== null && !EMOJI.test(l));

  it('opens the PowerPoint file and prints every node title on its slides', async () => {
    const plan = planPages({ dataset: d, visible, page: parsePage('16:9')! });
    const file = join(dir, 'map.pptx');
    writeFileSync(file, await exportPptx(pptxSlides(plan.pages), { title: d.meta.title }));
    const { text, pages } = officePdfText(file);
    expect(pages).toBe(plan.pages.length);
    const flat = squash(text);
    expect(titles.length).toBeGreaterThan(3);
    for (const title of titles) expect(flat).toContain(squash(title));
    for (const n of visible.nodes) if (n.code) expect(flat).toContain(squash(n.code));
  });

  it('opens the Word file: the drawing and the tables hold every node title', async () => {
    const page = parsePage('a4')!;
    const inner = { ...page, width: page.width - 2 * DOCX_MARGIN, height: page.height - 2 * DOCX_MARGIN };
    const plan = planPages({ dataset: d, visible, page: inner });
    const file = join(dir, 'map.docx');
    writeFileSync(file, await exportDocx({ dataset: d, pages: plan.pages, visible, page, margin: DOCX_MARGIN }));
    const { text, pages } = officePdfText(file);
    expect(pages).toBeGreaterThanOrEqual(plan.pages.length);
    const flat = squash(text);
    for (const title of titles) expect(flat).toContain(squash(title));
    expect(flat).toContain('Linksshown');
  });
});

describe.skipIf(!haveOffice)(
  'the built-in map, Goal 2 focused, on 16:9 slides and Word pages',
  { timeout: 300_000 },
  () => {
    const d = readDataset(readFileSync(join(ROOT, 'data/itu.json'), 'utf8')).dataset as Dataset;
    const filters = defaultFilters(d, new Date('2026-12-01'));
    const visible = applyFilters(indexDataset(d), filters);
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    const titleOf = (id: string) => byId.get(id)?.label ?? 'title not yet sourced';
    const plan = (page: PageSize) =>
      documentPages({ dataset: d, visible, filters, scope: 'focus', focus: 'sp24-goal-2', page });

    it('PowerPoint: each slide prints the titles of its own nodes, no text run under 9 pt, connectors glued to shapes on the slide', async () => {
      const { pages } = plan(parsePage('16:9')!);
      expect(pages.length).toBeGreaterThan(1);
      const file = join(dir, 'goal-2.pptx');
      const bytes = await exportPptx(pptxSlides(pages), { title: d.meta.title });
      writeFileSync(file, bytes);
      const zip = await JSZip.loadAsync(bytes);
      const pdf = officePdf(file);
      for (const [i, page] of pages.entries()) {
        const xml = (await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string')) ?? '';
        for (const m of xml.matchAll(/<a:rPr [^>]*\bsz="(\d+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(900);
        const ids = new Set([...xml.matchAll(/<p:cNvPr id="(\d+)" name="node:/g)].map((m) => m[1]));
        const ends = [...xml.matchAll(/<a:(?:stCxn|endCxn) id="(\d+)"/g)].map((m) => m[1]);
        expect(ends.length).toBe(2 * page.links.length);
        for (const id of ends) expect(ids.has(id)).toBe(true);
        const text = squash(pdfPageText(pdf, i + 1));
        for (const id of page.nodes) expect(text, `slide ${i + 1}: ${id}`).toContain(squash(titleOf(id)));
      }
    });

    it('Word: each drawing page prints the titles of its own nodes', async () => {
      const page = parsePage('16:9')!;
      const inner = { ...page, width: page.width - 2 * DOCX_MARGIN, height: page.height - 2 * DOCX_MARGIN };
      const { pages, nodes, links } = plan(inner);
      const file = join(dir, 'goal-2.docx');
      writeFileSync(
        file,
        await exportDocx({ dataset: d, pages, visible: { nodes, links }, page, margin: DOCX_MARGIN }),
      );
      const pdf = officePdf(file);
      for (const [i, p] of pages.entries()) {
        const text = squash(pdfPageText(pdf, i + 1));
        for (const id of p.nodes) expect(text, `page ${i + 1}: ${id}`).toContain(squash(titleOf(id)));
      }
    });
  },
);

describe('the command line PDF and workbook', { timeout: 120_000 }, () => {
  it('prints a PDF whose text holds Arabic and Chinese labels, at the page size asked', () => {
    const data = join(dir, 'hostile.json');
    writeFileSync(data, JSON.stringify(hostileDataset()));
    const out = join(dir, 'map.pdf');
    const r = spawnSync(TSX, ['src/cli/export.ts', '--data', data, '--out', out, '--page', 'a4'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
    const text = squash(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }));
    expect(text).toContain(squash('الاتصالات'));
    expect(text).toContain('信息通信技术');
    expect(text).toContain('Электросвязь');
    expect(text).toContain(squash('<script>alert(1)</script>'));
  });

  it('writes a workbook that reads back as the nodes and links of the view', async () => {
    const data = join(dir, 'hostile.json');
    writeFileSync(data, JSON.stringify(hostileDataset()));
    const out = join(dir, 'map.xlsx');
    const view = '?k=goal,thematic-priority,programme&v=1';
    const r = spawnSync(TSX, ['src/cli/export.ts', '--data', data, '--view', view, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const bytes = readFileSync(out);
    const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const nodes = sheets
      .find((s) => s.sheet === 'Nodes')
      ?.data.slice(1)
      .map((row) => row[0]);
    const d = hostileDataset();
    const kinds = ['goal', 'thematic-priority', 'programme'];
    const expected = d.nodes.filter((n) => kinds.includes(n.kind)).map((n) => n.id);
    expect(nodes).toEqual(expected);
    const links = sheets
      .find((s) => s.sheet === 'Links')
      ?.data.slice(1)
      .map((row) => `${row[0]}->${row[3]}`);
    expect(links?.sort()).toEqual(
      d.links
        .filter((l) => expected.includes(l.source) && expected.includes(l.target))
        .map((l) => `${l.source}->${l.target}`)
        .sort(),
    );
  });
});
