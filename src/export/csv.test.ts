import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv } from './csv';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import { hostileDataset, loadTiny } from '../../test/export/xml';

/** A small RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('last row not terminated by CRLF');
  return rows;
}

describe('csvCell', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses spreadsheet formulas with a leading single quote', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('2024-2027')).toBe('2024-2027');
  });
});

describe('exportCsv', () => {
  it('writes exactly the visible nodes and links, with headers, read back intact', () => {
    const d = hostileDataset();
    const visible = applyFilters(indexDataset(d), { ...NO_FILTERS, kinds: ['goal', 'thematic-priority', 'programme'] });
    const { nodes, links, sources } = exportCsv(d, visible);
    const nodeRows = parseCsv(nodes);
    const linkRows = parseCsv(links);
    expect(nodeRows[0]?.slice(0, 4)).toEqual(['ID', 'Kind', 'Code', 'Title']);
    expect(nodeRows.slice(1).map((r) => r[0])).toEqual(['g1', 'g2', 'tp1', 'p1']);
    expect(nodeRows.slice(1).map((r) => r[3])).toEqual([
      '<script>alert(1)</script>',
      `A & B "quoted" 'single'`,
      'الاتصالات',
      '信息通信技术',
    ]);
    expect(linkRows[0]).toEqual([
      'Source ID',
      'Source code',
      'Source title',
      'Target ID',
      'Target code',
      'Target title',
      'Relation',
      'Basis',
      'Confidence',
      'Note',
      'Sources',
    ]);
    expect(linkRows.slice(1).map((r) => `${r[0]}->${r[3]}`)).toEqual(['tp1->g2', 'p1->tp1', 'p1->g1']);
    // Each end named by code and title, so the links file reads without the nodes file.
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    for (const r of linkRows.slice(1)) {
      expect(r[2]).toBe(byId.get(r[0] ?? '')?.label ?? '');
      expect(r[5]).toBe(byId.get(r[3] ?? '')?.label ?? '');
    }
    expect(linkRows[3]?.[4]).toBe('Goal 1');
    expect(nodeRows[1]?.at(-1)).toBe('doc (p. 1)');
    expect(parseCsv(sources)[1]?.slice(0, 2)).toEqual(['doc', 'Fixture document']);
    for (const r of nodeRows) expect(r).toHaveLength(nodeRows[0]?.length ?? 0);
    for (const r of linkRows) expect(r).toHaveLength(linkRows[0]?.length ?? 0);
  });

  it('guards cells of the data against formula injection', () => {
    const d = loadTiny();
    const evil = {
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'g1' ? { ...n, label: '=cmd|" /C calc"!A0', code: '@x' } : n)),
    };
    const rows = parseCsv(exportCsv(evil, evil).nodes);
    expect(rows[1]?.[2]).toBe("'@x");
    expect(rows[1]?.[3]).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('keeps a cell with a semicolon whole and inert where the list separator is ";"', () => {
    const d = loadTiny();
    const evil = {
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'g1' ? { ...n, label: 'Doc;=HYPERLINK("http://x","y")' } : n)),
    };
    const line = exportCsv(evil, evil).nodes.split('\r\n')[1] ?? '';
    expect(line).toContain(`"'Doc;=HYPERLINK(""http://x"",""y"")"`);
    expect(parseCsv(exportCsv(evil, evil).nodes)[1]?.[3]).toBe(`'Doc;=HYPERLINK("http://x","y")`);
  });

  it('writes an empty label for a gap and a column per translation language', () => {
    const d = loadTiny();
    const translated = {
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'g1' ? { ...n, translations: { zh: '普遍连接', ar: 'التوصيل الشامل' } } : n)),
    };
    const rows = parseCsv(exportCsv(translated, translated).nodes);
    expect(rows[0]?.slice(3, 6)).toEqual(['Title', 'Title (ar)', 'Title (zh)']);
    expect(rows[1]?.slice(4, 6)).toEqual(['التوصيل الشامل', '普遍连接']);
    expect(rows.find((r) => r[0] === 'q3')?.[3]).toBe('');
  });
});
