import { describe, expect, it } from 'vitest';
import { describeView } from './viewSummary';
import { NO_FILTERS } from '../model/filters';
import { loadTiny } from '../../test/export/xml';

describe('describeView', () => {
  const d = loadTiny();
  it('is empty when nothing is restricted', () => {
    expect(describeView(d, NO_FILTERS)).toBe('');
  });

  it('names every restriction and the focus by what users see', () => {
    expect(
      describeView(
        d,
        {
          ...NO_FILTERS,
          kinds: ['goal', 'programme'],
          periods: ['2024-2027'],
          confidences: ['high', 'medium'],
          scope: ['c5', 'p1'],
          hideUnlinked: true,
        },
        'g2',
      ),
    ).toBe(
      'Columns: Goals, WTDC programmes · Period: 2024-2027 · Confidence: high, medium · Only what connects to C5, Inclusive and secure telecommunications/ICTs · Unlinked nodes hidden · Focus: Goal 2',
    );
    expect(describeView(d, { ...NO_FILTERS, regions: [] })).toBe('Regions: none');
  });
});
