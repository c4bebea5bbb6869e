import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { addLink, batch, removeNode, updateLink, updateNode } from './commands';
import { changesTable, diffDatasets } from './diff';

describe('diffDatasets', () => {
  it('lists added, changed and removed items and links, with the fields that changed', () => {
    const before = loadFixture();
    const link = before.links[0]!;
    const after = batch('edits', [
      updateNode('g1', { label: 'Connectivity for all' }),
      updateLink(link, { basis: 'derived', note: 'It follows.' }),
      removeNode('q3'),
      addLink({
        source: 'c5',
        target: 'g1',
        relation: 'contributes-to',
        basis: 'proposed',
        note: 'Why.',
        sources: [],
        confidence: 'low',
      }),
    ]).apply(before);
    const changes = diffDatasets(before, after);
    const summary = changes.map((c) => `${c.how} ${c.what} ${c.name}`);
    expect(summary).toContain('changed node Goal 1 Connectivity for all');
    expect(summary).toContain('removed node Q3/2 (title not yet sourced)');
    expect(summary.some((s) => s.startsWith('added link C5 → Goal 1'))).toBe(true);
    expect(
      changes
        .find((c) => c.how === 'changed' && c.what === 'link')
        ?.fields.map((f) => f.field)
        .sort(),
    ).toEqual(
      link.note === undefined
        ? ['basis', 'note']
        : ['basis', 'note'].filter((f) => f === 'basis' || link.note !== 'It follows.'),
    );
    expect(changesTable(changes)[0]).toEqual(['what', 'how', 'key', 'name', 'field', 'before', 'after']);
    expect(changesTable(changes)).toContainEqual([
      'node',
      'changed',
      'g1',
      'Goal 1 Connectivity for all',
      'label',
      'Universal connectivity',
      'Connectivity for all',
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(diffDatasets(loadFixture(), loadFixture())).toEqual([]);
  });
});
