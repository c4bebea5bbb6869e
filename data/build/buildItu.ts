/**
 * Generates `data/itu.json`, the built-in ITU dataset, from the facts in `data/facts/*.yaml` (and the kinds in
 * `src/model/ituKinds.ts`), and the generated tables of `data/README.md`. Nothing outside the repository is read.
 * Deterministic: the same facts always give the same bytes.
 *
 * Also writes `data/order-hints.json`, the dataset's refined column orders per opening view (see orderHints.ts).
 *
 * Run: `npm run data` (writes), `npm run data -- --check` (fails when data/itu.json, the order hints or the README
 * tables are stale).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, MapLink, MapNode, SourceRef } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';
import { loadFacts, type FactRef, type Facts } from './facts';
import { blockedReason } from './hosts';
import { KINDS } from './kinds';
import { readmeWithTables } from './readme';
import { orderHints, serialiseOrderHints } from './orderHints';

/** Root of the repository (two levels above this file). */
export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FACTS_DIR = join(REPO_DIR, 'data', 'facts');
export const OUTPUT_FILE = join(REPO_DIR, 'data', 'itu.json');
export const README_FILE = join(REPO_DIR, 'data', 'README.md');
export const ORDERS_FILE = join(REPO_DIR, 'data', 'order-hints.json');

const toRef = (r: FactRef): SourceRef =>
  typeof r === 'string' ? { source: r } : { source: r.source, locator: r.locator };

/** Builds the dataset in memory from already loaded facts; throws with every rule the facts break. */
export function assemble(facts: Facts): Dataset {
  const problems: string[] = [];
  const rank = new Map<string, number>(KINDS.map((k, i) => [k.id, i]));
  const sourceIds = new Set<string>();
  for (const s of facts.sources) {
    if (sourceIds.has(s.id)) problems.push(`sources.yaml: ${s.id}: listed twice`);
    sourceIds.add(s.id);
    for (const address of [s.url, s.readIn]) {
      const why = address === undefined ? null : blockedReason(address);
      if (why) problems.push(`sources.yaml: ${s.id}: ${address} may not be cited (${why})`);
    }
    if (s.type === 'copy' && (s.readIn === undefined || s.url !== undefined))
      problems.push(`sources.yaml: ${s.id}: a copy names the ITU document (title, symbol) and gives only readIn`);
    if (s.type !== 'copy' && (s.url === undefined || s.readIn !== undefined))
      problems.push(`sources.yaml: ${s.id}: an ${s.type} source gives url and no readIn`);
  }
  const relations = new Set(facts.dataset.relations.map((r) => r.id));
  const topics = new Set(Object.keys(facts.dataset.topics));
  const cited = new Set<string>();
  const refs = (where: string, list: readonly FactRef[]): SourceRef[] => {
    const out = list.map(toRef);
    for (const r of out) {
      if (!sourceIds.has(r.source)) problems.push(`${where}: cites ${r.source}, which is not in sources.yaml`);
      cited.add(r.source);
    }
    return out;
  };

  const files = [...facts.files].sort((a, b) => (rank.get(a.kind) ?? 99) - (rank.get(b.kind) ?? 99));
  const nodes: MapNode[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    if (!rank.has(file.kind))
      problems.push(`${file.name}: kind ${file.kind} is not one of ${[...rank.keys()].join(', ')}`);
    for (const n of file.nodes) {
      const where = `${file.name}: ${n.id}`;
      if (ids.has(n.id)) problems.push(`${where}: id used twice`);
      ids.add(n.id);
      for (const t of Object.keys(n.tags ?? {}))
        if (!topics.has(t)) problems.push(`${where}: tag "${t}" is not one of the topics in dataset.yaml`);
      nodes.push({
        id: n.id,
        kind: file.kind,
        ...(n.code === undefined ? {} : { code: n.code }),
        label: n.title,
        description: n.description.trim(),
        periods: [...n.periods],
        ...(n.sector === undefined ? {} : { sector: n.sector }),
        ...(n.region === undefined ? {} : { region: n.region }),
        ...(n.studyGroup === undefined ? {} : { studyGroup: n.studyGroup }),
        sources: refs(where, n.sources),
        confidence: n.confidence,
        ...(n.note === undefined ? {} : { note: n.note.trim() }),
        ...(n.tags === undefined ? {} : { tags: Object.keys(n.tags).sort() }),
        ...(n.instrument === undefined ? {} : { instrument: n.instrument }),
        ...(n.adoptedFor === undefined ? {} : { adoptedFor: n.adoptedFor }),
      });
    }
  }

  const links: MapLink[] = [];
  const keys = new Set<string>();
  for (const file of files) {
    for (const n of file.nodes) {
      for (const l of n.links ?? []) {
        const key = `${n.id} -> ${l.to} (${l.relation})`;
        const where = `${file.name}: ${n.id}: link to ${l.to}`;
        if (!ids.has(l.to)) problems.push(`${where}: no node ${l.to}`);
        if (!relations.has(l.relation))
          problems.push(`${where}: relation ${l.relation} is not declared in dataset.yaml`);
        if (keys.has(key)) problems.push(`${where}: the same link is given twice`);
        if (l.basis !== 'official' && (l.note ?? '').trim() === '')
          problems.push(`${where}: a ${l.basis} link needs a note saying how it follows or why`);
        if (l.basis === 'proposed' && l.confidence === 'high')
          problems.push(`${where}: a proposed link is at most of medium confidence`);
        keys.add(key);
        links.push({
          source: n.id,
          target: l.to,
          relation: l.relation,
          basis: l.basis,
          sources: refs(where, l.sources),
          confidence: l.confidence,
          ...(l.note === undefined ? {} : { note: l.note.trim() }),
        });
      }
    }
  }
  const uncited = facts.sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
  if (uncited.length > 0) problems.push(`sources.yaml: listed but never cited: ${uncited.join(', ')}`);
  const cycle = findCycle(links);
  if (cycle) problems.push(`links form a cycle: ${cycle.join(' -> ')}`);
  if (problems.length > 0) throw new Error(`data/facts breaks ${problems.length} rule(s):\n${problems.join('\n')}`);

  const sources = [...facts.sources].sort((a, b) => a.id.localeCompare(b.id));
  const { title, description, version, date } = facts.dataset;
  return {
    $schema: './schema.json',
    formatVersion: 1,
    meta: { title, description: description.trim(), version, date, sources },
    kinds: KINDS.map((k) => ({ ...k })),
    relations: facts.dataset.relations.map((r) => ({ ...r })),
    nodes,
    links,
    views: facts.dataset.views.map((v) => ({ ...v })),
  };
}

/** Builds the dataset from data/facts. */
export function buildItuDataset(factsDir: string = FACTS_DIR): Dataset {
  return assemble(loadFacts(factsDir));
}

/** A path that comes back to where it started, following links from source to target, or null. */
function findCycle(links: readonly MapLink[]): string[] | null {
  const out = new Map<string, string[]>();
  for (const l of links) out.set(l.source, [...(out.get(l.source) ?? []), l.target]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return [...path, id];
    state.set(id, 'open');
    for (const next of out.get(id) ?? []) {
      const found = visit(next, [...path, id]);
      if (found) return found;
    }
    state.set(id, 'done');
    return null;
  };
  for (const id of out.keys()) {
    const found = visit(id, []);
    if (found) return found;
  }
  return null;
}

/** Serialises the dataset as the committed file: pretty-printed with two spaces, final newline. */
export function serialise(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** What `npm run data` writes: the dataset file, its order hints and the README with its generated tables. */
export function outputs(factsDir: string = FACTS_DIR, readme: string = readFileSync(README_FILE, 'utf8')) {
  const dataset = buildItuDataset(factsDir);
  const json = serialise(dataset);
  const errors = validateDataset(JSON.parse(json)).problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return { json, orders: serialiseOrderHints(orderHints(dataset)), readme: readmeWithTables(readme, dataset) };
}

/** The generated files that differ from what data/facts gives (empty when all are up to date). */
export function staleOutputs(
  factsDir = FACTS_DIR,
  jsonFile = OUTPUT_FILE,
  readmeFile = README_FILE,
  ordersFile = ORDERS_FILE,
): string[] {
  const out = outputs(factsDir, readFileSync(readmeFile, 'utf8'));
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  return [
    readFileSync(jsonFile, 'utf8') !== out.json ? 'data/itu.json' : null,
    read(ordersFile) !== out.orders ? 'data/order-hints.json' : null,
    readFileSync(readmeFile, 'utf8') !== out.readme ? 'the tables in data/README.md' : null,
  ].filter((s) => s !== null);
}

function main(): void {
  try {
    if (process.argv.includes('--check')) {
      const stale = staleOutputs();
      if (stale.length > 0) {
        console.error(`${stale.join(' and ')}: out of date with data/facts; run npm run data`);
        process.exit(1);
      }
      console.log('data/itu.json, data/order-hints.json and data/README.md are up to date with data/facts');
      return;
    }
    const out = outputs();
    writeFileSync(OUTPUT_FILE, out.json);
    writeFileSync(ORDERS_FILE, out.orders);
    writeFileSync(README_FILE, out.readme);
    console.log(
      `wrote data/itu.json (${JSON.parse(out.json).nodes.length} nodes), data/order-hints.json and the tables in data/README.md`,
    );
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
