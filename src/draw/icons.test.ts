import { describe, expect, it } from 'vitest';
import { ICONS } from '../model/schema';
import { ICON_PATHS } from './icons';

describe('ICON_PATHS', () => {
  it('has a closed path inside the 16×16 box for every icon name', () => {
    for (const name of ICONS) {
      const d = ICON_PATHS[name];
      expect(d, name).toMatch(/^M.*Z$/);
      const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(Math.min(...n), name).toBeGreaterThanOrEqual(0);
      expect(Math.max(...n), name).toBeLessThanOrEqual(16);
    }
  });
});
