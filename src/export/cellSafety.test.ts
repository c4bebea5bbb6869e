import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, isFormulaLike, safeCellText } from './cellSafety';

/** Reads one CSV line the way a spreadsheet does with list separator `sep` (RFC 4180 quoting). */
function readLine(line: string, sep: ',' | ';'): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** What a spreadsheet would run as a formula: a cell starting with one of = + - @ tab CR. */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

describe('safeCellText', () => {
  it('prefixes formula-like text with a single quote and leaves the rest as it was', () => {
    expect(safeCellText('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(safeCellText('+1')).toBe("'+1");
    expect(safeCellText('-2+3')).toBe("'-2+3");
    expect(safeCellText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCellText('\tcmd')).toBe("'\tcmd");
    expect(safeCellText('\rcmd')).toBe("'\rcmd");
    expect(safeCellText('Doc;=HYPERLINK("http://evil")')).toBe(`'Doc;=HYPERLINK("http://evil")`);
    expect(safeCellText('Doc, +1')).toBe("'Doc, +1");
    expect(safeCellText('2024-2027')).toBe('2024-2027');
    expect(safeCellText('Goals; targets')).toBe('Goals; targets');
    expect(safeCellText('a@b.int')).toBe('a@b.int');
  });

  it('writes numbers, booleans and gaps as they are', () => {
    expect(safeCellText(-2)).toBe('-2');
    expect(safeCellText(0.5)).toBe('0.5');
    expect(safeCellText(true)).toBe('true');
    expect(safeCellText(null)).toBe('');
    expect(safeCellText(undefined)).toBe('');
  });
});

describe('csvField', () => {
  it('quotes cells holding either list separator, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('Doc;=HYPERLINK("x")')).toBe(`"'Doc;=HYPERLINK(""x"")"`);
  });

  const hostile = fc.string({
    unit: fc.constantFrom('a', ' ', ',', ';', '"', '=', '+', '-', '@', '\t', '\r', '\n', "'", 'é', '中'),
    maxLength: 24,
  });

  it('keeps every value one cell under both separators, with no cell that runs as a formula', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (values) => {
        const line = values.map(csvField).join(',');
        const semicolonLine = values.map(csvField).join(';');
        const byComma = readLine(line, ',');
        const bySemicolon = readLine(semicolonLine, ';');
        expect(byComma).toEqual(values.map(safeCellText));
        expect(bySemicolon).toEqual(values.map(safeCellText));
        // A reader using the other separator sees one row of cells, none of which runs as a formula.
        for (const cell of [...readLine(line, ';'), ...readLine(semicolonLine, ',')]) {
          expect(runsAsFormula(cell) && !cell.startsWith("'")).toBe(false);
        }
      }),
    );
  });

  it('reads back the original text after the one quote it may add', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const [cell] = readLine(csvField(value), ';');
        expect(isFormulaLike(value) ? cell === `'${value}` : cell === value).toBe(true);
      }),
    );
  });
});
