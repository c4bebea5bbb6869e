/**
 * Collects nodes and links, checks the rules the generator promises (every item cites a catalogued source,
 * derived and proposed links carry a note, no duplicates, no cycles) and assembles the dataset in a stable
 * order.
 */
import type { Basis, Confidence, Dataset, Meta, MapLink, MapNode, Source, SourceRef } from '../../src/model/schema';
import { KINDS, type KindId } from './kinds';
import { SOURCE_CATALOGUE, type CatalogueEntry } from './sources';

/** The link verbs used in this dataset. */
export type Relation = 'contributes-to' | 'implements' | 'addresses' | 'belongs-to' | 'supports' | 'works-with';

/** A citation by URL (as the reference records it), optionally narrowed to a section. */
export interface Cite {
  url: string;
  locator?: string;
}

/** A node to add; `cites` are turned into `sources` references to the catalogue. */
export interface NodeSpec {
  id: string;
  kind: KindId;
  code?: string;
  label: string | null;
  description: string;
  periods: readonly string[];
  sector?: string;
  region?: string;
  studyGroup?: string;
  cites: readonly Cite[];
  confidence: Confidence;
  note?: string;
}

/** A link to add, from the contributing or more specific node (`source`) to the one it serves (`target`). */
export interface LinkSpec {
  source: string;
  target: string;
  relation: Relation;
  basis: Basis;
  cites: readonly Cite[];
  confidence: Confidence;
  note?: string;
}

/** Turns a list of URLs into citations without locators. */
export const citeAll = (urls: readonly string[]): Cite[] => urls.map((url) => ({ url }));

/** Accumulates the dataset; call `finish` once everything is added. */
export class DatasetBuilder {
  private readonly nodes = new Map<string, MapNode>();
  private readonly firstCites = new Map<string, Cite>();
  private readonly links: MapLink[] = [];
  private readonly linkKeys = new Set<string>();
  private readonly catalogue = new Map<string, CatalogueEntry>(SOURCE_CATALOGUE.map((s) => [s.url, s]));
  private readonly cited = new Set<CatalogueEntry>();
  private readonly uncatalogued = new Set<string>();

  /** Adds a node; its id must be new and it must cite at least one source. */
  addNode(spec: NodeSpec): void {
    if (this.nodes.has(spec.id)) throw new Error(`duplicate node id ${spec.id}`);
    if (spec.cites.length === 0) throw new Error(`node ${spec.id} cites no source`);
    if (spec.description.trim() === '') throw new Error(`node ${spec.id} has no description`);
    const node: MapNode = {
      id: spec.id,
      kind: spec.kind,
      ...(spec.code === undefined ? {} : { code: spec.code }),
      label: spec.label,
      description: spec.description,
      periods: [...spec.periods],
      ...(spec.sector === undefined ? {} : { sector: spec.sector }),
      ...(spec.region === undefined ? {} : { region: spec.region }),
      ...(spec.studyGroup === undefined ? {} : { studyGroup: spec.studyGroup }),
      sources: this.refs(spec.cites),
      confidence: spec.confidence,
      ...(spec.note === undefined ? {} : { note: spec.note }),
    };
    this.nodes.set(spec.id, node);
    this.firstCites.set(spec.id, spec.cites[0] as Cite);
  }

  /** Adds a link between existing nodes; derived and proposed links must say how they follow or why. */
  addLink(spec: LinkSpec): void {
    for (const end of [spec.source, spec.target]) {
      if (!this.nodes.has(end)) throw new Error(`link ${spec.source} -> ${spec.target}: no node ${end}`);
    }
    const key = `${spec.source}|${spec.target}|${spec.relation}`;
    if (this.linkKeys.has(key)) throw new Error(`duplicate link ${key}`);
    if (spec.cites.length === 0) throw new Error(`link ${key} cites no source`);
    if (spec.basis !== 'official' && (spec.note ?? '').trim() === '')
      throw new Error(`${spec.basis} link ${key} needs a note`);
    this.linkKeys.add(key);
    this.links.push({
      source: spec.source,
      target: spec.target,
      relation: spec.relation,
      basis: spec.basis,
      sources: this.refs(spec.cites),
      confidence: spec.confidence,
      ...(spec.note === undefined ? {} : { note: spec.note }),
    });
  }

  /** True when a link with this source, target and relation exists already. */
  hasLink(source: string, target: string, relation: Relation): boolean {
    return this.linkKeys.has(`${source}|${target}|${relation}`);
  }

  /** The node with this id (throws when absent). */
  node(id: string): MapNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  /** The first citation of a node, used to ground an analyst link in the topics of its two ends. */
  primaryCite(id: string): Cite {
    const cite = this.firstCites.get(id);
    if (!cite) throw new Error(`no node ${id}`);
    return cite;
  }

  /** Assembles the dataset: nodes in kind order, links as added, only the sources actually cited. */
  finish(meta: Omit<Meta, 'sources'>): Dataset {
    if (this.uncatalogued.size > 0) {
      throw new Error(`sources missing from data/build/sources.ts:\n${[...this.uncatalogued].sort().join('\n')}`);
    }
    assertAcyclic(this.links);
    const rank = new Map<string, number>(KINDS.map((k, i) => [k.id, i]));
    const nodes = [...this.nodes.values()]
      .map((node, order) => ({ node, order }))
      .sort((a, b) => (rank.get(a.node.kind) ?? 0) - (rank.get(b.node.kind) ?? 0) || a.order - b.order)
      .map(({ node }) => node);
    const sources: Source[] = [...this.cited]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        id: s.id,
        title: s.title,
        url: s.url,
        ...(s.date === undefined ? {} : { date: s.date }),
        ...(s.issuer === undefined ? {} : { issuer: s.issuer }),
      }));
    return {
      $schema: './schema.json',
      formatVersion: 1,
      meta: { ...meta, sources },
      kinds: KINDS.map((k) => ({ ...k })),
      nodes,
      links: [...this.links],
      views: [],
    };
  }

  private refs(cites: readonly Cite[]): SourceRef[] {
    const seen = new Set<string>();
    const refs: SourceRef[] = [];
    for (const cite of cites) {
      const entry = this.catalogue.get(cite.url);
      if (!entry) {
        this.uncatalogued.add(cite.url);
        continue;
      }
      const key = `${entry.id}|${cite.locator ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.cited.add(entry);
      refs.push(cite.locator === undefined ? { source: entry.id } : { source: entry.id, locator: cite.locator });
    }
    return refs;
  }
}

/** Throws when following links from source to target can come back to where it started. */
function assertAcyclic(links: readonly MapLink[]): void {
  const out = new Map<string, string[]>();
  for (const l of links) out.set(l.source, [...(out.get(l.source) ?? []), l.target]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') throw new Error(`links form a cycle: ${[...path, id].join(' -> ')}`);
    state.set(id, 'open');
    for (const next of out.get(id) ?? []) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of out.keys()) visit(id, []);
}
