/**
 * One search box over codes, labels, descriptions, translations and topic tags. Text is normalised (case, diacritics,
 * punctuation: "e-health" finds "eHealth" and "e health"), matched in tiers, and ranked:
 *
 * exact code > code prefix > word prefix in label > substring in label > code substring > all query words
 * start words of the label > substring in description or translations > fuzzy subsequence in code or label
 * ("cybr" finds "cybersecurity"). Between them: a topic tag that starts with the query, then a word of the
 * domain's synonym table (`SYNONYMS`: `cyber` also finds "security" and "trust", `broadband` finds "connectivity")
 * at the start of a word of the label, tags or description.
 *
 * Ties keep dataset order. The normalised text of every node is computed once per dataset, so a keystroke on
 * 2,000 nodes costs a few milliseconds.
 */
import type { GraphIndex } from './graph';

export interface SearchHit {
  id: string;
  /** Higher is better; only the order is meaningful. */
  score: number;
  /** The field of the best match. */
  field: 'code' | 'label' | 'description' | 'translation' | 'tag' | 'synonym';
}

/**
 * Groups of words the domain uses for one topic. A query that is one of a group's words, or the start of one (4
 * letters or more), also finds the group's other words. Kept small and literal: a planner can predict it.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['cyber', 'cybersecurity', 'security', 'secure', 'trust', 'confidence'],
  ['broadband', 'connectivity', 'connected', 'infrastructure'],
  ['e-waste', 'environment', 'climate', 'green'],
  ['disability', 'disabilities', 'accessibility', 'accessible'],
  ['AI', 'artificial intelligence', 'machine learning'],
  ['emergency', 'disaster', 'early warning'],
  ['gender', 'women', 'girls'],
  ['youth', 'young people'],
  ['skills', 'capacity building', 'capacity development', 'training', 'digital literacy'],
  ['spectrum', 'radio', 'frequency'],
  ['regulation', 'regulatory', 'policy'],
  ['finance', 'financing', 'investment', 'resource mobilization'],
  ['inclusion', 'inclusive', 'underserved'],
  ['health', 'e-health', 'telemedicine'],
];

const normalisedSynonyms = SYNONYMS.map((group) => group.map((w) => normaliseCompact(w)));

function normaliseCompact(text: string): string {
  return normaliseText(text).replace(/ /g, '');
}

/** The other words of every synonym group the query belongs to (compact form). */
export function synonymsOf(query: string): string[] {
  const q = normaliseCompact(query);
  if (q === '') return [];
  const out = new Set<string>();
  for (const group of normalisedSynonyms) {
    if (group.some((w) => w === q || (q.length >= 4 && w.startsWith(q)))) {
      for (const w of group) if (w !== q && !w.startsWith(q)) out.add(w);
    }
  }
  return [...out];
}

/** One text, normalised two ways. */
interface Text {
  /** Lower case, no diacritics, runs of punctuation and spaces as one space: "e health services". */
  words: string;
  /** The same without spaces: "ehealthservices". */
  compact: string;
  /** Offsets in `compact` where a word starts. */
  starts: number[];
}

interface Entry {
  id: string;
  code: Text | null;
  label: Text | null;
  description: Text;
  translations: Text[];
  tags: Text[];
}

const EMPTY: Text = { words: '', compact: '', starts: [] };

/** Lower case, without diacritics (NFD, marks stripped), punctuation as spaces, trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function prepare(text: string): Text {
  const words = normaliseText(text);
  if (words === '') return EMPTY;
  const starts: number[] = [];
  let compact = '';
  for (const word of words.split(' ')) {
    starts.push(compact.length);
    compact += word;
  }
  return { words, compact, starts };
}

const indexCache = new WeakMap<GraphIndex, Entry[]>();

function searchIndex(index: GraphIndex): Entry[] {
  const cached = indexCache.get(index);
  if (cached) return cached;
  const entries = index.dataset.nodes.map((node) => ({
    id: node.id,
    code: node.code === undefined ? null : prepare(node.code),
    label: node.label === null ? null : prepare(node.label),
    description: prepare(node.description),
    translations: Object.values(node.translations ?? {}).map(prepare),
    tags: (node.tags ?? []).map(prepare),
  }));
  indexCache.set(index, entries);
  return entries;
}

interface Query {
  words: string;
  compact: string;
  /** The query's words, for "all words" matching. */
  parts: string[];
  /** Other words of the query's synonym groups, compact. */
  synonyms: string[];
}

const startsWord = (text: Text, q: string) => text.starts.some((s) => text.compact.startsWith(q, s));

/**
 * Shortest greedy subsequence of `q` in `text.compact` starting at a word start; its span, or Infinity.
 * Spans longer than twice the query are not counted as matches, so long labels do not match everything.
 */
function subsequenceSpan(text: Text, q: string): number {
  let best = Infinity;
  for (const start of text.starts) {
    if (text.compact[start] !== q[0]) continue;
    let i = start;
    let j = 0;
    while (i < text.compact.length && j < q.length) {
      if (text.compact[i] === q[j]) j++;
      i++;
    }
    if (j === q.length) best = Math.min(best, i - start);
  }
  return best <= q.length * 2 ? best : Infinity;
}

function scoreEntry(entry: Entry, q: Query): Omit<SearchHit, 'id'> | null {
  const { code, label } = entry;
  if (code) {
    if (code.words === q.words) return { score: 1000, field: 'code' };
    if (code.compact === q.compact) return { score: 950, field: 'code' };
    if (code.words.startsWith(q.words) || code.compact.startsWith(q.compact)) {
      // Shorter codes first: "AFR" ranks AFR1 before AFR10.
      return { score: 900 - Math.min(code.compact.length - q.compact.length, 50), field: 'code' };
    }
  }
  if (label) {
    if (label.compact.startsWith(q.compact)) return { score: 820, field: 'label' };
    if (startsWord(label, q.compact)) return { score: 800, field: 'label' };
    if (label.compact.includes(q.compact)) return { score: 700, field: 'label' };
  }
  if (code && code.compact.includes(q.compact)) return { score: 650, field: 'code' };
  if (label && q.parts.length > 1 && q.parts.every((part) => startsWord(label, part))) {
    return { score: 600, field: 'label' };
  }
  if (entry.tags.some((t) => startsWord(t, q.compact))) return { score: 550, field: 'tag' };
  if (entry.description.compact.includes(q.compact)) return { score: 500, field: 'description' };
  if (entry.translations.some((t) => t.compact.includes(q.compact))) return { score: 480, field: 'translation' };
  if (q.synonyms.length > 0) {
    const texts = [label, ...entry.tags, entry.description];
    if (q.synonyms.some((w) => texts.some((t) => t !== null && startsWord(t, w)))) {
      return { score: 450, field: 'synonym' };
    }
  }
  if (q.compact.length >= 3) {
    const codeSpan = code ? subsequenceSpan(code, q.compact) : Infinity;
    const labelSpan = label ? subsequenceSpan(label, q.compact) : Infinity;
    const span = Math.min(codeSpan, labelSpan);
    if (span < Infinity)
      return { score: 300 - (span - q.compact.length), field: codeSpan <= labelSpan ? 'code' : 'label' };
  }
  return null;
}

/** Every node matching `query`, best first, ties in dataset order. */
function allHits(index: GraphIndex, query: string): SearchHit[] {
  const words = normaliseText(query);
  if (words === '') return [];
  const q: Query = { words, compact: words.replace(/ /g, ''), parts: words.split(' '), synonyms: synonymsOf(query) };
  const hits: (SearchHit & { order: number })[] = [];
  searchIndex(index).forEach((entry, order) => {
    const scored = scoreEntry(entry, q);
    if (scored) hits.push({ id: entry.id, ...scored, order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ id, score, field }) => ({ id, score, field }));
}

let last: { index: GraphIndex; query: string; hits: SearchHit[] } | null = null;

/** All hits of the last query, kept so the results list and the map marks share one search per keystroke. */
function cachedHits(index: GraphIndex, query: string): SearchHit[] {
  if (last && last.index === index && last.query === query) return last.hits;
  const hits = allHits(index, query);
  last = { index, query, hits };
  return hits;
}

/**
 * The best `limit` nodes for `query`, best first; empty for a blank query.
 * @param limit @default 20
 */
export function searchNodes(index: GraphIndex, query: string, limit = 20): SearchHit[] {
  return cachedHits(index, query).slice(0, limit);
}

/** How many nodes match `query` in all. */
export function countMatches(index: GraphIndex, query: string): number {
  return cachedHits(index, query).length;
}

/** Ids of every node matching `query` (for marking matches on the map); empty for a blank query. */
export function matchingIds(index: GraphIndex, query: string): ReadonlySet<string> {
  return new Set(cachedHits(index, query).map((h) => h.id));
}
