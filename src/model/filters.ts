/**
 * Filters narrow the map to the question at hand. Pure functions from a graph index and a `Filters` value to the
 * visible subgraph, plus the per-option counts the filter panel shows.
 *
 * Order of application:
 * 1. attribute filters on nodes: kinds, periods, sectors, regions, confidences;
 * 2. links whose two ends survived and whose basis and confidence pass;
 * 3. scope: the union of the upstream and downstream chains (`chainsOf`) of the scope nodes, walked within
 *    the subgraph of steps 1–2; a scope node removed by step 1 keeps nothing;
 * 4. `hideUnlinked`: drop nodes left without any link.
 */
import type { VisibleGraph } from './visible';
import type { Basis, Confidence, Dataset, MapLink, MapNode } from './schema';
import { BASES, CONFIDENCES } from './vocabulary';
import { linkKey, type GraphIndex } from './graph';
import { chainsOf } from './chains';
import { findEmptyColumns } from './emptyColumns';

/** What the map shows. In every list, `null` means "no restriction" and `[]` means "none". */
export interface Filters {
  /** Kind ids (columns) shown. */
  kinds: string[] | null;
  /** Periods ("2024-2027" or "2024"); a node passes when it has no periods or one overlaps a selected period. */
  periods: string[] | null;
  /**
   * How `periods` apply: `active` (default) keeps what is active during a selected period (overlaps it);
   * `adopted` keeps what was adopted for it (its `adoptedFor`, else one of its periods, is a selected period).
   */
  periodMode?: 'active' | 'adopted';
  /** Sectors; nodes without a sector (global ones such as goals) always pass. */
  sectors: string[] | null;
  /** Regions; nodes without a region (global ones such as goals and programmes) always pass. */
  regions: string[] | null;
  /** Link bases; applies to links only. */
  bases: Basis[] | null;
  /** Confidences; applies to nodes and to links. */
  confidences: Confidence[] | null;
  /** Node ids: when not empty, only their upstream and downstream chains stay. */
  scope: string[];
  /** Hide nodes left without any link after the other filters. */
  hideUnlinked: boolean;
}

/** What the filters leave: the visible subgraph (`VisibleGraph`) with the set of its node ids. */
export interface FilteredGraph extends VisibleGraph {
  /** In dataset order. */
  nodes: MapNode[];
  /** In dataset order. */
  links: MapLink[];
  nodeIds: ReadonlySet<string>;
}

/** No restriction at all: everything in the dataset is shown. */
export const NO_FILTERS: Filters = {
  kinds: null,
  periods: null,
  sectors: null,
  regions: null,
  bases: null,
  confidences: null,
  scope: [],
  hideUnlinked: false,
};

/** A year range, both ends included. */
interface YearRange {
  from: number;
  to: number;
}

const rangeCache = new Map<string, YearRange | null>();

/** "2024-2027" -> 2024..2027, "2024" -> 2024..2024, anything else -> null. */
export function parsePeriod(period: string): YearRange | null {
  const cached = rangeCache.get(period);
  if (cached !== undefined) return cached;
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  let range: YearRange | null = null;
  if (match) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    range = from <= to ? { from, to } : null;
  }
  rangeCache.set(period, range);
  return range;
}

/** Whether two periods share at least one year; malformed periods overlap nothing. */
export function periodsOverlap(a: string, b: string): boolean {
  const ra = parsePeriod(a);
  const rb = parsePeriod(b);
  return ra !== null && rb !== null && ra.from <= rb.to && rb.from <= ra.to;
}

/**
 * The current planning cycle: among the periods of nodes of the first kind (the goals), the one containing
 * `today`'s year, else the latest. Null when those nodes have no periods.
 */
export function currentCycle(dataset: Pick<Dataset, 'kinds' | 'nodes'>, today: Date): string | null {
  const firstKind = dataset.kinds[0]?.id;
  const periods = new Set<string>();
  for (const node of dataset.nodes) if (node.kind === firstKind) for (const p of node.periods) periods.add(p);
  const year = today.getFullYear();
  let containing: string | null = null;
  let latest: string | null = null;
  for (const p of [...periods].sort()) {
    const range = parsePeriod(p);
    if (!range) continue;
    if (range.from <= year && year <= range.to && containing === null) containing = p;
    const latestRange = latest === null ? null : parsePeriod(latest);
    if (!latestRange || range.to > latestRange.to || (range.to === latestRange.to && range.from > latestRange.from)) {
      latest = p;
    }
  }
  return containing ?? latest;
}

/**
 * What a dataset opens with: every kind except those marked `hidden` (context columns, one click away), the
 * current planning cycle, nothing else restricted.
 */
export function defaultFilters(dataset: Pick<Dataset, 'kinds' | 'nodes'>, today: Date): Filters {
  const cycle = currentCycle(dataset, today);
  const kinds = dataset.kinds.some((k) => k.hidden) ? dataset.kinds.filter((k) => !k.hidden).map((k) => k.id) : null;
  return { ...NO_FILTERS, kinds, periods: cycle === null ? null : [cycle] };
}

/** The options each filter offers, in display order. */
export interface FilterOptions {
  /** Kind ids in column order. */
  kinds: string[];
  /** Every period used by a node, sorted. */
  periods: string[];
  /** Every sector used by a node, sorted. */
  sectors: string[];
  /** Every region used by a node, sorted. */
  regions: string[];
  bases: readonly Basis[];
  confidences: readonly Confidence[];
}

const optionsCache = new WeakMap<GraphIndex, FilterOptions>();

export function filterOptions(index: GraphIndex): FilterOptions {
  const cached = optionsCache.get(index);
  if (cached) return cached;
  const periods = new Set<string>();
  const sectors = new Set<string>();
  const regions = new Set<string>();
  for (const node of index.dataset.nodes) {
    for (const p of node.periods) periods.add(p);
    if (node.sector !== undefined) sectors.add(node.sector);
    if (node.region !== undefined) regions.add(node.region);
  }
  const options: FilterOptions = {
    kinds: index.dataset.kinds.map((k) => k.id),
    periods: [...periods].sort(),
    sectors: [...sectors].sort(),
    regions: [...regions].sort(),
    bases: BASES,
    confidences: CONFIDENCES,
  };
  optionsCache.set(index, options);
  return options;
}

/**
 * Toggles `option` in a filter list where null means "all of `all`": unticking from null gives all but that
 * option; ticking the last missing option gives null again.
 */
export function toggleInList<T>(list: readonly T[] | null, option: T, all: readonly T[]): T[] | null {
  const current = list ?? all;
  const next = current.includes(option) ? current.filter((o) => o !== option) : [...current, option];
  if (all.every((o) => next.includes(o))) return null;
  // Keep the display order of `all`, so equal selections encode equally.
  return all.filter((o) => next.includes(o)).concat(next.filter((o) => !all.includes(o)));
}

/** Node attribute checks, one per dimension, in the order `countOptions` uses. */
const passKind = (f: Filters, n: MapNode) => f.kinds === null || f.kinds.includes(n.kind);
const passPeriod = (f: Filters, n: MapNode) =>
  f.periods === null ||
  n.periods.length === 0 ||
  (f.periodMode === 'adopted'
    ? (n.adoptedFor !== undefined ? [n.adoptedFor] : n.periods).some((p) => f.periods?.includes(p))
    : n.periods.some((p) => f.periods?.some((q) => periodsOverlap(p, q))));
const passSector = (f: Filters, n: MapNode) =>
  f.sectors === null || n.sector === undefined || f.sectors.includes(n.sector);
const passRegion = (f: Filters, n: MapNode) =>
  f.regions === null || n.region === undefined || f.regions.includes(n.region);
const passNodeConfidence = (f: Filters, n: MapNode) => f.confidences === null || f.confidences.includes(n.confidence);

/** Whether a node passes the attribute filters (step 1). */
export function passesAttributes(filters: Filters, node: MapNode): boolean {
  return (
    passKind(filters, node) &&
    passPeriod(filters, node) &&
    passSector(filters, node) &&
    passRegion(filters, node) &&
    passNodeConfidence(filters, node)
  );
}

/** Whether a link passes the basis and confidence filters, whatever its ends. */
export function passesLinkFilters(filters: Filters, link: MapLink): boolean {
  return (
    (filters.bases === null || filters.bases.includes(link.basis)) &&
    (filters.confidences === null || filters.confidences.includes(link.confidence))
  );
}

/** The visible subgraph; see the module comment for the order of application. */
export function applyFilters(index: GraphIndex, filters: Filters): FilteredGraph {
  const { dataset } = index;
  let nodeIds = new Set<string>();
  for (const node of dataset.nodes) if (passesAttributes(filters, node)) nodeIds.add(node.id);
  const linkPasses = (link: MapLink) =>
    nodeIds.has(link.source) && nodeIds.has(link.target) && passesLinkFilters(filters, link);
  let links = dataset.links.filter(linkPasses);

  if (filters.scope.length > 0) {
    const attributeIds = nodeIds;
    const scopeNodes = new Set<string>();
    const scopeLinks = new Set<string>();
    for (const id of filters.scope) {
      if (!attributeIds.has(id)) continue;
      const chains = chainsOf(index, id, attributeIds, linkPasses);
      for (const n of chains.nodes) scopeNodes.add(n);
      for (const l of chains.links) scopeLinks.add(l);
    }
    nodeIds = scopeNodes;
    // chainsOf also reports links to the focus's own column; their far ends are not in a chain, so they go.
    links = links.filter((l) => scopeLinks.has(linkKey(l)) && scopeNodes.has(l.source) && scopeNodes.has(l.target));
  }

  if (filters.hideUnlinked) {
    const linked = linkedIds(links);
    nodeIds = new Set([...nodeIds].filter((id) => linked.has(id)));
  }

  const nodes = dataset.nodes.filter((n) => nodeIds.has(n.id));
  return { nodes, links, nodeIds, emptied: findEmptyColumns(index, filters, nodeIds, passesAttributes) };
}

/** How many nodes of a visible subgraph no visible link touches: what "hide nodes left without links" hides. */
export function unlinkedCount(visible: VisibleGraph): number {
  const linked = linkedIds(visible.links);
  return visible.nodes.filter((n) => !linked.has(n.id)).length;
}

/** Ids of the nodes at either end of `links`. */
function linkedIds(links: readonly MapLink[]): Set<string> {
  const linked = new Set<string>();
  for (const link of links) {
    linked.add(link.source);
    linked.add(link.target);
  }
  return linked;
}

const visibleCache = new WeakMap<GraphIndex, WeakMap<Filters, FilteredGraph>>();

/** `applyFilters`, memoised by index and filters object identity (the store makes a new object per change). */
export function visibleGraph(index: GraphIndex, filters: Filters): FilteredGraph {
  let byFilters = visibleCache.get(index);
  if (!byFilters) {
    byFilters = new WeakMap();
    visibleCache.set(index, byFilters);
  }
  const cached = byFilters.get(filters);
  if (cached) return cached;
  const result = applyFilters(index, filters);
  byFilters.set(filters, result);
  return result;
}

/** How many nodes each filter option keeps; see `countOptions`. */
export interface OptionCounts {
  kinds: ReadonlyMap<string, number>;
  periods: ReadonlyMap<string, number>;
  sectors: ReadonlyMap<string, number>;
  regions: ReadonlyMap<string, number>;
  bases: ReadonlyMap<Basis, number>;
  confidences: ReadonlyMap<Confidence, number>;
}

/**
 * For each option of each filter, how many nodes it keeps: the nodes that have that value (a kind, an
 * overlapping period, a sector, a region, a confidence) and pass all the *other* attribute filters, so a count
 * reads the same whether the option is ticked or not. For a basis, the nodes touched by a link of that basis
 * (and a passing confidence) between two nodes that pass the attribute filters. Scope and `hideUnlinked` are
 * ignored here: counts describe the attribute filters, and stay cheap (one pass over nodes and links).
 */
export function countOptions(index: GraphIndex, filters: Filters): OptionCounts {
  const options = filterOptions(index);
  const kinds = zeroes(options.kinds);
  const periods = zeroes(options.periods);
  const sectors = zeroes(options.sectors);
  const regions = zeroes(options.regions);
  const confidences = zeroes(options.confidences);
  const checks = [passKind, passPeriod, passSector, passRegion, passNodeConfidence];
  const passing = new Set<string>();
  for (const node of index.dataset.nodes) {
    let failed = -1;
    let failures = 0;
    for (let d = 0; d < checks.length; d++) {
      if (!(checks[d] as (f: Filters, n: MapNode) => boolean)(filters, node)) {
        failures++;
        failed = d;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) passing.add(node.id);
    const others = (d: number) => failures === 0 || failed === d;
    if (others(0)) increment(kinds, node.kind);
    if (others(1))
      for (const p of options.periods) {
        const counts =
          filters.periodMode === 'adopted'
            ? (node.adoptedFor !== undefined ? [node.adoptedFor] : node.periods).includes(p)
            : node.periods.some((np) => periodsOverlap(np, p));
        if (counts) increment(periods, p);
      }
    if (others(2) && node.sector !== undefined) increment(sectors, node.sector);
    if (others(3) && node.region !== undefined) increment(regions, node.region);
    if (others(4)) increment(confidences, node.confidence);
  }
  const touched = new Map<Basis, Set<string>>(options.bases.map((b) => [b, new Set<string>()]));
  for (const link of index.dataset.links) {
    if (!passing.has(link.source) || !passing.has(link.target)) continue;
    if (filters.confidences !== null && !filters.confidences.includes(link.confidence)) continue;
    const set = touched.get(link.basis);
    set?.add(link.source);
    set?.add(link.target);
  }
  const bases = new Map(options.bases.map((b) => [b, touched.get(b)?.size ?? 0]));
  return { kinds, periods, sectors, regions, bases, confidences };
}

function zeroes<T>(keys: readonly T[]): Map<T, number> {
  return new Map(keys.map((k) => [k, 0]));
}

function increment<T>(map: Map<T, number>, key: T) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Whether two filter values select the same view (list order does not matter). */
export function sameFilters(a: Filters, b: Filters): boolean {
  const sameList = (x: readonly string[] | null, y: readonly string[] | null) =>
    x === y || (x !== null && y !== null && x.length === y.length && x.every((v) => y.includes(v)));
  return (
    sameList(a.kinds, b.kinds) &&
    sameList(a.periods, b.periods) &&
    sameList(a.sectors, b.sectors) &&
    sameList(a.regions, b.regions) &&
    sameList(a.bases, b.bases) &&
    sameList(a.confidences, b.confidences) &&
    sameList(a.scope, b.scope) &&
    (a.periodMode ?? 'active') === (b.periodMode ?? 'active') &&
    a.hideUnlinked === b.hideUnlinked
  );
}
