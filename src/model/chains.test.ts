import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { chainsOf, containersOf, membersOf, summariseChains } from './chains';
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

describe('chains with membership and contribution', () => {
  const containers: Dataset = loadFixture('containers.json');
  const cindex = indexDataset(containers);

  it('never walks through a container: Goal 1 and Goal 2 chains differ', () => {
    const g1 = chainsOf(cindex, 'g1');
    const g2 = chainsOf(cindex, 'g2');
    expect(sorted(g1.downstream)).toEqual(['ap', 'c2', 'p1', 'q1', 'ri1', 'tp-infra']);
    expect(sorted(g2.downstream)).toEqual(['ap', 'c5', 'p5', 'q3', 'ri2', 'tp-cyber']);
    // The belongs-to links are not part of any chain.
    expect([...g1.links].some((k) => k.includes('belongs-to'))).toBe(false);
  });

  it('walks a relation the dataset declares as contribution, and skips one it declares as membership', () => {
    const declared = structuredClone(containers);
    declared.relations = [
      { id: 'belongs-to', label: 'belongs to', carries: 'contribution' },
      { id: 'implements', label: 'implements', carries: 'membership' },
    ];
    const g1 = chainsOf(indexDataset(declared), 'g1');
    // Through the plan now: every member of the plan delivers Goal 1; the implements links are grouping.
    expect(g1.downstream.has('ri2')).toBe(true);
    expect(g1.downstream.has('tp-infra')).toBe(false);
  });

  it('reports containers and members as grouping', () => {
    expect(containersOf(cindex, 'ri1').map((n) => n.id)).toEqual(['ap']);
    expect(membersOf(cindex, 'ap').map((n) => n.id)).toEqual(['p1', 'p5', 'ri1', 'ri2', 'q1', 'q3']);
    expect(containersOf(cindex, 'p1')).toHaveLength(1);
  });

  it('limits direction and depth', () => {
    const up = chainsOf(cindex, 'q3', undefined, undefined, { direction: 'up', depth: Infinity, mode: 'chain' });
    expect(sorted(up.nodes)).toEqual(['c5', 'g2', 'p5', 'q3']);
    const down = chainsOf(cindex, 'g2', undefined, undefined, { direction: 'down', depth: 1, mode: 'chain' });
    expect(sorted(down.nodes)).toEqual(['ap', 'g2', 'p5']);
    const two = chainsOf(cindex, 'g2', undefined, undefined, { direction: 'down', depth: 2, mode: 'chain' });
    expect(sorted(two.nodes)).toEqual(['ap', 'c5', 'g2', 'p5', 'q3', 'ri2', 'tp-cyber']);
    const direct = chainsOf(cindex, 'p5', undefined, undefined, { direction: 'up', depth: 1, mode: 'chain' });
    expect(sorted(direct.nodes)).toEqual(['g2', 'p5']);
    expect(direct.downstream.size).toBe(0);
  });

  it('shows siblings in related mode: what else serves what the focus serves', () => {
    const related = chainsOf(cindex, 'tp-cyber', undefined, undefined, {
      direction: 'both',
      depth: Infinity,
      mode: 'related',
    });
    expect(sorted(related.upstream)).toEqual(['p5']);
    expect(sorted(related.downstream)).toEqual(['c5', 'q3', 'ri2']);
    // Not the other programme's work.
    expect(related.nodes.has('c2')).toBe(false);
    const directOnly = chainsOf(cindex, 'tp-cyber', undefined, undefined, {
      direction: 'both',
      depth: 1,
      mode: 'related',
    });
    expect(sorted(directOnly.downstream)).toEqual(['c5', 'q3', 'ri2']);
    const fromC5 = chainsOf(cindex, 'c5', undefined, undefined, { direction: 'both', depth: 1, mode: 'related' });
    expect(sorted(fromC5.downstream)).toEqual(['q3', 'ri2', 'tp-cyber']);
  });
});
