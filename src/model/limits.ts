/**
 * The limits of what the app and the command-line tools accept, in one place (the README repeats them). Within
 * them any dataset opens, lays out and exports in seconds (`npm run bench` measures the worst case); above them a
 * file is refused before any heavy work, with a message saying what is over and by how much.
 */
import type { Problem } from './problems';

export const LIMITS = {
  /** Size of a dataset file, in bytes (1 MB = 1,000,000 bytes). */
  fileBytes: 20_000_000,
  nodes: 10_000,
  links: 40_000,
  kinds: 50,
  relations: 100,
  sources: 10_000,
  views: 1_000,
  /** Identifiers and codes: ids, kinds, link ends, relations, source references, codes, tags, periods. */
  idChars: 200,
  /** Titles and names: labels, translations, titles, kind and view names. */
  titleChars: 1_000,
  /** Any other text: descriptions, notes, locators, addresses, view states. */
  textChars: 10_000,
} as const;

/** Keys whose text is an identifier or a code. */
const ID_KEYS = new Set(['id', 'kind', 'source', 'target', 'relation', 'code', 'tags', 'periods', 'adoptedFor']);
/** Keys whose text is a title or a name. */
const TITLE_KEYS = new Set(['label', 'title', 'singular', 'plural', 'name', 'translations', 'symbol', 'issuer']);

const COLLECTIONS: readonly (readonly [string[], keyof typeof LIMITS, string])[] = [
  [['nodes'], 'nodes', 'nodes'],
  [['links'], 'links', 'links'],
  [['kinds'], 'kinds', 'kinds'],
  [['relations'], 'relations', 'relations'],
  [['meta', 'sources'], 'sources', 'sources'],
  [['views'], 'views', 'saved views'],
];

/** Deeper than any dataset (whose deepest text is at depth 5): the walk stops there rather than overflow. */
const MAX_DEPTH = 12;

/** At most this many over-long texts are listed one by one; the rest are counted. */
const LISTED = 20;

const count = (n: number) => n.toLocaleString('en-GB');

/** "600 MB", "1.5 MB", "820 kB": a byte count in plain words. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toPrecision(bytes >= 10_000_000 ? 3 : 2))} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

/** The refusal of a file of `bytes` bytes, or undefined when it is within the limit. */
export function fileSizeProblem(bytes: number): Problem | undefined {
  if (bytes <= LIMITS.fileBytes) return undefined;
  let [size, limit] = [formatBytes(bytes), formatBytes(LIMITS.fileBytes)];
  if (size === limit) [size, limit] = [`${count(bytes)} bytes`, `${count(LIMITS.fileBytes)} bytes`];
  return { severity: 'error', path: '(file)', message: `the file is too large (${size}; the limit is ${limit})` };
}

/**
 * Counts and text lengths of a parsed dataset against `LIMITS`, cheaply (one pass over the value, nothing built):
 * every problem found, each located by JSON path. Run before the schema so an oversized file costs nothing more.
 */
export function checkLimits(value: unknown): Problem[] {
  const problems: Problem[] = [];
  if (typeof value !== 'object' || value === null) return problems;
  for (const [path, limit, name] of COLLECTIONS) {
    let at: unknown = value;
    for (const key of path)
      at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
    const max = LIMITS[limit];
    if (Array.isArray(at) && at.length > max) {
      problems.push({
        severity: 'error',
        path: path.join('.'),
        message: `too many ${name} (${count(at.length)}; the limit is ${count(max)})`,
      });
    }
  }
  if (problems.length > 0) return problems; // too big to be worth walking

  let longTexts = 0;
  let tooDeep = false;
  const walk = (v: unknown, path: string, key: string, depth: number) => {
    if (depth > MAX_DEPTH) {
      if (!tooDeep) problems.push({ severity: 'error', path, message: 'nested too deeply (no dataset is)' });
      tooDeep = true;
      return;
    }
    if (typeof v === 'string') {
      const max = ID_KEYS.has(key) ? LIMITS.idChars : TITLE_KEYS.has(key) ? LIMITS.titleChars : LIMITS.textChars;
      if (v.length <= max) return;
      longTexts++;
      if (longTexts <= LISTED) {
        problems.push({
          severity: 'error',
          path,
          message: `text too long (${count(v.length)} characters; the limit for ${key === '' ? 'text' : `"${key}"`} is ${count(max)})`,
        });
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], `${path}[${i}]`, key, depth + 1);
    } else if (typeof v === 'object' && v !== null) {
      // Translations are keyed by language; their values are titles.
      for (const [k, child] of Object.entries(v))
        walk(child, path === '' ? k : `${path}.${k}`, key === 'translations' ? key : k, depth + 1);
    }
  };
  walk(value, '', '', 0);
  if (longTexts > LISTED) {
    problems.push({
      severity: 'error',
      path: '(file)',
      message: `${count(longTexts - LISTED)} more texts over their length limit`,
    });
  }
  return problems;
}
