import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { coverageOf, countAll, sortCoverage, uncovered } from './coverage';
import { indexDataset } from './graph';
import { coverageCsv } from '../export/coverageCsv';

const index = indexDataset(loadFixture('containers.json'));

describe('coverageOf', () => {
  it('counts direct contributors per column and basis, never members of a container', () => {
    const coverage = coverageOf(index, 'programme');
    expect(coverage?.columns.map((k) => k.id)).toEqual([
      'thematic-priority',
      'regional-initiative',
      'wsis-action-line',
      'study-question',
    ]);
    const p5 = coverage?.rows.find((r) => r.node.id === 'p5');
    expect(p5?.byKind.get('regional-initiative')).toEqual({ official: 1, derived: 0, proposed: 0 });
    expect(p5?.byKind.get('wsis-action-line')).toEqual({ official: 0, derived: 0, proposed: 1 });
    expect(p5?.byKind.get('study-question')).toEqual({ official: 1, derived: 0, proposed: 0 });
    // q1 belongs to the plan and addresses C2, but does not contribute to p1 directly.
    const p1 = coverage?.rows.find((r) => r.node.id === 'p1');
    expect(p1?.byKind.get('study-question')).toBeUndefined();
    expect(countAll(p1?.total)).toBe(3);
  });

  it('counts through the chain with the weakest link of the strongest path', () => {
    const coverage = coverageOf(index, 'programme', { reach: 'chain' });
    const p1 = coverage?.rows.find((r) => r.node.id === 'p1');
    // q1 -> c2 (proposed) -> p1 (proposed): a proposed contributor.
    expect(p1?.byKind.get('study-question')).toEqual({ official: 0, derived: 0, proposed: 1 });
    // q3 reaches p5 directly (official) and through C5 (proposed): official wins.
    const p5 = coverage?.rows.find((r) => r.node.id === 'p5');
    expect(p5?.byKind.get('study-question')).toEqual({ official: 1, derived: 0, proposed: 0 });
  });

  it('lists the rows with nothing under them, within the filtered map', () => {
    const all = coverageOf(index, 'wsis-action-line');
    expect(all && uncovered(all).map((r) => r.node.id)).toEqual([]);
    const withoutQuestions = coverageOf(index, 'wsis-action-line', {
      visible: new Set(index.dataset.nodes.filter((n) => n.kind !== 'study-question').map((n) => n.id)),
    });
    expect(withoutQuestions && uncovered(withoutQuestions).map((r) => r.node.id)).toEqual(['c2', 'c5']);
    const goals = coverageOf(index, 'goal', { visibleLink: (l) => l.basis === 'official' });
    expect(goals?.rows.map((r) => countAll(r.total))).toEqual([1, 1]);
  });

  it('sorts gaps first and exports CSV with a gap column', () => {
    const coverage = coverageOf(index, 'thematic-priority');
    expect(coverage && uncovered(coverage).map((r) => r.node.code ?? r.node.label)).toEqual([
      'Cybersecurity',
      'Network infrastructure',
    ]);
    const programmes = coverageOf(index, 'programme');
    if (!programmes) throw new Error('no coverage');
    const byQuestions = { by: 'kind', kind: 'study-question' } as const;
    expect(sortCoverage(programmes.rows, byQuestions).map((r) => r.node.id)).toEqual(['p1', 'p5']);
    expect(sortCoverage(programmes.rows, byQuestions, true).map((r) => r.node.id)).toEqual(['p5', 'p1']);
    const csv = coverageCsv(programmes);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Study Questions: official');
    expect(lines[1]).toMatch(/^,Affordable connectivity,2022-2025,global,/);
  });
});
