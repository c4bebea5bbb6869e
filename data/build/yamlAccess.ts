/**
 * Narrow, throwing accessors for the untyped reference YAML. Every accessor names the place it was reading,
 * so a change in the reference files fails the build with a message instead of producing a quietly wrong
 * dataset.
 */
import type { Confidence } from '../../src/model/schema';

/** A YAML mapping, read-only. */
export type YamlRecord = Readonly<Record<string, unknown>>;

/** True for a YAML mapping (not a list, not a scalar). */
export function isRecord(value: unknown): value is YamlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(where: string, expected: string, value: unknown): never {
  throw new Error(`reference: ${where}: expected ${expected}, found ${JSON.stringify(value)?.slice(0, 120)}`);
}

/** The mapping at `where`. */
export function rec(value: unknown, where: string): YamlRecord {
  return isRecord(value) ? value : fail(where, 'a mapping', value);
}

/** The list at `where`. */
export function list(value: unknown, where: string): readonly unknown[] {
  return Array.isArray(value) ? value : fail(where, 'a list', value);
}

/** A non-empty string (numbers are accepted and turned into strings, as YAML reads `1` as a number). */
export function str(value: unknown, where: string): string {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : fail(where, 'a non-empty string', value);
}

/** A string, or `null` when the reference leaves it null or absent (a gap). */
export function strOrNull(value: unknown, where: string): string | null {
  return value === null || value === undefined ? null : str(value, where);
}

/** A string or a list of strings, as a list; absent or null gives an empty list. */
export function strings(value: unknown, where: string): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map((v, i) => str(v, `${where}[${i}]`));
  return [str(value, where)];
}

/** A confidence level as the reference writes it. */
export function confidenceOf(value: unknown, where: string): Confidence {
  if (value === 'high' || value === 'medium' || value === 'low') return value;
  return fail(where, 'high, medium or low', value);
}

/** Follows a dotted path of mapping keys from `root`: `at(doc, 'plans')`, `at(doc, 'wsis.action_lines')`. */
export function at(root: unknown, path: string): unknown {
  let value: unknown = root;
  let walked = '(root)';
  for (const key of path.split('.')) {
    const mapping = rec(value, walked);
    walked = walked === '(root)' ? key : `${walked}.${key}`;
    if (!(key in mapping)) fail(walked, 'a key', undefined);
    value = mapping[key];
  }
  return value;
}

/** The mappings of the list at `path`. */
export function recordsAt(root: unknown, path: string): YamlRecord[] {
  return list(at(root, path), path).map((item, i) => rec(item, `${path}[${i}]`));
}

/** The one mapping in `items` whose `key` equals `value`. */
export function findBy(items: readonly YamlRecord[], key: string, value: string, where: string): YamlRecord {
  const found = items.filter((item) => String(item[key]) === value);
  if (found.length !== 1) fail(where, `exactly one item with ${key} = ${value}`, `${found.length} items`);
  return found[0] as YamlRecord;
}

/** Sources of an item: its `source`, `sources`, and optionally further keys such as `also_seen_in`. */
export function sourcesOf(item: YamlRecord, where: string, extraKeys: readonly string[] = []): string[] {
  const urls = [...strings(item.source, `${where}.source`), ...strings(item.sources, `${where}.sources`)];
  for (const key of extraKeys) urls.push(...strings(item[key], `${where}.${key}`));
  return urls;
}

/** The reference's reason for a medium or low confidence, from whichever key it used. */
export function reasonOf(item: YamlRecord): string | undefined {
  for (const key of ['confidence_reason', 'reason']) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}
