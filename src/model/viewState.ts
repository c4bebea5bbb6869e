/**
 * The view state (filters, focus, viewport, view mode, search text) as a short query string, so that a copied
 * link reproduces the view in another browser.
 *
 * Encoding, version 1 (see also "Link encoding" in README.md):
 *
 * | key  | holds                                   | example                          |
 * |------|-----------------------------------------|----------------------------------|
 * | `f`  | focused node id                         | `f=q3-2`                         |
 * | `k`  | kinds (columns) shown                   | `k=goal,programme`               |
 * | `p`  | periods                                 | `p=2024-2027`                    |
 * | `s`  | sectors                                 | `s=ITU-D`                        |
 * | `r`  | regions                                 | `r=Arab%20States`                |
 * | `b`  | link bases: o(fficial) d(erived) p(roposed) | `b=o,d`                      |
 * | `c`  | confidences: h(igh) m(edium) l(ow)      | `c=h,m`                          |
 * | `sc` | scope: "only what connects to" node ids | `sc=g2,ri1`                      |
 * | `h`  | hide nodes without links                | `h=1`                            |
 * | `m`  | view mode: `t` table, `x` matrix, `g` coverage (gaps) | `m=t`              |
 * | `q`  | search text                             | `q=cyber`                        |
 * | `vp` | viewport x,y,zoom (px rounded, zoom 3 decimals) | `vp=-120,40,0.75`        |
 * | `v`  | format version, always last             | `v=1`                            |
 *
 * Only settings that differ from the dataset's defaults are written; the default view is the empty string.
 * The period is written whenever anything else is, so a link sent today still shows the same planning cycle
 * after the current cycle changes. Lists are comma-separated; items are URL-encoded (`encodeURIComponent`, plus
 * `*` and `!`), so ids may hold any character. In a list, `*` means "all", `-` means "none", and `!a,b` means "all
 * but a and b" (written when shorter: unticking one column costs a few characters).
 * `v=1` comes last so that its absence betrays a link cut short.
 *
 * Decoding never throws: what can be read is applied, the rest falls back to the defaults, and each thing
 * ignored comes back as a human message.
 */
import { BASES, CONFIDENCES, type Basis, type Confidence, type Dataset } from './schema';
import { defaultFilters, parsePeriod, type Filters } from './filters';

export type ViewMode = 'map' | 'table' | 'matrix' | 'coverage';

/** The `m` codes of the views other than the map. */
const VIEW_CODE: Record<Exclude<ViewMode, 'map'>, string> = { table: 't', matrix: 'x', coverage: 'g' };

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewState {
  filters: Filters;
  /** The focused node's id. */
  focus: string | null;
  /** Null means "fit the whole map". */
  viewport: Viewport | null;
  viewMode: ViewMode;
  /** The search box text. */
  search: string;
}

/** The link format version this code writes. */
export const LINK_VERSION = 1;

/** Search text longer than this is cut when read from a link. */
export const MAX_SEARCH_LENGTH = 200;

type DatasetShape = Pick<Dataset, 'kinds' | 'nodes'>;

export function defaultViewState(dataset: DatasetShape, today: Date): ViewState {
  return { filters: defaultFilters(dataset, today), focus: null, viewport: null, viewMode: 'map', search: '' };
}

const BASIS_CODE: Record<Basis, string> = { official: 'o', derived: 'd', proposed: 'p' };
const CONFIDENCE_CODE: Record<Confidence, string> = { high: 'h', medium: 'm', low: 'l' };

/** Rounds a viewport the way links store it. */
export function roundViewport(viewport: Viewport): Viewport {
  // `+ 0` turns -0 into 0, so it prints as "0".
  return { x: Math.round(viewport.x) + 0, y: Math.round(viewport.y) + 0, zoom: Number(viewport.zoom.toFixed(3)) };
}

/** `encodeURIComponent`, which would throw on a lone surrogate: that becomes U+FFFD. */
function encodeText(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

function encodeItem(item: string): string {
  if (item === '-') return '%2D';
  return encodeText(item).replace(/\*/g, '%2A').replace(/!/g, '%21');
}

/** `*` for all, `-` for none, else the items; or `!` and the items left out of `all`, when that is shorter. */
function encodeList(list: readonly string[] | null, all?: readonly string[]): string {
  if (list === null) return '*';
  if (list.length === 0) return '-';
  const listed = list.map(encodeItem).join(',');
  if (!all || !list.every((item) => all.includes(item))) return listed;
  const left = all.filter((o) => !list.includes(o));
  if (left.length === 0) return listed;
  const excluded = `!${left.map(encodeItem).join(',')}`;
  return excluded.length < listed.length ? excluded : listed;
}

/** The options of each list filter, as `filterOptions` finds them (sorted sectors, regions, periods). */
function datasetOptions(dataset: DatasetShape) {
  const periods = new Set<string>();
  const sectors = new Set<string>();
  const regions = new Set<string>();
  for (const node of dataset.nodes) {
    for (const p of node.periods) periods.add(p);
    if (node.sector !== undefined) sectors.add(node.sector);
    if (node.region !== undefined) regions.add(node.region);
  }
  return {
    kinds: dataset.kinds.map((k) => k.id),
    periods: [...periods].sort(),
    sectors: [...sectors].sort(),
    regions: [...regions].sort(),
  };
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x) => b.includes(x)));

/**
 * The query string (starting with `?`) for `state`, or `''` when the state is the dataset's default view.
 * @param today decides the default planning cycle.
 */
export function encodeViewState(state: ViewState, dataset: DatasetShape, today: Date): string {
  const defaults = defaultFilters(dataset, today);
  const options = datasetOptions(dataset);
  const { filters } = state;
  const parts: string[] = [];
  const list = (
    key: string,
    value: readonly string[] | null,
    fallback: readonly string[] | null,
    all: readonly string[],
  ) => {
    if (!sameList(value, fallback)) parts.push(`${key}=${encodeList(value, all)}`);
  };
  if (state.focus !== null) parts.push(`f=${encodeItem(state.focus)}`);
  list('k', filters.kinds, defaults.kinds, options.kinds);
  const periodAt = parts.length;
  list('p', filters.periods, defaults.periods, options.periods);
  const periodWritten = parts.length > periodAt;
  list('s', filters.sectors, defaults.sectors, options.sectors);
  list('r', filters.regions, defaults.regions, options.regions);
  const baseCodes = BASES.map((b) => BASIS_CODE[b]);
  const confidenceCodes = CONFIDENCES.map((c) => CONFIDENCE_CODE[c]);
  list('b', filters.bases && filters.bases.map((b) => BASIS_CODE[b]), defaults.bases, baseCodes);
  list(
    'c',
    filters.confidences && filters.confidences.map((c) => CONFIDENCE_CODE[c]),
    defaults.confidences,
    confidenceCodes,
  );
  if (filters.scope.length > 0) parts.push(`sc=${encodeList(filters.scope)}`);
  if (filters.hideUnlinked) parts.push('h=1');
  if (state.viewMode !== 'map') parts.push(`m=${VIEW_CODE[state.viewMode]}`);
  if (state.search !== '') parts.push(`q=${encodeText(state.search)}`);
  if (state.viewport !== null) {
    const { x, y, zoom } = roundViewport(state.viewport);
    parts.push(`vp=${x},${y},${zoom}`);
  }
  if (parts.length === 0) return '';
  // Pin the planning cycle: the default one moves with the calendar.
  if (!periodWritten && filters.periods !== null) {
    parts.splice(periodAt, 0, `p=${encodeList(filters.periods, options.periods)}`);
  }
  parts.push(`v=${LINK_VERSION}`);
  return `?${parts.join('&')}`;
}

export interface DecodedViewState {
  state: ViewState;
  /** One human message per thing that could not be used. */
  ignored: string[];
}

const KEYS = ['f', 'k', 'p', 's', 'r', 'b', 'c', 'sc', 'h', 'm', 'q', 'vp', 'v'] as const;
type Key = (typeof KEYS)[number];
const isKey = (key: string): key is Key => (KEYS as readonly string[]).includes(key);

/** What each setting is called in messages. */
const NAMES: Record<Key, string> = {
  f: 'focus',
  k: 'columns',
  p: 'periods',
  s: 'sectors',
  r: 'regions',
  b: 'link basis',
  c: 'confidence',
  sc: 'scope',
  h: 'hide unlinked',
  m: 'view',
  q: 'search',
  vp: 'viewport',
  v: 'version',
};

/** Percent-decoding that returns null instead of throwing on a broken escape (`%E2%8` in a cut link). */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

const quote = (text: string) => `‘${text.length > 40 ? `${text.slice(0, 40)}…` : text}’`;

/**
 * Reads a query string (with or without `?`; a `#fragment` is dropped). Never throws.
 * @param today decides the default planning cycle for settings the link does not carry.
 */
export function decodeViewState(query: string, dataset: DatasetShape, today: Date): DecodedViewState {
  const state = defaultViewState(dataset, today);
  const ignored: string[] = [];
  const at = query.indexOf('?');
  let text = at >= 0 ? query.slice(at + 1) : query;
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);

  const values = new Map<Key, string>();
  /** The key of the last segment, when it gave a value: in a link cut short, that value may be cut too. */
  let lastKey: Key | null = null;
  for (const segment of text.split('&')) {
    // A segment after a value (even an empty one, "m=t&") shows that value was complete.
    lastKey = null;
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawKey = eq >= 0 ? segment.slice(0, eq) : segment;
    const key = safeDecode(rawKey) ?? rawKey;
    if (!isKey(key)) {
      ignored.push(`unknown setting ${quote(key)}`);
      continue;
    }
    if (eq < 0) {
      ignored.push(`${NAMES[key]}: no value (the link may have been cut short)`);
      continue;
    }
    if (values.has(key)) {
      ignored.push(`${NAMES[key]}: given twice, the first one is used`);
      continue;
    }
    values.set(key, segment.slice(eq + 1));
    lastKey = key;
  }
  if (values.size === 0 && ignored.length === 0) return { state, ignored };
  // `v` is written last, so without it the last value read may be a cut one ("g12" cut to "g1"): drop it.
  const cutKey = !values.has('v') && lastKey !== null ? lastKey : null;
  if (cutKey !== null) values.delete(cutKey);

  const options = datasetOptions(dataset);
  const nodeIds = new Set(dataset.nodes.map((n) => n.id));
  const kindIds = new Set(options.kinds);
  const sectors = new Set(options.sectors);
  const regions = new Set(options.regions);

  /**
   * Reads a list setting: `*` is null (all), `-` is none, `!a,b` is every option in `all` but a and b; each item
   * is checked by `read`, which returns the value to keep or a reason to drop it. When no item survives, the
   * default stays.
   */
  function readList<T extends string>(
    key: Key,
    read: (item: string) => T | string,
    isValue: (v: string) => v is T,
    all?: readonly T[],
  ) {
    const raw = values.get(key);
    if (raw === undefined) return undefined;
    if (raw === '*') return null;
    if (raw === '-') return [];
    if (raw === '') {
      ignored.push(`${NAMES[key]}: empty value (the link may have been cut short)`);
      return undefined;
    }
    const excluding = all !== undefined && raw.startsWith('!');
    const kept: T[] = [];
    for (const piece of (excluding ? raw.slice(1) : raw).split(',')) {
      if (excluding && piece === '') continue;
      const item = safeDecode(piece);
      if (item === null) {
        ignored.push(`${NAMES[key]}: unreadable item ${quote(piece)}`);
        continue;
      }
      const result = read(item);
      if (isValue(result)) {
        if (!kept.includes(result)) kept.push(result);
      } else ignored.push(`${NAMES[key]}: ${result}`);
    }
    if (excluding) return all.filter((o) => !kept.includes(o));
    return kept.length > 0 ? kept : undefined;
  }

  const known = (set: ReadonlySet<string>, what: string) => (item: string) =>
    set.has(item) ? item : `no ${what} ${quote(item)} in this dataset`;
  const inSet =
    <T extends string>(set: ReadonlySet<string>) =>
    (v: string): v is T =>
      set.has(v);

  const f = state.filters;
  const kinds = readList('k', known(kindIds, 'kind'), inSet(kindIds), options.kinds);
  if (kinds !== undefined) f.kinds = kinds;

  const periods = readList(
    'p',
    (item) => (parsePeriod(item) ? item : `${quote(item)} is not a year or a period like 2024-2027`),
    (v): v is string => parsePeriod(v) !== null,
    options.periods,
  );
  if (periods !== undefined) f.periods = periods;

  const sectorList = readList('s', known(sectors, 'sector'), inSet(sectors), options.sectors);
  if (sectorList !== undefined) f.sectors = sectorList;
  const regionList = readList('r', known(regions, 'region'), inSet(regions), options.regions);
  if (regionList !== undefined) f.regions = regionList;

  const bases = readList<Basis>(
    'b',
    (item) => BASES.find((b) => b === item || BASIS_CODE[b] === item) ?? `no link basis ${quote(item)}`,
    (v): v is Basis => (BASES as readonly string[]).includes(v),
    BASES,
  );
  if (bases !== undefined) f.bases = bases;

  const confidences = readList<Confidence>(
    'c',
    (item) => CONFIDENCES.find((c) => c === item || CONFIDENCE_CODE[c] === item) ?? `no confidence ${quote(item)}`,
    (v): v is Confidence => (CONFIDENCES as readonly string[]).includes(v),
    CONFIDENCES,
  );
  if (confidences !== undefined) f.confidences = confidences;

  const scope = readList('sc', known(nodeIds, 'node'), inSet(nodeIds));
  if (scope === null) ignored.push('scope: ‘*’ is not a list of nodes');
  else if (scope !== undefined) f.scope = scope;

  const focus = values.get('f');
  if (focus !== undefined) {
    const id = safeDecode(focus);
    if (id === null || id === '') ignored.push(`focus: unreadable node id ${quote(focus)}`);
    else if (!nodeIds.has(id)) ignored.push(`focus: no node ${quote(id)} in this dataset`);
    else state.focus = id;
  }

  const hide = values.get('h');
  if (hide === '1') f.hideUnlinked = true;
  else if (hide !== undefined && hide !== '0') ignored.push(`hide unlinked: ${quote(hide)} is not 1 or 0`);

  const mode = values.get('m');
  const byCode = (Object.keys(VIEW_CODE) as (keyof typeof VIEW_CODE)[]).find(
    (m) => mode === m || mode === VIEW_CODE[m],
  );
  if (byCode !== undefined) state.viewMode = byCode;
  else if (mode !== undefined && mode !== 'map') ignored.push(`view: no view ${quote(mode)}`);

  const search = values.get('q');
  if (search !== undefined) {
    const decoded = safeDecode(search);
    if (decoded === null) ignored.push(`search: unreadable text ${quote(search)}`);
    else {
      if (decoded.length > MAX_SEARCH_LENGTH) ignored.push(`search: cut to ${MAX_SEARCH_LENGTH} characters`);
      state.search = decoded.slice(0, MAX_SEARCH_LENGTH);
    }
  }

  const viewport = values.get('vp');
  if (viewport !== undefined) {
    const numbers = viewport.split(',').map((n) => (/^-?\d+(\.\d+)?$/.test(n) ? Number(n) : NaN));
    const [x, y, zoom] = numbers;
    if (
      numbers.length === 3 &&
      x !== undefined &&
      y !== undefined &&
      zoom !== undefined &&
      numbers.every(Number.isFinite) &&
      zoom > 0
    ) {
      state.viewport = roundViewport({ x, y, zoom });
    } else ignored.push(`viewport: ${quote(viewport)} is not x,y,zoom`);
  }

  const version = values.get('v');
  if (version === undefined) {
    const dropped = cutKey === null ? '' : `${NAMES[cutKey]} was ignored and `;
    ignored.push(
      `the link seems cut short (it does not end with v=${LINK_VERSION}): ${dropped}settings after the cut are at their defaults`,
    );
  } else if (!/^\d+$/.test(version)) {
    ignored.push(`version: ${quote(version)} is not a version number (the link may have been cut short)`);
  } else if (Number(version) > LINK_VERSION) {
    ignored.push(
      `this link was made by a newer version of Strategy Map (v${version}); the settings this version understands were applied`,
    );
  } else if (Number(version) < LINK_VERSION) {
    ignored.push(`version: v${version} is older than any known format; read as v${LINK_VERSION}`);
  }
  return { state, ignored };
}
