import { describe, expect, it } from 'vitest';
import { relationCarries } from './relations';

describe('relationCarries', () => {
  it('reads belongs-to and part-of as membership when the dataset declares no relations', () => {
    const carries = relationCarries({});
    expect(carries('belongs-to')).toBe('membership');
    expect(carries('part-of')).toBe('membership');
    expect(carries('contributes-to')).toBe('contribution');
  });

  it('follows the relations a dataset declares over the defaults', () => {
    const carries = relationCarries({
      relations: [
        { id: 'belongs-to', label: 'belongs to', carries: 'contribution' },
        { id: 'hosted-by', label: 'hosted by', carries: 'membership' },
      ],
    });
    expect(carries('belongs-to')).toBe('contribution');
    expect(carries('hosted-by')).toBe('membership');
  });
});
