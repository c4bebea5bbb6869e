import { describe, expect, it } from 'vitest';
import { guessSeparator, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, CRLF or LF', () => {
    const { sheet, problems } = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\n1,,3', 'f.csv');
    expect(problems).toEqual([]);
    expect(sheet.rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('drops a byte order mark and reads semicolon-separated files', () => {
    const { sheet, separator } = parseCsv('\uFEFFGoal;Programme\r\nGoal 1;"A; B"\r\n', 'f.csv');
    expect(separator).toBe(';');
    expect(sheet.rows).toEqual([
      ['Goal', 'Programme'],
      ['Goal 1', 'A; B'],
    ]);
  });

  it('keeps empty rows so row numbers match the spreadsheet', () => {
    const { sheet } = parseCsv('h\n\nx\n', 'f.csv');
    expect(sheet.rows).toEqual([['h'], [''], ['x']]);
  });

  it('reports an unterminated quote at the row it opens on, and still returns', () => {
    const { problems, sheet } = parseCsv('a,b\n1,2\n"open,3\n4,5\n', 'f.csv');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', row: 3 });
    expect(sheet.rows[2]?.[0]).toContain('open,3');
  });

  it('guesses the separator from the first line, ignoring quoted text', () => {
    expect(guessSeparator('"a;b;c",d,e\n')).toBe(',');
    expect(guessSeparator('a\tb\tc\n')).toBe('\t');
    expect(guessSeparator('\n\na;b\n')).toBe(';');
  });
});
