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

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(join(repo, 'data', 'itu.json'), 'utf8');
const result = readDataset(text);
const dataset = result.dataset as Dataset;

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

  it('declares the ten kinds in column order', () => {
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
    ]);
  });

  it('has the pinned number of nodes per kind', () => {
    const counts = Object.fromEntries(dataset.kinds.map((k) => [k.id, nodesOf(k.id).length]));
    expect(counts).toEqual({
      goal: 7,
      'thematic-priority': 10,
      programme: 12,
      'regional-initiative': 25,
      'wsis-action-line': 19,
      'study-question': 28,
      target: 7,
      resolution: 22,
      'study-group': 7,
      sdg: 17,
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
      programme: { '2018-2021': 5, '2020-2023': 5, '2022-2025': 6, '2024-2027': 6, '2026-2029': 1 },
      'regional-initiative': { '2018-2021': 18, '2020-2023': 18, '2022-2025': 5, '2024-2027': 5, '2026-2029': 2 },
      'wsis-action-line': all4(19),
      'study-question': all4(14),
      target: { '2020-2023': 6, '2024-2027': 1 },
      resolution: { '2018-2021': 2, '2020-2023': 2, '2022-2025': 20, '2024-2027': 20 },
      'study-group': { '2018-2021': 5, '2020-2023': 5, '2022-2025': 2, '2024-2027': 2 },
      sdg: all4(17),
    });
  });

  it('has the pinned number of links per basis and of WSIS-SDG matrix cells', () => {
    const basis: Record<string, number> = {};
    for (const l of dataset.links) basis[l.basis] = (basis[l.basis] ?? 0) + 1;
    expect(basis).toEqual({ official: 171, derived: 100, proposed: 152 });
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
    expect(gaps).toEqual({ 'thematic-priority': 2, 'study-question': 17, target: 7, resolution: 4, 'study-group': 2 });
    const untitled = (period: string) =>
      nodesOf('study-question')
        .filter((q) => q.periods.includes(period) && q.label === null)
        .map((q) => q.code);
    expect(untitled('2018-2021')).toEqual(['Q4/1', 'Q7/1', 'Q2/2', 'Q4/2', 'Q5/2', 'Q7/2']);
    expect(untitled('2022-2025')).toHaveLength(11);
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
    const kinds = ['thematic-priority', 'programme', 'regional-initiative', 'wsis-action-line', 'study-question'];
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
    // Besides the action plans themselves (linked to goals directly), only items with neither a name nor a topic
    // lack a topical link: they reach the goals through their action plan.
    expect(without).toEqual(['tp-unnamed-a', 'tp-unnamed-b', 'q4-1-2022', 'q1-2-2022', 'q5-2-2022']);
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
