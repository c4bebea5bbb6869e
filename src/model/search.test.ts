import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, MapNode } from './schema';
import { indexDataset } from './graph';
import { syntheticDataset } from './synthetic';
import { countMatches, matchingIds, normaliseText, searchNodes } from './search';

const tinyText = readFileSync(new URL('../../test/fixtures/tiny.json', import.meta.url), 'utf8');

function dataset(): Dataset {
  const d = JSON.parse(tinyText) as Dataset;
  const extra = (node: Partial<MapNode> & Pick<MapNode, 'id' | 'kind'>): MapNode => ({
    label: null,
    description: '',
    periods: [],
    sources: [],
    confidence: 'high',
    ...node,
  });
  d.nodes.push(
    extra({
      id: 'afr1',
      kind: 'regional-initiative',
      code: 'AFR1',
      label: 'Digital transformation in Africa',
      region: 'Africa',
    }),
    extra({ id: 'afr10', kind: 'regional-initiative', code: 'AFR10', label: 'Spectrum in Africa' }),
    extra({
      id: 'c7',
      kind: 'wsis-action-line',
      code: 'C7',
      label: 'ICT applications: E-health',
      description: 'Telemedicine.',
    }),
    extra({ id: 'q32', kind: 'study-question', code: 'Q32/2', label: 'Another Question' }),
    extra({
      id: 'tr',
      kind: 'programme',
      label: 'Réseaux résilients',
      description: 'Resilient networks.',
      translations: { fr: 'Télécommunications d’urgence', ar: 'الاتصالات في حالات الطوارئ' },
    }),
  );
  return d;
}

const index = indexDataset(dataset());
const ids = (query: string, limit?: number) => searchNodes(index, query, limit).map((h) => h.id);

describe('normaliseText', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(normaliseText('  Réseaux—Résilients! ')).toBe('reseaux resilients');
    expect(normaliseText('Q3/2')).toBe('q3 2');
    expect(normaliseText('e-Health')).toBe('e health');
  });
});

describe('searchNodes', () => {
  it('finds a Question by its code, exact code first', () => {
    expect(ids('Q3/2')[0]).toBe('q3');
    expect(searchNodes(index, 'q3/2')[0]).toEqual({ id: 'q3', score: 1000, field: 'code' });
    expect(ids('Q3/2')).toContain('q32');
  });

  it('ranks code prefixes, shorter codes first', () => {
    expect(ids('AFR').slice(0, 2)).toEqual(['afr1', 'afr10']);
    expect(searchNodes(index, 'afr')[0]?.field).toBe('code');
  });

  it('ranks a word prefix in a label above a substring', () => {
    // "cyber" starts the label of tp1 and sits inside no other label.
    expect(ids('cyber')[0]).toBe('tp1');
    expect(ids('security')).toEqual(expect.arrayContaining(['tp1', 'c5']));
    // c5 has "security" as a word; tp1 only inside "Cybersecurity".
    expect(ids('security')[0]).toBe('c5');
  });

  it('ignores punctuation: e-health, ehealth and e health all match', () => {
    for (const q of ['e-health', 'ehealth', 'e health', 'E-HEALTH']) expect(ids(q)).toEqual(['c7']);
  });

  it('ignores diacritics in both directions', () => {
    expect(ids('reseaux')).toEqual(['tr']);
    expect(ids('résilient')).toEqual(['tr']);
  });

  it('searches descriptions and translations, below labels', () => {
    expect(searchNodes(index, 'telemedicine')).toEqual([{ id: 'c7', score: 500, field: 'description' }]);
    expect(searchNodes(index, 'urgence')[0]).toMatchObject({ id: 'tr', field: 'translation' });
    expect(ids('الطوارئ')).toEqual(['tr']);
  });

  it('matches query words in any order', () => {
    expect(ids('africa digital')).toEqual(['afr1']);
  });

  it('falls back to a fuzzy subsequence in codes and labels', () => {
    expect(searchNodes(index, 'cybr')[0]).toMatchObject({ id: 'tp1', field: 'label' });
    expect(ids('sptrm')).toEqual(['afr10']);
    // Letters scattered over a long label do not count.
    expect(ids('uxz')).toEqual([]);
  });

  it('says nothing for a blank query and respects the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('-')).toEqual([]);
    expect(ids('a', 3)).toHaveLength(3);
    expect(countMatches(index, 'africa')).toBe(2);
  });

  it('breaks ties by dataset order', () => {
    const hits = searchNodes(index, 'africa');
    expect(hits.map((h) => h.id)).toEqual(['afr1', 'afr10']);
    expect(hits[0]?.score).toBe(hits[1]?.score);
  });

  it('marks every match, beyond the results limit', () => {
    const big = indexDataset(syntheticDataset({ nodes: 2000, seed: 2 }));
    const all = matchingIds(big, 'digital');
    expect(all.size).toBeGreaterThan(20);
    expect(searchNodes(big, 'digital')).toHaveLength(20);
    expect(matchingIds(big, '')).toEqual(new Set());
  });
});

describe('search by topic', () => {
  it('finds C5 from "cyber" through the synonym table, below direct matches', () => {
    const d = dataset();
    const index = indexDataset(d);
    const hits = searchNodes(index, 'cyber');
    // tp1 is titled "Cybersecurity" (direct); C5 "Building confidence and security ..." comes through "security".
    expect(hits.map((h) => h.id).slice(0, 1)).toEqual(['tp1']);
    const c5 = hits.find((h) => h.id === 'c5');
    expect(c5?.field).toBe('synonym');
  });

  it('matches topic tags, and synonyms of a tag', () => {
    const d = dataset();
    const q3 = d.nodes.find((n) => n.id === 'q3');
    if (q3) q3.tags = ['e-waste'];
    const index = indexDataset(d);
    expect(searchNodes(index, 'e-waste').find((h) => h.id === 'q3')?.field).toBe('tag');
    expect(matchingIds(index, 'environment').has('q3')).toBe(true);
  });

  it('reads "AI" as artificial intelligence and not as any word starting with "ai"', () => {
    const d = dataset();
    d.nodes.push(
      {
        id: 'ai',
        kind: 'study-question',
        label: 'Artificial intelligence for development',
        description: '',
        periods: [],
        sources: [],
        confidence: 'high',
      },
      {
        id: 'aid',
        kind: 'study-question',
        label: 'Aid effectiveness',
        description: '',
        periods: [],
        sources: [],
        confidence: 'high',
      },
    );
    const ids = matchingIds(indexDataset(d), 'AI');
    expect(ids.has('ai')).toBe(true);
    expect(searchNodes(indexDataset(d), 'AI')[0]?.id).toBe('aid'); // a word starting with the query still comes first
  });
});
