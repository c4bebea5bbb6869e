/**
 * The built-in dataset's saved views: each opens without a word of complaint and answers its question from the
 * data (the nodes it is about are there, and it draws no more than it should), so `--views all` and the app's
 * view list have something to show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema';
import { decodeViewState } from '../../src/model/viewState';
import { applyFilters } from '../../src/model/filters';
import { indexDataset } from '../../src/model/graph';
import { coverageOf, sortCoverage } from '../../src/model/coverage';

const dataset = JSON.parse(readFileSync(new URL('../../data/itu.json', import.meta.url), 'utf8')) as Dataset;
const index = indexDataset(dataset);
// A later date than today: the views state their periods, so they show the same cycle whenever they are opened.
const later = new Date('2031-06-01T12:00:00Z');

function open(id: string) {
  const view = dataset.views.find((v) => v.id === id);
  if (!view) throw new Error(`no view ${id}`);
  const decoded = decodeViewState(view.state, dataset, later);
  const shown = applyFilters(index, decoded.state.filters);
  return { view, decoded, ids: new Set(shown.nodes.map((n) => n.id)), shown };
}

describe('saved views of data/itu.json', () => {
  it('has views for the planners’ questions, each named, described and opened without anything ignored', () => {
    expect(dataset.views.map((v) => v.name)).toEqual([
      'What delivers Goal 2',
      'Cybersecurity: action lines and Questions',
      'Arab States',
      'Coverage gaps',
    ]);
    for (const view of dataset.views) {
      expect(view.description?.length ?? 0, view.name).toBeGreaterThan(40);
      expect(decodeViewState(view.state, dataset, later).ignored, view.name).toEqual([]);
    }
  });

  it('What delivers Goal 2: the goal focused, what contributes to it down to Questions, not Goal 1 alone', () => {
    const { decoded, ids, shown } = open('what-delivers-goal-2');
    expect(decoded.state.focus).toBe('sp24-goal-2');
    expect(ids.has('sp24-goal-2')).toBe(true);
    expect(ids.has('sp24-goal-1')).toBe(false);
    const kinds = new Set(shown.nodes.map((n) => n.kind));
    for (const k of ['thematic-priority', 'programme', 'wsis-action-line', 'study-question'])
      expect(kinds).toContain(k);
  });

  it('Cybersecurity: C5, Q3/2 and the cybersecurity area, and nothing unrelated like C1', () => {
    const { ids, decoded } = open('cybersecurity-action-lines-questions');
    for (const id of ['tp-cybersecurity', 'wsis-c5', 'q3-2-2022', 'wtdc-res-45']) expect(ids).toContain(id);
    expect(ids.has('wsis-c1')).toBe(false);
    expect(decoded.state.search).toBe('cyber');
  });

  it('Arab States: every Arab States initiative in the data, and no other region’s', () => {
    const { ids } = open('arab-states');
    const arab = dataset.nodes.filter((n) => n.region === 'Arab States').map((n) => n.id);
    expect(arab.length).toBeGreaterThan(5);
    for (const id of arab) expect(ids).toContain(id);
    const regions = new Set(dataset.nodes.filter((n) => ids.has(n.id) && n.region).map((n) => n.region));
    expect([...regions]).toEqual(['Arab States']);
  });

  it('Coverage gaps: the coverage table of WSIS action lines, the ones with nothing linked to them first', () => {
    const { decoded, shown } = open('coverage-gaps');
    expect(decoded.state.viewMode).toBe('coverage');
    const choices = decoded.state.answers!;
    expect(choices.coverageKind).toBe('wsis-action-line');
    const table = coverageOf(index, 'wsis-action-line', {
      visible: new Set(shown.nodes.map((n) => n.id)),
      reach: choices.coverageReach,
    })!;
    const rows = sortCoverage(table.rows, choices.coverageSort, choices.coverageDescending);
    const total = (i: number) => Object.values(rows[i]!.total).reduce((a, b) => a + b, 0);
    // Gaps exist in the data and head the table; C5, which Q3/2 addresses, is not among them.
    expect(total(0)).toBe(0);
    expect(total(rows.length - 1)).toBeGreaterThan(0);
    const c5 = rows.findIndex((r) => r.node.id === 'wsis-c5');
    expect(total(c5)).toBeGreaterThan(0);
  });
});
