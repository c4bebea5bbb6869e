/**
 * Pins the built-in ITU dataset (data/itu.json): it validates, its counts per kind and period are what the
 * reference supports, a handful of spot facts hold, every item is sourced, no local id is shown as a code,
 * and every delivery item reaches a strategic goal. An accidental edit of the file or the generator shows here.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/io/readDataset';
import type { Dataset, MapNode } from '../../src/model/schema';
import { outputs, staleOutputs } from '../../data/build/buildItu';
import { blockedReason } from '../../data/build/hosts';
import { loadFacts } from '../../data/build/facts';
import { applyFilters, defaultFilters } from '../../src/model/filters';
import { indexDataset } from '../../src/model/graph';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(join(repo, 'data', 'itu.json'), 'utf8');
const result = readDataset(text);
const dataset = result.dataset as Dataset;

const facts = loadFacts(join(repo, 'data', 'facts'));
const factsTopics = facts.dataset.topics;
const byId = new Map<string, MapNode>((dataset?.nodes ?? []).map((n) => [n.id, n]));
const nodesOf = (kind: string): MapNode[] => dataset.nodes.filter((n) => n.kind === kind);
const node = (id: string): MapNode => {
  const found = byId.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe('data/itu.json', () => {
  it('validates without errors', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it('has no unlinked nodes, and its only warnings are titles not yet sourced', () => {
    const other = result.problems.filter(
      (p) => p.severity === 'warning' && !p.message.startsWith('title not yet sourced'),
    );
    expect(other).toEqual([]);
  });

  it('declares the eleven kinds in column order, the action plans as a context column', () => {
    expect(dataset.kinds.map((k) => k.id)).toEqual([
      'goal',
      'thematic-priority',
      'programme',
      'regional-initiative',
      'wsis-action-line',
      'study-question',
      'target',
      'resolution',
      'study-group',
      'sdg',
      'action-plan',
    ]);
    expect(dataset.kinds.filter((k) => k.hidden).map((k) => k.id)).toEqual([
      'target',
      'resolution',
      'study-group',
      'sdg',
      'action-plan',
    ]);
    // BDT's ten headings are not called "thematic priorities": in 2023-2025 ITU used that name for the Kigali five.
    expect(dataset.kinds.find((k) => k.id === 'thematic-priority')?.plural).toBe('BDT thematic areas');
  });

  it('declares the relations, membership apart from contribution', () => {
    const carries = Object.fromEntries((dataset.relations ?? []).map((r) => [r.id, r.carries]));
    expect(carries).toEqual({
      'contributes-to': 'contribution',
      implements: 'contribution',
      addresses: 'contribution',
      supports: 'contribution',
      'works-with': 'contribution',
      'belongs-to': 'membership',
      'part-of': 'membership',
    });
    expect(dataset.links.filter((l) => !(l.relation in carries))).toEqual([]);
  });

  it('has the pinned number of nodes per kind', () => {
    const counts = Object.fromEntries(dataset.kinds.map((k) => [k.id, nodesOf(k.id).length]));
    expect(counts).toEqual({
      goal: 7,
      'thematic-priority': 10,
      programme: 9,
      'regional-initiative': 47,
      'wsis-action-line': 19,
      'study-question': 29,
      target: 7,
      resolution: 23,
      'study-group': 7,
      sdg: 17,
      'action-plan': 3,
    });
  });

  it('has the pinned number of nodes per kind and period', () => {
    const counts: Record<string, Record<string, number>> = {};
    for (const n of dataset.nodes) {
      for (const p of n.periods) {
        const row = (counts[n.kind] ??= {});
        row[p] = (row[p] ?? 0) + 1;
      }
    }
    const all4 = (n: number) => ({ '2018-2021': n, '2020-2023': n, '2022-2025': n, '2024-2027': n });
    expect(counts).toEqual({
      goal: { '2020-2023': 5, '2024-2027': 2 },
      'thematic-priority': all4(10),
      programme: { '2018-2021': 4, '2022-2025': 5 },
      'action-plan': { '2018-2021': 1, '2022-2025': 1, '2026-2029': 1 },
      'regional-initiative': { '2018-2021': 30, '2023-2025': 15, '2026-2029': 2 },
      'wsis-action-line': all4(19),
      'study-question': { '2018-2021': 14, '2022-2025': 14, '2026-2029': 1 },
      target: { '2020-2023': 6, '2024-2027': 1 },
      resolution: { '2018-2021': 2, '2020-2023': 2, '2022-2025': 20, '2024-2027': 20, '2026-2029': 1 },
      'study-group': { '2018-2021': 5, '2020-2023': 3, '2022-2025': 2 },
      sdg: all4(17),
    });
  });

  it('has the pinned number of links per basis and of WSIS-SDG matrix cells', () => {
    const basis: Record<string, number> = {};
    for (const l of dataset.links) basis[l.basis] = (basis[l.basis] ?? 0) + 1;
    expect(basis).toEqual({ official: 178, derived: 122, proposed: 153 });
    const matrix = dataset.links.filter(
      (l) => node(l.source).kind === 'wsis-action-line' && node(l.target).kind === 'sdg',
    );
    expect(matrix.filter((l) => l.basis === 'official')).toHaveLength(126);
    expect(
      matrix
        .filter((l) => l.confidence === 'low')
        .map((l) => `${l.source}>${l.target}`)
        .sort(),
    ).toEqual(['wsis-c2>sdg-8', 'wsis-c3>sdg-4', 'wsis-c4>sdg-8', 'wsis-c8>sdg-5', 'wsis-c8>sdg-9', 'wsis-c9>sdg-5']);
  });

  it('keeps the gaps visible: titles not yet sourced by kind', () => {
    const gaps: Record<string, number> = {};
    for (const n of dataset.nodes) if (n.label === null) gaps[n.kind] = (gaps[n.kind] ?? 0) + 1;
    expect(gaps).toEqual({
      'thematic-priority': 2,
      'regional-initiative': 22,
      'study-question': 16,
      target: 7,
      resolution: 5,
      'study-group': 2,
    });
    const untitled = (period: string) =>
      nodesOf('study-question')
        .filter((q) => q.periods.includes(period) && q.label === null)
        .map((q) => q.code);
    expect(untitled('2018-2021')).toEqual(['Q4/1', 'Q7/1', 'Q2/2', 'Q4/2', 'Q5/2']);
    expect(untitled('2022-2025')).toEqual([
      'Q1/1',
      'Q2/1',
      'Q3/1',
      'Q4/1',
      'Q5/1',
      'Q7/1',
      'Q1/2',
      'Q2/2',
      'Q5/2',
      'Q7/2',
    ]);
    expect(untitled('2026-2029')).toEqual(['Q3/2']);
  });
});

describe('spot facts', () => {
  it('names the strategic goals of both plans', () => {
    const goals = (period: string) =>
      nodesOf('goal')
        .filter((g) => g.periods.includes(period))
        .map((g) => `${g.code}: ${g.label}`);
    expect(goals('2024-2027')).toEqual([
      'Goal 1: Universal connectivity',
      'Goal 2: Sustainable digital transformation',
    ]);
    expect(goals('2020-2023')).toEqual([
      'Goal 1: Growth',
      'Goal 2: Inclusiveness',
      'Goal 3: Sustainability',
      'Goal 4: Innovation',
      'Goal 5: Partnership',
    ]);
  });

  it('gives the five Kigali Action Plan priorities their official names, without a code', () => {
    const priorities = ['kap-p1', 'kap-p2', 'kap-p3', 'kap-p4', 'kap-p5'].map(node);
    expect(priorities.map((p) => p.label)).toEqual([
      'Affordable connectivity',
      'Digital transformation',
      'Enabling policy and regulatory environment',
      'Resource mobilization and international cooperation',
      'Inclusive and secure telecommunications/ICTs for sustainable development',
    ]);
    expect(priorities.every((p) => p.code === undefined)).toBe(true);
  });

  it('gives the WSIS action lines their titles and lead facilitators', () => {
    expect(node('wsis-c5').code).toBe('C5');
    expect(node('wsis-c5').label).toBe('Building confidence and security in the use of ICTs');
    expect(node('wsis-c5').description).toContain('Lead facilitator: ITU.');
    expect(node('wsis-c2').label).toBe('Information and communication infrastructure');
    expect(node('wsis-c7-ehealth').description).toContain('Lead facilitator: WHO.');
    expect(nodesOf('wsis-action-line').filter((n) => n.code !== undefined)).toHaveLength(11);
  });

  it('puts each 2022-2025 Question in its study group', () => {
    const questions = nodesOf('study-question').filter((q) => q.periods.includes('2022-2025'));
    expect(Object.fromEntries(questions.map((q) => [q.code, q.studyGroup]))).toEqual({
      'Q1/1': 'SG1',
      'Q2/1': 'SG1',
      'Q3/1': 'SG1',
      'Q4/1': 'SG1',
      'Q5/1': 'SG1',
      'Q6/1': 'SG1',
      'Q7/1': 'SG1',
      'Q1/2': 'SG2',
      'Q2/2': 'SG2',
      'Q3/2': 'SG2',
      'Q4/2': 'SG2',
      'Q5/2': 'SG2',
      'Q6/2': 'SG2',
      'Q7/2': 'SG2',
    });
    expect(node('q3-2-2022').label).toBe(
      'Securing information and communication networks: Best practices for developing a culture of cybersecurity',
    );
    expect(node('q6-1-2022').label).toBe('Consumer information, protection and rights');
  });

  it('records regional initiatives with region, code only where official, and their action plan', () => {
    expect(node('ri-wtdc17-afr1')).toMatchObject({
      code: 'AFR1',
      region: 'Africa',
      label: 'Building digital economies and fostering innovation in Africa',
    });
    expect(node('ri-wtdc17-cis1').code).toBeUndefined();
    expect(node('ri-wtdc17-eur1').code).toBeUndefined();
    expect(node('ri-wtdc22-asp1').region).toBe('Asia-Pacific');
    const plan = (id: string) => dataset.links.find((l) => l.source === id && l.relation === 'belongs-to')?.target;
    expect(plan('ri-wtdc17-arb4')).toBe('buenos-aires-action-plan');
    expect(plan('ri-wtdc22-ams3')).toBe('kigali-action-plan');
    expect(plan('ri-wtdc25-ams1')).toBe('baku-action-plan');
  });

  it('keeps the stated links official and the topic inferences proposed', () => {
    const link = (s: string, t: string) => dataset.links.find((l) => l.source === s && l.target === t);
    expect(link('q3-2-2022', 'kap-p5')).toMatchObject({ basis: 'official', confidence: 'medium' });
    expect(link('tp-digital-innovation-ecosystems', 'sp20-goal-4')).toMatchObject({
      basis: 'official',
      confidence: 'high',
    });
    expect(link('q3-2-2022', 'wsis-c5')).toMatchObject({ basis: 'proposed', confidence: 'low' });
    expect(link('sp20-target-3-2', 'sp20-goal-3')).toMatchObject({ basis: 'derived', confidence: 'medium' });
  });

  it('leaves out what the reference rejects or only has as drafts', () => {
    const labels = dataset.nodes.map((n) => n.label ?? '');
    expect(labels).not.toContain('Trust and Safety');
    expect(labels).not.toContain('Sustainability, Trust and Safety');
    expect(labels.some((l) => l.startsWith('Developing an inclusive trustworthy AI ecosystem in Africa'))).toBe(false);
    expect(labels).not.toContain('Smart learning');
  });
});

describe('round-2 facts, containers and cycles', () => {
  const linksFrom = (id: string) => dataset.links.filter((l) => l.source === id);
  const planOf = (id: string) =>
    linksFrom(id).find((l) => l.relation === 'belongs-to' && node(l.target).kind === 'action-plan')?.target;

  it('titles Q6/2 of 2022-2025 and Q7/2 of 2018-2021 from ITU pages, at medium confidence', () => {
    expect(node('q6-2-2022')).toMatchObject({ code: 'Q6/2', label: 'ICTs for the environment', confidence: 'medium' });
    expect(node('q6-2-2022').description).not.toMatch(/not confirmed/);
    expect(linksFrom('q6-2-2022').find((l) => l.target === 'itu-d-sg2-2022')).toMatchObject({ basis: 'official' });
    expect(node('q7-2-2018')).toMatchObject({
      code: 'Q7/2',
      label: 'Strategies and policies concerning human exposure to electromagnetic fields',
      confidence: 'medium',
      periods: ['2018-2021'],
    });
    // Q4/1 of 2022-2025 exists (it had a Rapporteur) but its title is still a gap.
    expect(node('q4-1-2022')).toMatchObject({ label: null, confidence: 'medium' });
  });

  it('counts the Kigali initiatives of Africa (4) and the Arab States (5), untitled ones as gaps', () => {
    const kigali = (region: string) =>
      nodesOf('regional-initiative').filter((n) => n.region === region && planOf(n.id) === 'kigali-action-plan');
    expect(kigali('Africa')).toHaveLength(4);
    expect(kigali('Africa').filter((n) => n.label === null)).toHaveLength(3);
    expect(kigali('Arab States')).toHaveLength(5);
    expect(kigali('Arab States').map((n) => [n.label, n.code])).toEqual(
      ['A', 'B', 'C', 'D', 'E'].map((x) => [null, `ARB untitled ${x}`]),
    );
    // Composed codes say so, and never look like an official number.
    for (const n of nodesOf('regional-initiative').filter((x) => x.code?.includes('untitled')))
      expect(n.note, n.id).toMatch(/composed by the dataset/);
    expect(kigali('Americas')).toHaveLength(4);
    // WTDC-17 adopted five per region: the untitled ones are there as gaps.
    for (const region of ['Africa', 'Americas', 'Arab States', 'Asia-Pacific', 'CIS', 'Europe']) {
      const n = nodesOf('regional-initiative').filter(
        (x) => x.region === region && planOf(x.id) === 'buenos-aires-action-plan',
      );
      expect(n, region).toHaveLength(5);
    }
  });

  it('models the three action plans as a kind of their own, holding their members by membership', () => {
    expect(nodesOf('action-plan').map((n) => [n.id, n.periods])).toEqual([
      ['buenos-aires-action-plan', ['2018-2021']],
      ['kigali-action-plan', ['2022-2025']],
      ['baku-action-plan', ['2026-2029']],
    ]);
    expect(nodesOf('programme').map((n) => n.id)).not.toContain('kigali-action-plan');
    const membership = new Set((dataset.relations ?? []).filter((r) => r.carries === 'membership').map((r) => r.id));
    const intoPlans = dataset.links.filter((l) => node(l.target).kind === 'action-plan');
    const members = intoPlans.filter((l) => membership.has(l.relation));
    expect(members.length).toBeGreaterThan(60);
    // Every initiative, Kigali priority and Question of a WTDC cycle belongs to its plan.
    const orphans = dataset.nodes.filter(
      (n) =>
        (n.kind === 'regional-initiative' || n.id.startsWith('kap-p') || /^q\d-\d-20(18|22|26)$/.test(n.id)) &&
        planOf(n.id) === undefined,
    );
    expect(orphans.map((n) => n.id)).toEqual([]);
  });

  it('dates each item by its instrument: Kigali initiatives 2023-2025, Baku 2026-2029, study periods, SP 2024-2027', () => {
    const byPlan = (plan: string) => nodesOf('regional-initiative').filter((n) => planOf(n.id) === plan);
    expect(new Set(byPlan('kigali-action-plan').flatMap((n) => n.periods))).toEqual(new Set(['2023-2025']));
    expect(byPlan('kigali-action-plan').every((n) => n.instrument === 'Kigali Action Plan (WTDC-22)')).toBe(true);
    expect(new Set(byPlan('baku-action-plan').flatMap((n) => n.periods))).toEqual(new Set(['2026-2029']));
    expect(['kap-p1', 'kap-p5'].map((id) => node(id).periods)).toEqual([['2022-2025'], ['2022-2025']]);
    expect(node('q3-2-2022').periods).toEqual(['2022-2025']);
    expect(node('q3-2-2026')).toMatchObject({ code: 'Q3/2', label: null, periods: ['2026-2029'] });
    expect(nodesOf('goal').filter((g) => g.periods.includes('2024-2027'))).toHaveLength(2);
    // No Kigali item claims a year after 2025.
    const kigali = dataset.nodes.filter((n) => planOf(n.id) === 'kigali-action-plan' || n.id === 'kigali-action-plan');
    expect(kigali.filter((n) => n.periods.some((p) => Number(p.slice(-4)) > 2025)).map((n) => n.id)).toEqual([]);
  });

  it('opens on a view that shows the Baku items in force next to the Kigali ones, each with its own dates', () => {
    const filters = defaultFilters(dataset, new Date('2026-12-01T12:00:00'));
    const shown = new Set(applyFilters(indexDataset(dataset), filters).nodes.map((n) => n.id));
    expect(filters.periods).toEqual(['2024-2027']);
    expect(shown.has('ri-wtdc25-ams1')).toBe(true);
    expect(shown.has('ri-wtdc25-asp1')).toBe(true);
    expect(shown.has('ri-wtdc22-afr1')).toBe(true);
    expect(node('ri-wtdc22-afr1').periods).toEqual(['2023-2025']);
    expect(shown.has('ri-wtdc17-afr1')).toBe(false);
  });

  it('names the BDT headings apart from the Kigali "thematic priorities", and says which is which', () => {
    for (const n of nodesOf('thematic-priority')) expect(n.description, n.id).toMatch(/five Kigali priorities/);
    for (const id of ['kap-p1', 'kap-p2', 'kap-p3', 'kap-p4', 'kap-p5'])
      expect(node(id).description, id).toMatch(/"thematic priorities" in 2023-2025/);
  });

  it('gives codes that identify their region on their own, a composed one saying so', () => {
    expect(node('ri-wtdc22-cis1').code).toBe('CIS RI 1');
    expect(node('ri-wtdc22-cis1').note).toMatch(/composed/);
    const bare = nodesOf('regional-initiative').filter(
      (n) => n.code !== undefined && !/^(AFR|AMS|ARB|ASP|CIS|EUR)/.test(n.code),
    );
    expect(bare).toEqual([]);
  });

  it('keeps numbered items in their official order (the layout breaks ties by them)', () => {
    const seen = new Map<string, number[]>();
    const out: string[] = [];
    for (const n of dataset.nodes) {
      if (n.code === undefined) continue;
      const q = /^Q(\d+)\/(\d+)$/.exec(n.code);
      const nums = q ? [Number(q[2]), Number(q[1])] : (n.code.match(/\d+/g) ?? []).map(Number);
      const key = `${n.kind}|${n.periods.join()}|${n.code.replace(/[\d.]+/g, '#')}`;
      const previous = seen.get(key);
      if (previous && nums.join('.').localeCompare(previous.join('.'), undefined, { numeric: true }) < 0)
        out.push(`${n.code} after ${previous.join('.')}`);
      seen.set(key, nums);
    }
    expect(out).toEqual([]);
    const goals = nodesOf('goal')
      .filter((g) => g.periods.includes('2020-2023'))
      .map((g) => g.code);
    expect(goals).toEqual(['Goal 1', 'Goal 2', 'Goal 3', 'Goal 4', 'Goal 5']);
  });

  it('tags nodes with declared topics, each found in the title or description it is justified by', () => {
    const tagged = dataset.nodes.filter((n) => (n.tags ?? []).length > 0);
    expect(tagged.length).toBeGreaterThan(100);
    expect(node('wsis-c5').tags).toContain('cybersecurity');
    expect(node('q3-2-2022').tags).toContain('cybersecurity');
    expect(node('tp-emergency-telecommunications').tags).toEqual(['emergency telecommunications']);
    expect(node('q6-2-2022').tags).toEqual(['environment and climate']);
    expect(node('kap-p3').tags).not.toContain('environment and climate');
    // Each tag's justification in data/facts quotes the title, or the description the cited source gives.
    const unjustified: string[] = [];
    for (const file of facts.files) {
      for (const n of file.nodes) {
        for (const [tag, why] of Object.entries(n.tags ?? {})) {
          const m = /^(title|topic per [\w-]+): "(.*)"$/s.exec(why);
          const kind = m?.[1] ?? '';
          const quoted = (m?.[2] ?? '').replace(/^…|…$/g, '').replace(/\s+/g, ' ');
          const text = (kind === 'title' ? (n.title ?? '') : n.description).replace(/\s+/g, ' ');
          const source = kind.startsWith('topic per ') ? kind.slice(10) : null;
          const cites = source === null || n.sources.some((r) => (typeof r === 'string' ? r : r.source) === source);
          if (!m || quoted === '' || !text.includes(quoted) || !cites) unjustified.push(`${n.id}: ${tag}`);
        }
      }
    }
    expect(unjustified).toEqual([]);
    const topics = new Set(Object.keys(factsTopics));
    expect(dataset.nodes.flatMap((n) => n.tags ?? []).filter((t) => !topics.has(t))).toEqual([]);
  });
});

describe('sourcing and codes', () => {
  const sourceIds = new Set(dataset.meta.sources.map((s) => s.id));
  const sourceOf = (id: string) => {
    const found = dataset.meta.sources.find((s) => s.id === id);
    if (!found) throw new Error(`no source ${id}`);
    return found;
  };

  it('cites at least one existing source on every node and link', () => {
    const unsourced = [...dataset.nodes, ...dataset.links].filter(
      (item) => item.sources.length === 0 || item.sources.some((ref) => !sourceIds.has(ref.source)),
    );
    expect(unsourced).toEqual([]);
  });

  it('lists each source once and cites every listed source', () => {
    const cited = new Set([...dataset.nodes, ...dataset.links].flatMap((i) => i.sources.map((s) => s.source)));
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
    expect(new Set(dataset.meta.sources.map((s) => s.url ?? s.readIn)).size).toBe(dataset.meta.sources.length);
  });

  it('never shows a dataset-local id as an official code', () => {
    const local = /^(x-D\d|KAP-|BAAP-|SP\d{2}-|C7-e|[A-Z]{3}\d+-local)/i;
    const offenders = dataset.nodes.filter((n) => n.code !== undefined && local.test(n.code));
    expect(offenders.map((n) => `${n.id}: ${n.code}`)).toEqual([]);
  });

  it('cites no proxy, redirector or SEO address, in url or readIn', () => {
    const addresses = dataset.meta.sources.flatMap((s) => [s.url, s.readIn]).filter((a) => a !== undefined);
    expect(addresses.length).toBeGreaterThan(dataset.meta.sources.length - 1);
    expect(addresses.map((a) => [a, blockedReason(a)]).filter(([, why]) => why !== null)).toEqual([]);
    // The guard itself recognises the relays the reference was once read through.
    expect(blockedReason('https://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/en/x.aspx')).toMatch(
      /proxy/,
    );
    expect(blockedReason('https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fx')).toMatch(/SEO/);
    expect(blockedReason('https://2.gy-118.workers.dev/:443/https/www.itu.int/en/x.aspx')).not.toBeNull();
    expect(blockedReason('https://www.itu.int/en/ITU-D/Pages/default.aspx')).toBeNull();
  });

  it('types every source; a copy names the ITU document and keeps the copy only as "read in"', () => {
    const types = dataset.meta.sources.map((s) => s.type);
    expect(types.filter((t) => t === undefined)).toEqual([]);
    const copies = dataset.meta.sources.filter((s) => s.type === 'copy');
    expect(copies.length).toBeGreaterThan(20);
    for (const c of copies) {
      expect(c.url, c.id).toBeUndefined();
      expect(c.readIn, c.id).toMatch(/^https?:\/\//);
      expect(c.title, c.id).not.toMatch(/third-party|proxy|copy\)/i);
      expect(c.issuer ?? '', c.id).not.toBe('');
    }
    // Non-ITU hosts are never presented as the authority.
    const itu = /(^|\.)(itu\.int|itu-ilibrary\.org|itu\.foleon\.com|un\.org|unesco\.org|fao\.org)$/;
    const authorities = dataset.meta.sources.filter((s) => s.type === 'authority');
    expect(authorities.filter((s) => !itu.test(new URL(s.url ?? 'x:').hostname)).map((s) => s.id)).toEqual([]);
    expect(node('sp24-goal-1').sources.some((r) => sourceOf(r.source).type === 'authority')).toBe(true);
  });

  it('explains every derived and proposed link, and keeps analyst links modest', () => {
    expect(dataset.links.filter((l) => l.basis !== 'official' && !(l.note ?? '').trim())).toEqual([]);
    expect(dataset.links.filter((l) => l.basis === 'proposed' && l.confidence === 'high')).toEqual([]);
  });
});

describe('chains towards the strategic goals', () => {
  const out = new Map<string, string[]>();
  for (const l of dataset.links) out.set(l.source, [...(out.get(l.source) ?? []), l.target]);
  const reachesGoal = (start: string): boolean => {
    const seen = new Set<string>([start]);
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (byId.get(id)?.kind === 'goal') return true;
      for (const next of out.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  };

  it('lets every thematic priority, programme, regional initiative, action line and Question reach a goal', () => {
    const kinds = [
      'thematic-priority',
      'programme',
      'action-plan',
      'regional-initiative',
      'wsis-action-line',
      'study-question',
    ];
    const stranded = dataset.nodes.filter((n) => kinds.includes(n.kind) && !reachesGoal(n.id)).map((n) => n.id);
    expect(stranded).toEqual([]);
  });

  it('gives each of them a link up the chain, analyst-proposed where nothing is stated', () => {
    const up = new Set(['goal', 'thematic-priority', 'programme', 'wsis-action-line', 'target']);
    const plans = new Set(['kigali-action-plan', 'buenos-aires-action-plan', 'baku-action-plan']);
    const kinds = ['thematic-priority', 'programme', 'regional-initiative', 'wsis-action-line', 'study-question'];
    const topical = (id: string) =>
      dataset.links.some((l) => l.source === id && up.has(node(l.target).kind) && !plans.has(l.target));
    const without = dataset.nodes.filter((n) => kinds.includes(n.kind) && !topical(n.id)).map((n) => n.id);
    // Only items with neither a name nor a topic lack a topical link: they reach the goals through their action plan.
    expect(without.filter((id) => !/^ri-wtdc\d\d-[a-z]{3}-gap-[a-e]$/.test(id))).toEqual([
      'tp-unnamed-a',
      'tp-unnamed-b',
      'q4-1-2022',
      'q1-2-2022',
      'q5-2-2022',
    ]);
    expect(without.filter((id) => id.includes('-gap-'))).toHaveLength(22);
  });
});

describe('generator', () => {
  it('rebuilds data/itu.json and the README tables from data/facts alone, byte for byte', () => {
    expect(staleOutputs()).toEqual([]);
    expect(outputs().json).toBe(text);
  });

  it('--check notices a fact changed without a rebuild', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'));
    try {
      cpSync(join(repo, 'data', 'facts'), dir, { recursive: true });
      const file = join(dir, 'goals.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Growth', 'title: Growth and more'));
      expect(staleOutputs(dir)).toEqual(['data/itu.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a broken fact by file, item and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'));
    try {
      cpSync(join(repo, 'data', 'facts'), dir, { recursive: true });
      const file = join(dir, 'study-questions.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('confidence: high', 'confidence: certain'));
      expect(() => staleOutputs(dir)).toThrow(/study-questions\.yaml: nodes\[0\] \(q1-1-2018\)\.confidence/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
