import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { regionPhrase, viewTitle } from './viewTitle';
import type { MapNode } from './schema';

const node = (id: string, code: string | undefined, label: string | null): MapNode =>
  ({ id, kind: 'goal', code, label, periods: [], sources: [], confidence: 'high' }) as unknown as MapNode;
const dataset = { nodes: [node('g2', 'Goal 2', 'Sustainable digital transformation'), node('x', undefined, 'Media')] };

describe('viewTitle', () => {
  it('names the focus and the region, as a planner would say it', () => {
    expect(viewTitle(dataset, { filters: { ...NO_FILTERS, regions: ['Arab States'] }, focus: 'g2' })).toBe(
      'Goal 2 in the Arab States — Strategy Map',
    );
  });
  it('is the app name alone for the whole map, and prefers a saved view’s name', () => {
    expect(viewTitle(dataset, { filters: NO_FILTERS, focus: null })).toBe('Strategy Map');
    expect(viewTitle(dataset, { filters: NO_FILTERS, focus: 'g2', viewName: 'Cyber tour' })).toBe(
      'Cyber tour — Strategy Map',
    );
  });
  it('falls back to the title for nodes without a code, to the scope, and marks the table', () => {
    expect(viewTitle(dataset, { filters: NO_FILTERS, focus: 'x', table: true })).toBe('Media (table) — Strategy Map');
    expect(viewTitle(dataset, { filters: { ...NO_FILTERS, scope: ['g2'] }, focus: null })).toBe(
      'Goal 2 — Strategy Map',
    );
    expect(viewTitle(dataset, { filters: { ...NO_FILTERS, regions: ['Africa'] }, focus: 'gone' })).toBe(
      'Africa — Strategy Map',
    );
  });
  it('puts "the" before plural and abbreviated regions only', () => {
    expect(regionPhrase('Americas')).toBe('the Americas');
    expect(regionPhrase('CIS')).toBe('the CIS');
    expect(regionPhrase('Europe')).toBe('Europe');
    expect(regionPhrase('Asia-Pacific')).toBe('Asia-Pacific');
  });
});
