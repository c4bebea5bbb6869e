import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { chainsOf, summariseChains } from './chains';
import { indexDataset } from './graph';
import type { Dataset } from './schema';

const tiny: Dataset = loadFixture();
const index = indexDataset(tiny);
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('chainsOf', () => {
  it('gives a goal everything that contributes to it, transitively', () => {
    const chains = chainsOf(index, 'g2');
    expect(sorted(chains.upstream)).toEqual([]);
    expect(sorted(chains.downstream)).toEqual(['c5', 'p1', 'q3', 'ri1', 'tp1']);
    expect(chains.links.size).toBe(5);
  });

  it('does not wander into branches that only share a node', () => {
    // g1 <- p1 <- (ri1, c5 <- q3); tp1 is what p1 contributes to, not something that delivers g1.
    expect(sorted(chainsOf(index, 'g1').nodes)).toEqual(['c5', 'g1', 'p1', 'q3', 'ri1']);
  });

  it('gives a Question the path up to the goals', () => {
    const chains = chainsOf(index, 'q3');
    expect(sorted(chains.upstream)).toEqual(['c5', 'g1', 'g2', 'p1', 'tp1']);
    expect(sorted(chains.downstream)).toEqual([]);
  });

  it('follows link direction even where columns disagree', () => {
    // Thematic priorities stand left of programmes, yet implement them: tp -> prog -> goal.
    const d = structuredClone(tiny);
    d.links = [
      { source: 'tp1', target: 'p1', relation: 'implements', basis: 'official', sources: [], confidence: 'high' },
      { source: 'p1', target: 'g1', relation: 'contributes-to', basis: 'official', sources: [], confidence: 'high' },
    ];
    const chains = chainsOf(indexDataset(d), 'tp1');
    expect(sorted(chains.upstream)).toEqual(['g1', 'p1']);
  });

  it('stays within the visible map', () => {
    const visible = new Set(['g2', 'tp1', 'p1', 'ri1']);
    expect(sorted(chainsOf(index, 'g2', visible).nodes)).toEqual(['g2', 'p1', 'ri1', 'tp1']);
    const noProposed = chainsOf(index, 'g2', undefined, (l) => l.basis !== 'proposed');
    expect(sorted(noProposed.nodes)).toEqual(['g2']);
  });

  it('summarises a focus by kind, in column order', () => {
    expect(summariseChains(index, chainsOf(index, 'g2'))).toBe(
      '1 thematic priority, 1 WTDC programme, 1 regional initiative, 1 WSIS action line, 1 study Question',
    );
  });
});
