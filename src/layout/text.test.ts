import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charactersMeasured, measureText, wrapText } from './text';
import { referenceWrap } from '../../test/robustness/referenceText';

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Universal connectivity', { maxWidth: 200, fontSize: 12 })).toEqual({
      lines: ['Universal connectivity'],
      truncated: false,
    });
  });
  it('wraps at word boundaries and cuts to three lines with an ellipsis', () => {
    const text =
      'Building confidence and security in the use of information and communication technologies for all people everywhere in the world today';
    const wrapped = wrapText(text, { maxWidth: 150, fontSize: 12 });
    expect(wrapped.lines).toHaveLength(3);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines[2]?.endsWith('…')).toBe(true);
    expect(wrapped.lines[0]).toBe('Building confidence and');
  });
  it('breaks CJK text between characters', () => {
    const wrapped = wrapText('信息通信技术促进可持续发展目标的实现与数字化转型', {
      maxWidth: 120,
      fontSize: 12,
      maxLines: 5,
    });
    expect(wrapped.lines.length).toBeGreaterThan(1);
    expect(wrapped.lines.join('')).toBe('信息通信技术促进可持续发展目标的实现与数字化转型');
  });
  it('never loses text when it fits in the lines, and never overflows', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (raw) => {
        const text = raw.replace(/\s+/g, ' ').trim();
        const wrapped = wrapText(text, { maxWidth: 120, fontSize: 12, maxLines: 50 });
        for (const line of wrapped.lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
        expect(wrapped.lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

/** Text built from characters of every width class, spaces of several kinds, and long runs without spaces. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.constantFrom('i', 'l', '.', 'm', 'W', 'A', '7', 'a', 'é', '信', '한', '😀', '…', ' ', '\u00a0', '\n', '\t'),
      fc.constantFrom('a', 'W', 'i').chain((c) => fc.integer({ min: 1, max: 80 }).map((n) => c.repeat(n))),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('wrapText on any input', () => {
  it('agrees exactly with the straightforward quadratic wrap', () => {
    fc.assert(
      fc.property(
        mixedText,
        fc.integer({ min: 8, max: 300 }),
        fc.constantFrom(9, 12, 14),
        fc.integer({ min: 1, max: 5 }),
        (text, maxWidth, fontSize, maxLines) => {
          const options = { maxWidth, fontSize, maxLines };
          expect(wrapText(text, options)).toEqual(referenceWrap(text, options));
        },
      ),
      { seed: 18, numRuns: 600 },
    );
  });

  it('measures a bounded number of characters, however long the word or the text', () => {
    const options = { maxWidth: 180, fontSize: 12, maxLines: 3 };
    const cost = (text: string) => {
      const before = charactersMeasured();
      wrapText(text, options);
      return charactersMeasured() - before;
    };
    const oneLine = Math.ceil(180 / (0.3 * 12));
    for (const text of ['W'.repeat(1_000_000), 'i'.repeat(1_000_000), 'word '.repeat(200_000), '信'.repeat(500_000)]) {
      expect(cost(text)).toBeLessThan(40 * oneLine);
    }
    // A long text costs no more than a text just long enough to fill the lines.
    expect(cost('ab '.repeat(300_000))).toBeLessThanOrEqual(cost('ab '.repeat(300)) + oneLine);
  });
});
