import { describe, expect, it } from 'vitest';
import { buildDataset, importFiles, prepareImport, type ImportResult } from '../../src/io/import';
import { locationOf, type ImportProblem } from '../../src/io/import/types';
import { datasetSheets, sheetsToXlsx, templateSheets } from '../../src/io/import/template';
import { ITU_KINDS } from '../../src/model/ituKinds';
import { validateDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/schema';
import { generateChainCsv } from '../fixtures/import/generate';
import { loadFixture } from '../fixtures/load';
import { readFileSync } from 'node:fs';
import { exportXlsx } from '../../src/export/xlsx';
import { CSV_BOM, exportCsv } from '../../src/export/csv';
import { blobFile, fixtureFile, textFile } from './files';

const ctx = { kinds: ITU_KINDS, sources: [], date: '2026-12-01' };
const where = (p: ImportProblem) => `${locationOf(p)}: ${p.message}`;
const errors = (r: { problems: ImportProblem[] }) => r.problems.filter((p) => p.severity === 'error').map(where);
const imported = async (...names: string[]) => {
  const { result } = await importFiles(names.map(fixtureFile), ctx);
  return result as ImportResult;
};
const titles = (d: Dataset | undefined, kind: string) =>
  (d?.nodes ?? []).filter((n) => n.kind === kind).map((n) => n.label ?? n.code);

describe('chain table', () => {
  it('makes one item per distinct value and links each to the one on its left', async () => {
    const r = await imported('chain.csv');
    expect(errors(r)).toEqual([]);
    const d = r.dataset!;
    expect(d.kinds.map((k) => k.id)).toEqual(ITU_KINDS.slice(0, 6).map((k) => k.id));
    expect(titles(d, 'goal')).toEqual(['Universal connectivity', 'Sustainable digital transformation']);
    const goal1 = d.nodes.find((n) => n.code === 'Goal 1')!;
    expect(goal1.label).toBe('Universal connectivity');
    const afr2 = d.nodes.find((n) => n.code === 'AFR2')!;
    const programme = d.nodes.find((n) => n.label === 'Affordable connectivity')!;
    expect(d.links).toContainEqual(
      expect.objectContaining({ source: afr2.id, target: programme.id, basis: 'proposed', confidence: 'medium' }),
    );
    // Rows 2 and 3 repeat the goal → priority → programme chain: merged into one link each, noted with both rows.
    const repeated = d.links.filter((l) => l.target === goal1.id);
    expect(repeated).toHaveLength(1);
    expect(repeated[0]!.note).toContain('rows 2, 3');
    expect(validateDataset(d).dataset).toBeDefined();
  });

  it('says where a chain stops', async () => {
    const r = await imported('chain.csv');
    expect(r.problems.map(where)).toContain(
      "row 6, column 'Thematic priority': empty, the chain stops here: the items after it are not linked to the ones before",
    );
    const afr3 = r.dataset!.nodes.find((n) => n.code === 'AFR3')!;
    const targets = r.dataset!.links.filter((l) => l.source === afr3.id).map((l) => l.target);
    expect(targets).toEqual([r.dataset!.nodes.find((n) => n.label === 'Digital transformation')!.id]);
  });

  it('states the defaults it applied, and cites the file for items that cite nothing', async () => {
    const r = await imported('chain.csv');
    expect(r.defaults.join('\n')).toMatch(/basis 'proposed' for 14 links/);
    expect(r.defaults.join('\n')).toMatch(/confidence 'medium' for 15 items and 14 links/);
    const source = r.dataset!.meta.sources.find((s) => s.type === 'file')!;
    expect(source.title).toBe('imported from chain.csv, 2026-12-01');
    expect(r.dataset!.nodes.every((n) => n.sources[0]?.source === source.id)).toBe(true);
  });

  it('imports a generated 5,000-row sheet, merging repeated values', async () => {
    const { result } = await importFiles([textFile('big.csv', generateChainCsv(5000))], ctx);
    const r = result as ImportResult;
    expect(errors(r)).toEqual([]);
    const d = r.dataset!;
    expect(titles(d, 'goal')).toHaveLength(4);
    expect(titles(d, 'wsis-action-line')).toHaveLength(11);
    expect(d.nodes.length).toBeLessThan(5000);
    expect(d.links.length).toBeGreaterThan(4000);
  });

  it('follows the user when they change a column’s meaning', async () => {
    const prepared = await prepareImport([fixtureFile('chain.csv')], ITU_KINDS);
    if (prepared.kind !== 'plan') throw new Error(prepared.kind);
    const plan = prepared.plan;
    const question = plan.chain!.columns.find((c) => c.header === 'Question')!;
    question.role = 'ignore';
    const wsis = plan.chain!.columns.find((c) => c.header === 'WSIS action line')!;
    wsis.kind = 'resolution';
    const r = buildDataset(plan, ctx);
    expect(titles(r.dataset, 'study-question')).toEqual([]);
    expect(r.dataset!.nodes.filter((n) => n.kind === 'resolution').map((n) => n.code)).toEqual(['C2', 'C4', 'C5']);
  });
});

describe('elements and connections (Kumu)', () => {
  it('reads two CSV files: kinds from the ITU preset or created, | for several values', async () => {
    const r = await imported('kumu-elements.csv', 'kumu-connections.csv');
    expect(errors(r)).toEqual([]);
    const d = r.dataset!;
    expect(d.kinds.map((k) => k.id)).toEqual([
      'goal',
      'programme',
      'regional-initiative',
      'wsis-action-line',
      'project',
    ]);
    expect(r.counts.kindsCreated).toEqual(['Project']);
    const programme = d.nodes.find((n) => n.label === 'Affordable connectivity')!;
    expect(programme.tags).toEqual(['broadband', 'affordability']);
    expect(programme.periods).toEqual(['2024-2027']);
    expect(d.nodes.find((n) => n.id === 'goal-1')?.label).toBe('Universal connectivity');
    // "C2|AFR2" → two links; "goal-1" matched by id, the others by title.
    // (AFR2 → programme is already on row 3: the repeat is merged into that link.)
    const toProgramme = d.links.filter((l) => l.target === programme.id);
    expect(toProgramme.map((l) => l.source).sort()).toEqual(['regional-initiative-afr2', 'wsis-action-line-c2']);
    expect(toProgramme.find((l) => l.source === 'wsis-action-line-c2')?.note).toBe('Both build infrastructure.');
    expect(d.links.find((l) => l.target === 'goal-1')).toMatchObject({
      basis: 'derived',
      relation: 'contributes-to',
      source: programme.id,
    });
  });

  it('reads a workbook with Elements and Connections sheets', async () => {
    const r = await imported('kumu.xlsx');
    expect(errors(r)).toEqual([]);
    expect(r.dataset!.nodes).toHaveLength(3);
    expect(r.dataset!.links).toHaveLength(2);
  });

  it('locates every error by sheet, row and column, and gives no dataset', async () => {
    const elements =
      'Label,Type,ID,Confidence,Period\nA,Goal,a,high,2024-2027\nB,Programme,a,sure,2024\nC,Programme,c,,next year\n';
    const connections = 'From,To,Basis\nC,A,official\nC,Nowhere,maybe\n,A,\n';
    const { result } = await importFiles([textFile('items.csv', elements), textFile('links.csv', connections)], ctx);
    expect(result.dataset).toBeUndefined();
    expect(errors(result as ImportResult)).toEqual([
      "sheet 'items.csv', row 3, column 'ID': the id 'a' is already used in row 2",
      "sheet 'items.csv', row 4, column 'Period': 'next year' is not a year or a period like 2024-2027",
      "sheet 'links.csv', row 3, column 'To': 'Nowhere' is not an item in 'items.csv' (no id, code or title matches)",
      "sheet 'links.csv', row 4, column 'From': empty: a connection needs the item it starts from",
    ]);
  });
});

describe('hostile files', () => {
  it('CSV: BOM, semicolons, a title row, empty rows, formulas kept as text, Arabic and Chinese', async () => {
    const r = await imported('hostile.csv');
    expect(errors(r)).toEqual([]);
    expect(r.problems.map(where)).toContain('row 1: this row was skipped as a title above the header in row 2');
    const labels = r.dataset!.nodes.map((n) => n.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        '=HYPERLINK("http://evil.example","click")',
        'تنمية القدرات',
        '数字化转型',
        '@SUM(1+1)',
        '<img src=x onerror=alert(1)>',
        '-2+3',
      ]),
    );
    expect(r.dataset!.links.some((l) => l.note === 'line one\nline two')).toBe(true);
    expect(r.dataset!.links.some((l) => l.note === "+cmd|' /C calc'!A0")).toBe(true);
  });

  it('XLSX: a merged banner and a merged header cell, empty rows, formulas never evaluated', async () => {
    const r = await imported('hostile.xlsx');
    expect(errors(r)).toEqual([]);
    const d = r.dataset!;
    expect(r.problems.map(where)).toContain(
      "sheet 'Sheet1', row 1: this row was skipped as a title above the header in row 2",
    );
    expect(d.kinds.map((k) => k.id)).toEqual(['goal', 'thematic-priority', 'programme', 'regional-initiative']);
    expect(titles(d, 'thematic-priority')).toEqual(['تنمية القدرات', '=1+1']);
    expect(titles(d, 'programme')).toEqual(['Digital transformation', '数字化转型']);
    expect(d.nodes.map((n) => n.label)).not.toContain('Capacity development');
    expect(d.nodes.map((n) => n.label)).not.toContain('2');
  });

  it('refuses text that is not UTF-8 and files that are not spreadsheets, saying what to do', async () => {
    const latin1 = { name: 'old.csv', bytes: new Uint8Array([0x47, 0x6f, 0x61, 0x6c, 0x0a, 0xe9, 0x0a]).buffer };
    const r1 = (await importFiles([latin1], ctx)).result as ImportResult;
    // The one strict decoder says which byte, where, and what it probably is; the import adds the way out.
    expect(errors(r1)).toEqual([
      expect.stringMatching(
        /^\(file\): not UTF-8 text: byte 0xE9 at byte 5 .*Latin-1.*'CSV UTF-8 \(Comma delimited\)'/,
      ),
    ]);
    const broken = { name: 'broken.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]).buffer };
    const r2 = (await importFiles([broken], ctx)).result as ImportResult;
    expect(errors(r2)[0]).toMatch(/could not be read as an Excel workbook/);
  });
});

describe('our own files', () => {
  it('reads our JSON as a dataset', async () => {
    const { result } = await importFiles([fixtureFile('../tiny.json')], ctx);
    expect(result.dataset?.meta.title).toBe('Tiny fixture');
  });

  const datasets: [string, () => Dataset][] = [
    ['the tiny fixture', () => loadFixture()],
    ['the built-in ITU dataset', () => JSON.parse(readFileSync('data/itu.json', 'utf8')) as Dataset],
  ];
  const cited = (d: Dataset) =>
    d.meta.sources.filter((s) => [...d.nodes, ...d.links].some((i) => i.sources.some((r) => r.source === s.id)));
  // Our XLSX and CSV exports do not write `instrument` and `adoptedFor` (yet): compared without them.
  const unwritten = (d: Dataset) =>
    d.nodes.map((n) => {
      const copy = { ...n };
      delete copy.instrument;
      delete copy.adoptedFor;
      return copy;
    });
  const sameData = (back: Dataset, original: Dataset) => {
    expect(back.nodes).toEqual(unwritten(original));
    expect(back.links).toEqual(original.links);
    expect(back.kinds).toEqual(original.kinds.filter((k) => original.nodes.some((n) => n.kind === k.id)));
    expect(back.meta.sources).toEqual(cited(original));
  };

  it.each(datasets)('round trip: %s → our XLSX export → import gives the same data', async (_, load) => {
    const original = load();
    const blob = await exportXlsx({ dataset: original, visible: original });
    const { result } = await importFiles([await blobFile('map.xlsx', blob)], { ...ctx, kinds: original.kinds });
    expect(errors(result as ImportResult)).toEqual([]);
    sameData(result.dataset!, original);
  });

  it.each(datasets)('round trip: %s → our CSV export (three files) → import gives the same data', async (_, load) => {
    const original = load();
    const csv = exportCsv(original, original);
    const files = [
      textFile('map-nodes.csv', CSV_BOM + csv.nodes),
      textFile('map-links.csv', CSV_BOM + csv.links),
      textFile('map-sources.csv', CSV_BOM + csv.sources),
    ];
    const { result } = await importFiles(files, { ...ctx, kinds: original.kinds });
    expect(errors(result as ImportResult)).toEqual([]);
    sameData(result.dataset!, original);
  });

  it('round trip through the template writer keeps every field, kinds included', async () => {
    const original = JSON.parse(readFileSync('data/itu.json', 'utf8')) as Dataset;
    const blob = await sheetsToXlsx(datasetSheets(original));
    const { result } = await importFiles([await blobFile('map.xlsx', blob)], { ...ctx, kinds: [] });
    expect(errors(result as ImportResult)).toEqual([]);
    expect(result.dataset!.nodes).toEqual(original.nodes);
    expect(result.dataset!.links).toEqual(original.links);
    expect(result.dataset!.kinds).toEqual(original.kinds);
  });
});

describe('templates', () => {
  it('an empty chain-table template reads back as a chain table with the ITU kinds', async () => {
    const sheets = templateSheets('chain', ITU_KINDS);
    sheets[0]!.rows.push(['Goal 1: Universal connectivity', '', 'Affordable connectivity']);
    const { result, plan } = await importFiles([await blobFile('t.xlsx', await sheetsToXlsx(sheets))], ctx);
    expect(plan?.shape).toBe('chain');
    expect(plan?.chain?.columns.filter((c) => c.role === 'chain').map((c) => c.kind)).toEqual(
      ITU_KINDS.filter((k) => !('hidden' in k)).map((k) => k.id),
    );
    expect(result.dataset?.nodes).toHaveLength(2);
    expect(result.dataset?.links).toHaveLength(0);
  });

  it('the elements template reads back as items and connections', async () => {
    const sheets = templateSheets('elements', ITU_KINDS);
    sheets[0]!.rows.push(
      ['g', 'goal', 'Goal 1', 'Universal connectivity'],
      ['p', 'programme', '', 'Affordable connectivity'],
    );
    sheets[1]!.rows.push(['p', 'g', '', 'derived', '', 'Listed under Goal 1.']);
    const { result } = await importFiles([await blobFile('t.xlsx', await sheetsToXlsx(sheets))], ctx);
    expect(errors(result as ImportResult)).toEqual([]);
    expect(result.dataset?.links).toEqual([
      {
        source: 'p',
        target: 'g',
        relation: 'contributes-to',
        basis: 'derived',
        sources: [{ source: 'imported-file' }],
        confidence: 'medium',
        note: 'Listed under Goal 1.',
      },
    ]);
  });
});
