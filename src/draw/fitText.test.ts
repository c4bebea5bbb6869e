import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText } from './fitText';
import { charactersMeasured, measureText } from '../layout/text';
import { referenceFit } from '../../test/robustness/referenceText';

describe('fitText', () => {
  it('keeps text that fits and cuts text that does not with an ellipsis, within the width', () => {
    expect(fitText('Goal 1', 100, 12)).toBe('Goal 1');
    const cut = fitText('Thematic priority on digital inclusion', 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(measureText(cut, 12)).toBeLessThanOrEqual(100);
    expect(fitText('Wide', 2, 12)).toBe('');
  });

  it('agrees exactly with the straightforward quadratic fit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('i', 'W', 'a', ' ', '信', '😀', '…', 'Q', '/'), maxLength: 120 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(9, 11, 14),
        (text, maxWidth, fontSize) => {
          expect(fitText(text, maxWidth, fontSize)).toBe(referenceFit(text, maxWidth, fontSize));
        },
      ),
      { seed: 18, numRuns: 800 },
    );
  });

  it('measures only what fits, not the whole of a megabyte-long code or title', () => {
    const before = charactersMeasured();
    const cut = fitText('Q'.repeat(1_000_000), 120, 11);
    expect(charactersMeasured() - before).toBeLessThan(2 * Math.ceil(120 / (0.3 * 11)) + 4);
    expect(cut.endsWith('…')).toBe(true);
  });
});
