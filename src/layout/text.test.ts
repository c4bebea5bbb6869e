import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureText, wrapText } from './text';

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
