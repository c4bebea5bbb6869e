import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadFixture } from '../../test/fixtures/load';
import type { Dataset } from '../model/schema';
import { MAX_SHARE_CHARS, decodeShare, encodeShare, shareData } from './share';

describe('datasets in links', () => {
  it('carries a small dataset in the fragment and reads it back the same', () => {
    const tiny = loadFixture();
    const encoded = encodeShare(tiny);
    if (!encoded.ok) throw new Error('the tiny fixture should fit in a link');
    expect(encoded.fragment.length).toBeLessThanOrEqual(MAX_SHARE_CHARS);
    const data = shareData(`#v=1&${encoded.fragment}`);
    expect(decodeShare(data!).dataset).toEqual(tiny);
  });

  it('says how long the link would be when the dataset is too big', () => {
    const itu = JSON.parse(readFileSync('data/itu.json', 'utf8')) as Dataset;
    const encoded = encodeShare(itu);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.length).toBeGreaterThan(MAX_SHARE_CHARS);
  });

  it('reports a damaged or cut link instead of opening it', () => {
    const encoded = encodeShare(loadFixture());
    if (!encoded.ok) throw new Error('fits');
    const cut = shareData(`#${encoded.fragment.slice(0, 200)}`)!;
    const result = decodeShare(cut);
    expect(result.dataset).toBeUndefined();
    expect(result.problems[0]?.message).toMatch(/damaged or cut short|not valid JSON/);
    expect(shareData('#about')).toBeNull();
  });
});
