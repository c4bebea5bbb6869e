/**
 * The text layer of view links (see viewState.ts): escaping items, lists with `*`, `-` and `!`, and splitting a
 * query into its settings. Never throws on what it reads: problems come back as plain-words messages.
 */

/** `encodeURIComponent`, which would throw on a lone surrogate: that becomes U+FFFD. */
export function encodeText(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

/** One list item or id: `*`, `!` and a lone `-` are escaped, as they mean something in lists. */
export function encodeItem(item: string): string {
  if (item === '-') return '%2D';
  return encodeText(item).replace(/\*/g, '%2A').replace(/!/g, '%21');
}

/** `*` for all, `-` for none, else the items; or `!` and the items left out of `all`, when that is shorter. */
export function encodeList(list: readonly string[] | null, all?: readonly string[]): string {
  if (list === null) return '*';
  if (list.length === 0) return '-';
  const listed = list.map(encodeItem).join(',');
  if (!all || !list.every((item) => all.includes(item))) return listed;
  const left = all.filter((o) => !list.includes(o));
  if (left.length === 0) return listed;
  const excluded = `!${left.map(encodeItem).join(',')}`;
  return excluded.length < listed.length ? excluded : listed;
}

/** The same items, in any order (null is "all"). */
export const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x) => b.includes(x)));

/** Percent-decoding that returns null instead of throwing on a broken escape (`%E2%8` in a cut link). */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Quotes text from a link in a message, cut to 40 characters. */
export const quote = (text: string) => `‘${text.length > 40 ? `${text.slice(0, 40)}…` : text}’`;

/** Reads one item: the value to keep, or the reason (a message) to drop it. */
export type ItemReader<T> = (item: string) => { value: T } | { reason: string };

/**
 * Reads a list value: `*` is null (all), `-` is none, `!a,b` is every option in `all` but a and b; each item is
 * checked by `read`. Returns undefined (keep the default) when the value is empty or no item survives.
 */
export function readList<T extends string>(
  raw: string,
  read: ItemReader<T>,
  ignore: (message: string) => void,
  all?: readonly T[],
): T[] | null | undefined {
  if (raw === '*') return null;
  if (raw === '-') return [];
  if (raw === '') {
    ignore('empty value (the link may have been cut short)');
    return undefined;
  }
  const excluding = all !== undefined && raw.startsWith('!');
  const kept: T[] = [];
  for (const piece of (excluding ? raw.slice(1) : raw).split(',')) {
    if (excluding && piece === '') continue;
    const item = safeDecode(piece);
    if (item === null) {
      ignore(`unreadable item ${quote(piece)}`);
      continue;
    }
    const result = read(item);
    if ('reason' in result) ignore(result.reason);
    else if (!kept.includes(result.value)) kept.push(result.value);
  }
  if (excluding) return all.filter((o) => !kept.includes(o));
  return kept.length > 0 ? kept : undefined;
}

export interface SplitQuery {
  /** The raw (still escaped) value of each known key, first occurrence only. */
  values: Map<string, string>;
  /** The key of the last value, when nothing followed it: in a link cut short, that value may be cut too. */
  lastKey: string | null;
  ignored: string[];
}

/**
 * Splits a query string (with or without `?`; a `#fragment` is dropped) into its settings.
 * @param names what each known key is called in messages.
 */
export function splitQuery(query: string, names: ReadonlyMap<string, string>): SplitQuery {
  const at = query.indexOf('?');
  let text = at >= 0 ? query.slice(at + 1) : query;
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  const values = new Map<string, string>();
  const ignored: string[] = [];
  let lastKey: string | null = null;
  for (const segment of text.split('&')) {
    // A segment after a value (even an empty one, "m=t&") shows that value was complete.
    lastKey = null;
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawKey = eq >= 0 ? segment.slice(0, eq) : segment;
    const key = safeDecode(rawKey) ?? rawKey;
    const name = names.get(key);
    if (name === undefined) ignored.push(`unknown setting ${quote(key)}`);
    else if (eq < 0) ignored.push(`${name}: no value (the link may have been cut short)`);
    else if (values.has(key)) ignored.push(`${name}: given twice, the first one is used`);
    else {
      values.set(key, segment.slice(eq + 1));
      lastKey = key;
    }
  }
  return { values, lastKey, ignored };
}
