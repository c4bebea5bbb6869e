import { describe, expect, it } from 'vitest';
import { BASES } from '../model/schema';
import { contrastRatio, cssVariables, LINK_DASH, linkStyle, THEME_NAMES, THEMES } from './look';

describe('the look', () => {
  it('tells link bases apart in every theme, by dash or by weight and lightness', () => {
    for (const name of THEME_NAMES) {
      const styles = BASES.map((b) => linkStyle(THEMES[name], b, 'plain'));
      const signatures = new Set(styles.map((s) => `${s.dash?.join(',')}|${s.width}|${s.opacity}`));
      expect(signatures.size, name).toBe(BASES.length);
    }
  });

  it('projects solid lines, and text and lines at a contrast of at least 7:1', () => {
    const p = THEMES.projector;
    for (const b of BASES) expect(linkStyle(p, b, 'plain').dash).toBeNull();
    for (const colour of [p.ink, p.muted, p.link, p.chainLink, p.gapText, p.focusOutline])
      expect(contrastRatio(colour, p.background)).toBeGreaterThanOrEqual(7);
    expect(p.minLabelPx).toBeGreaterThanOrEqual(18);
  });

  it('writes the screen CSS properties from the same values the export uses', () => {
    const vars = cssVariables(THEMES.screen);
    expect(vars['--sm-link']).toBe(THEMES.screen.link);
    expect(vars['--sm-dash-derived']).toBe(LINK_DASH.derived.dash?.join(' '));
    expect(vars['--sm-dash-proposed']).toBe(LINK_DASH.proposed.dash?.join(' '));
    expect(vars['--sm-node-tint']).toBe('11%');
    for (const [name, value] of Object.entries(vars)) {
      expect(name).toMatch(/^--sm-[a-z-]+$/);
      expect(value).not.toMatch(/[;{}]/);
    }
  });
});
