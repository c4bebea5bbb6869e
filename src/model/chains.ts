/**
 * Upstream and downstream chains of a node, following what the links say rather than where the columns are: a
 * link's source contributes to (implements, addresses) its target. Upstream is what the node delivers, transitively
 * (a Question -> its action line -> the programme -> the goal); downstream is what delivers it (a goal <-
 * programmes <- regional initiatives ...). Columns need not agree with link direction (thematic priorities
 * implement programmes yet stand left of them), so the walk never looks at columns.
 *
 * Chains walk **contribution** relations only (see `relationCarries`). Membership (an initiative belongs to the
 * Kigali Action Plan, a Question to its study group) is grouping: it is reported as the containers a node sits in
 * ("via Kigali Action Plan"), never walked through, so a container with 24 members does not join everything to
 * everything.
 *
 * A focus has a direction (what it delivers, what delivers it, or both), a depth (direct links, two steps, or
 * all), and a mode: `chain` walks from the focus; `related` shows its siblings, i.e. what else serves the same
 * things the focus serves (from the Cybersecurity priority: the programme it implements and every action line,
 * Question and initiative that delivers that programme).
 */
import { linkKey, type GraphIndex } from './graph';
import { relationCarries } from './relations';
import type { MapLink, MapNode } from './schema';

/** up: what the focus delivers (contributes to); down: what delivers it; both. */
export type ChainDirection = 'up' | 'down' | 'both';
/** Link steps from the focus; `Infinity` walks the whole chain. */
export type ChainDepth = 1 | 2 | typeof Infinity;
export type ChainMode = 'chain' | 'related';

export interface ChainOptions {
  direction: ChainDirection;
  depth: ChainDepth;
  mode: ChainMode;
}

export const DEFAULT_CHAIN_OPTIONS: ChainOptions = { direction: 'both', depth: Infinity, mode: 'chain' };

export interface Chains {
  focus: string;
  /** What the focus delivers (in `related` mode: the things it serves directly). */
  upstream: ReadonlySet<string>;
  /** What delivers the focus (in `related` mode: its siblings, what else delivers those things). */
  downstream: ReadonlySet<string>;
  /** Focus, upstream and downstream together. */
  nodes: ReadonlySet<string>;
  /** Keys (see `linkKey`) of the links along the chains. */
  links: ReadonlySet<string>;
  options: ChainOptions;
}

type Step = 'up' | 'down';

/**
 * Breadth-first walk from `starts` in one direction along contribution links, at most `depth` steps. Adds the
 * links it walks to `links` and returns the nodes reached (starts excluded unless reached again from another).
 */
function walk(
  index: GraphIndex,
  starts: readonly string[],
  step: Step,
  depth: number,
  allowed: (link: MapLink, other: string) => boolean,
  links: Set<string>,
): Set<string> {
  const seen = new Set<string>();
  const startSet = new Set(starts);
  let frontier = [...starts];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      const along = step === 'up' ? index.outLinks.get(id) : index.inLinks.get(id);
      for (const link of along ?? []) {
        const other = step === 'up' ? link.target : link.source;
        if (!allowed(link, other)) continue;
        links.add(linkKey(link));
        if (!startSet.has(other) && !seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * @param visible restrict the walk to these node ids (the filtered map); all nodes when omitted.
 * @param visibleLink restrict the walk to these links; all links when omitted.
 * @param options direction, depth and mode; the whole chain both ways by default.
 */
export function chainsOf(
  index: GraphIndex,
  focus: string,
  visible?: ReadonlySet<string>,
  visibleLink?: (link: MapLink) => boolean,
  options: ChainOptions = DEFAULT_CHAIN_OPTIONS,
): Chains {
  const carries = relationCarriesOf(index);
  const allowed = (link: MapLink, other: string) =>
    carries(link.relation) === 'contribution' &&
    (visible === undefined || visible.has(other)) &&
    (visibleLink === undefined || visibleLink(link));
  const links = new Set<string>();
  let upstream: Set<string>;
  let downstream: Set<string>;
  if (options.mode === 'related') {
    // The things the focus serves directly, then everything that delivers them (to the chosen depth).
    upstream = walk(index, [focus], 'up', 1, allowed, links);
    downstream = walk(index, [...upstream], 'down', options.depth, allowed, links);
    downstream.delete(focus);
    for (const id of upstream) downstream.delete(id);
  } else {
    upstream = options.direction === 'down' ? new Set() : walk(index, [focus], 'up', options.depth, allowed, links);
    downstream =
      options.direction === 'up' ? new Set() : walk(index, [focus], 'down', options.depth, allowed, links);
  }
  const nodes = new Set<string>([focus, ...upstream, ...downstream]);
  // Keep only links whose two ends are in the chains (a walk may add a link back to a start it skipped).
  for (const key of [...links]) {
    const link = linkByKey(index).get(key);
    if (!link || !nodes.has(link.source) || !nodes.has(link.target)) links.delete(key);
  }
  return { focus, upstream, downstream, nodes, links, options };
}

const carriesCache = new WeakMap<GraphIndex, (relation: string) => 'contribution' | 'membership'>();

function relationCarriesOf(index: GraphIndex) {
  let carries = carriesCache.get(index);
  if (!carries) {
    carries = relationCarries(index.dataset);
    carriesCache.set(index, carries);
  }
  return carries;
}

/** Whether a link carries contribution (chains walk through it) rather than membership (grouping). */
export function isContribution(index: GraphIndex, link: Pick<MapLink, 'relation'>): boolean {
  return relationCarriesOf(index)(link.relation) === 'contribution';
}

const linkKeyCache = new WeakMap<GraphIndex, Map<string, MapLink>>();

function linkByKey(index: GraphIndex): Map<string, MapLink> {
  let map = linkKeyCache.get(index);
  if (!map) {
    map = new Map(index.dataset.links.map((l) => [linkKey(l), l]));
    linkKeyCache.set(index, map);
  }
  return map;
}

/**
 * The containers a node belongs to (targets of its membership links), e.g. the Kigali Action Plan and SG2 for a
 * Question: shown as grouping ("via Kigali Action Plan"), never walked.
 */
export function containersOf(index: GraphIndex, id: string): MapNode[] {
  const out: MapNode[] = [];
  for (const link of index.outLinks.get(id) ?? []) {
    if (isContribution(index, link)) continue;
    const node = index.nodeById.get(link.target);
    if (node && !out.includes(node)) out.push(node);
  }
  return out;
}

/** The members of a container (sources of membership links into it). */
export function membersOf(index: GraphIndex, id: string): MapNode[] {
  const out: MapNode[] = [];
  for (const link of index.inLinks.get(id) ?? []) {
    if (isContribution(index, link)) continue;
    const node = index.nodeById.get(link.source);
    if (node && !out.includes(node)) out.push(node);
  }
  return out;
}

/** Counts chain members by kind, in kind order: "3 programmes, 9 regional initiatives". */
export function summariseChains(index: GraphIndex, chains: Chains): string {
  const counts = new Map<string, number>();
  for (const id of chains.nodes) {
    if (id === chains.focus) continue;
    const node = index.nodeById.get(id);
    if (node) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  }
  const parts: string[] = [];
  for (const kind of index.dataset.kinds) {
    const n = counts.get(kind.id);
    if (n) parts.push(`${n} ${lowerInitial(n === 1 ? kind.singular : kind.plural)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no linked nodes';
}

/** How a focus reads: "what delivers it, 2 steps", "related: what else serves the same". */
export function describeChainOptions(options: ChainOptions): string {
  const depth = options.depth === 1 ? 'direct links' : options.depth === 2 ? '2 steps' : 'all steps';
  if (options.mode === 'related') return `related: what else serves the same, ${depth}`;
  const direction =
    options.direction === 'up' ? 'what it delivers' : options.direction === 'down' ? 'what delivers it' : 'both ways';
  return `${direction}, ${depth}`;
}

/** "Regional initiatives" -> "regional initiatives", but "WTDC programmes" keeps its acronym. */
export function lowerInitial(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
