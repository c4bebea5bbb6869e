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
    expect(describeView(d, { ...NO_FILTERS, regions: [] })).toBe(
      'Regions: none · No regional initiatives with no region chosen in this dataset',
    );
  });

  it('says when the filters empty a column, and that global items stay', () => {
    expect(describeView(d, { ...NO_FILTERS, periods: ['2024-2027'], regions: ['Africa'] })).toBe(
      'Period: 2024-2027 · Region: Africa (and global items) · No regional initiatives for Africa in 2024-2027 in this dataset',
    );
    expect(describeView(d, { ...NO_FILTERS, periods: ['2022-2025'], periodMode: 'adopted' })).toBe(
      'Adopted for: 2022-2025 · No goals adopted for 2022-2025 in this dataset · No thematic priorities adopted for 2022-2025 in this dataset · No WTDC programmes adopted for 2022-2025 in this dataset · No regional initiatives adopted for 2022-2025 in this dataset · No WSIS action lines adopted for 2022-2025 in this dataset',
    );
  });
});
