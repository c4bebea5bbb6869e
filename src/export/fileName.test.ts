import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './fileName';
import { NO_FILTERS } from '../model/filters';
import { loadTiny } from '../../test/export/xml';

const today = new Date(2026, 11, 1, 12);

describe('exportFileName', () => {
  const d = loadTiny();
  const goal = d.nodes.find((n) => n.kind === 'goal' && n.code);

  it('names the focused node and the region, then the date', () => {
    expect(goal?.code).toBeTruthy();
    const name = exportFileName({
      dataset: d,
      filters: { ...NO_FILTERS, regions: ['Arab States'] },
      focus: goal?.id ?? null,
      today,
      extension: 'pptx',
    });
    expect(name).toBe(`${slug(goal?.code ?? '')}-arab-states-2026-12-01.pptx`);
  });

  it('goes by the dataset title when nothing is narrowed, and by the view name for a saved view', () => {
    const whole = exportFileName({ dataset: d, filters: NO_FILTERS, today, extension: 'xlsx' });
    expect(whole).toMatch(/^[a-z0-9-]+-2026-12-01\.xlsx$/);
    expect(whole).toContain(slug(d.meta.title.split(':')[0] ?? ''));
    expect(exportFileName({ dataset: d, viewName: 'Goal 2 — Arab States', today, extension: 'pdf' })).toBe(
      'goal-2-arab-states-2026-12-01.pdf',
    );
  });

  it('differs by part and keeps only safe characters', () => {
    const a = exportFileName({ dataset: d, today, extension: 'csv', part: 'nodes' });
    const b = exportFileName({ dataset: d, today, extension: 'csv', part: 'links' });
    expect(a).not.toBe(b);
    expect(exportFileName({ dataset: d, viewName: 'الاتصالات/../x', today, extension: 'svg' })).toBe(
      'x-2026-12-01.svg',
    );
  });
});
