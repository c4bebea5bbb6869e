import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { indexDataset } from './graph';
import { describeCell, matrixOf } from './matrix';

const index = indexDataset(loadFixture('containers.json'));

describe('matrixOf', () => {
  it('marks direct links by basis and connections through the chain, with counts', () => {
    const m = matrixOf(index, 'goal', 'study-question');
    if (!m) throw new Error('no matrix');
    expect(m.rows.map((n) => n.id)).toEqual(['g1', 'g2']);
    expect(m.columns.map((n) => n.id)).toEqual(['q1', 'q3']);
    // No goal is linked to a Question directly; q1 reaches Goal 1 and q3 Goal 2 through their chains only
    // (both belong to the plan, which is not walked).
    expect(m.cells.map((line) => line.map(describeCell))).toEqual([
      ['through the chain', ''],
      ['', 'through the chain'],
    ]);
    expect(m.rowCounts).toEqual([
      { direct: 0, chain: 1, uncertain: 0 },
      { direct: 0, chain: 1, uncertain: 0 },
    ]);
    expect(m.total).toEqual({ direct: 0, chain: 2, uncertain: 0 });
  });

  it('takes the strongest basis of the direct links, and low confidence only when all are low', () => {
    const d = loadFixture('containers.json');
    const q3c5 = d.links.find((l) => l.source === 'q3' && l.target === 'c5');
    if (q3c5) q3c5.confidence = 'low';
    const m = matrixOf(indexDataset(d), 'programme', 'study-question');
    if (!m) throw new Error('no matrix');
    // p5 <- q3 official (direct); p1 <- q1 only through C2.
    expect(m.cells.map((line) => line.map(describeCell))).toEqual([
      ['through the chain', ''],
      ['', 'official'],
    ]);
    const al = matrixOf(indexDataset(d), 'wsis-action-line', 'study-question');
    expect(al?.cells.map((line) => line.map(describeCell))).toEqual([
      ['proposed', ''],
      ['', 'proposed, low confidence'],
    ]);
    expect(al?.columnCounts.map((c) => c.uncertain)).toEqual([0, 1]);
  });

  it('stays within the visible map and can leave out the chain', () => {
    const visible = new Set(index.dataset.nodes.filter((n) => n.id !== 'c2').map((n) => n.id));
    const m = matrixOf(index, 'programme', 'study-question', { visible });
    expect(m?.cells[0]?.map(describeCell)).toEqual(['', '']);
    const direct = matrixOf(index, 'programme', 'study-question', { throughChain: false });
    expect(direct?.total).toEqual({ direct: 1, chain: 0, uncertain: 0 });
    expect(matrixOf(index, 'goal', 'nope')).toBeNull();
  });
});
