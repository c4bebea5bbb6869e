import { describe, expect, it } from 'vitest';
import { headerTitle, headerTitleWidth } from './headerTitle';
import { measureText } from '../layout/text';
import { HEADER_STYLE } from './look';
import { BOLD_FACTOR } from './fitText';
import { GEOMETRY } from '../layout/types';

const fit = (title: string, count = 10) =>
  headerTitle({ title, count, columnWidth: GEOMETRY.nodeWidth, hasIcon: true });

describe('headerTitle', () => {
  it('keeps a short name on one line at the header size', () => {
    const t = fit('Strategic goals', 2);
    expect(t.lines).toEqual(['Strategic goals']);
    expect(t.fontSize).toBe(HEADER_STYLE.titleFontSize);
  });

  it('shows the whole of the built-in column names that were cut ("BDT thematic ar…")', () => {
    for (const name of ['BDT thematic areas', 'Regional initiatives', 'WSIS action lines', 'Study Questions']) {
      const t = fit(name, 19);
      expect(t.truncated).toBe(false);
      expect(t.lines.join(' ')).toBe(name);
      expect(t.lines.length).toBeLessThanOrEqual(2);
      const room = headerTitleWidth({ count: 19, columnWidth: GEOMETRY.nodeWidth, hasIcon: true });
      for (const line of t.lines) expect(measureText(line, t.fontSize) * BOLD_FACTOR).toBeLessThanOrEqual(room);
    }
  });

  it('wraps to two lines at a smaller size that still fits the header', () => {
    const t = fit('BDT thematic areas');
    expect(t.lines).toHaveLength(2);
    expect(t.fontSize).toBeLessThan(HEADER_STYLE.titleFontSize);
    expect(t.fontSize).toBeGreaterThanOrEqual(12);
    // Two lines stay inside the header above its rule.
    expect(2 * t.lineHeight).toBeLessThanOrEqual(HEADER_STYLE.height - HEADER_STYLE.ruleHeight);
  });

  it('cuts only a name too long for two lines, with an ellipsis, and says so', () => {
    const t = fit('Regional initiatives of the Telecommunication Development Sector adopted by the conference');
    expect(t.lines).toHaveLength(2);
    expect(t.truncated).toBe(true);
    expect(t.lines[1]).toMatch(/…$/);
  });
});
