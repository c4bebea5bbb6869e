/**
 * The settings a view link carries, one row per key: how it is read, how it is written, its default, and what its
 * change does to the browser history. To make links carry something new: add its field to `ViewState`
 * (viewState.ts), a row here, and map the field to the store in `selectViewState` (store/selectors.ts) and
 * `applyView` (store/actions.ts); the address bar sync needs no change. Document the key in viewState.ts and in
 * README's "Link encoding".
 */
import { BASES, CONFIDENCES, type Basis, type Confidence, type Dataset } from './schema';
import { defaultFilters, parsePeriod, type Filters } from './filters';
import { encodeItem, encodeList, encodeText, quote, readList, safeDecode, sameList, type ItemReader } from './linkText';
import type { ViewState, Viewport } from './viewState';
import { DEFAULT_CHAIN_OPTIONS, type ChainOptions } from './chains';
import { DEFAULT_ANSWERS, sameSort, type AnswersChoices } from './answersChoices';
import type { CoverageSort } from './coverage';

/** The `m` codes of the views. */
const VIEW_CODE: Record<ViewState['viewMode'], string> = { map: 'map', table: 't', matrix: 'x', coverage: 'g' };
import { clampViewport } from './viewport';
import { decodeCamera, encodeCamera, sameCamera, type Camera } from './camera';

/** Search text longer than this is cut when read from a link. */
export const MAX_SEARCH_LENGTH = 200;

/** Rounds a viewport the way links store it. */
export function roundViewport(viewport: Viewport): Viewport {
  // `+ 0` turns -0 into 0, so it prints as "0".
  return { x: Math.round(viewport.x) + 0, y: Math.round(viewport.y) + 0, zoom: Number(viewport.zoom.toFixed(3)) };
}

export type DatasetShape = Pick<Dataset, 'kinds' | 'nodes'>;

const contexts = new WeakMap<DatasetShape, { day: string; ctx: LinkContext }>();

/** What rows read and write against: the dataset, its default view and its options. */
export class LinkContext {
  readonly defaults: ViewState;
  readonly kinds: string[];
  readonly periods: string[];
  readonly sectors: string[];
  readonly regions: string[];
  private ids: ReadonlySet<string> | null = null;

  constructor(
    readonly dataset: DatasetShape,
    today: Date,
  ) {
    this.defaults = defaultViewState(dataset, today);
    const periods = new Set<string>();
    const sectors = new Set<string>();
    const regions = new Set<string>();
    for (const node of dataset.nodes) {
      for (const p of node.periods) periods.add(p);
      if (node.sector !== undefined) sectors.add(node.sector);
      if (node.region !== undefined) regions.add(node.region);
    }
    // As `filterOptions` finds them: kinds in column order, the rest sorted.
    this.kinds = dataset.kinds.map((k) => k.id);
    this.periods = [...periods].sort();
    this.sectors = [...sectors].sort();
    this.regions = [...regions].sort();
  }

  /** The context for `dataset` today, made once per dataset and day. */
  static of(dataset: DatasetShape, today: Date): LinkContext {
    const day = today.toDateString();
    const known = contexts.get(dataset);
    if (known?.day === day) return known.ctx;
    const ctx = new LinkContext(dataset, today);
    contexts.set(dataset, { day, ctx });
    return ctx;
  }

  get nodeIds(): ReadonlySet<string> {
    this.ids ??= new Set(this.dataset.nodes.map((n) => n.id));
    return this.ids;
  }
}

export function defaultViewState(dataset: DatasetShape, today: Date): ViewState {
  return { filters: defaultFilters(dataset, today), focus: null, viewport: null, viewMode: 'map', search: '' };
}

/**
 * What a change of the setting does to the browser history (see store/urlSync.ts): `entry`, a new entry each
 * time; `typing`, one new entry for a burst of changes; `camera`, the current entry rewritten after a quiet time.
 */
export type HistoryKind = 'entry' | 'typing' | 'camera';

/** One setting of a link, typed by its value. */
interface Setting<T> {
  key: string;
  /** What it is called in messages. */
  name: string;
  get: (view: ViewState) => T;
  set: (view: ViewState, value: T) => ViewState;
  /** The value when the link does not carry the key; it is not written. */
  fallback: (ctx: LinkContext) => T;
  same?: (a: T, b: T) => boolean;
  write: (value: T, ctx: LinkContext) => string;
  /** The value to use, or undefined to keep the default after saying why through `ignore`. */
  read: (raw: string, ctx: LinkContext, ignore: (message: string) => void) => T | undefined;
  /** Written even at its default whenever anything else is (the planning cycle: the default moves with time). */
  pinned?: (value: T) => boolean;
  /** Written at the start of the link rather than in table order. */
  first?: boolean;
  /** @default 'entry' */
  history?: HistoryKind;
}

/** A row of the table, its value type hidden so rows of different types sit in one list. */
export interface LinkSetting {
  key: string;
  name: string;
  first: boolean;
  history: HistoryKind;
  /** `key=value`, or null when the view holds the default (and, with `pinned`, null unless the row is pinned). */
  write: (view: ViewState, ctx: LinkContext, pinned?: boolean) => string | null;
  read: (raw: string, view: ViewState, ctx: LinkContext, ignore: (message: string) => void) => ViewState;
  /** `to` with this setting's value taken from `from`. */
  copy: (from: ViewState, to: ViewState) => ViewState;
}

function row<T>(s: Setting<T>): LinkSetting {
  const same = s.same ?? ((a: T, b: T) => a === b);
  return {
    key: s.key,
    name: s.name,
    first: s.first ?? false,
    history: s.history ?? 'entry',
    write(view, ctx, pinned = false) {
      const value = s.get(view);
      const fallback = same(value, s.fallback(ctx));
      if (pinned ? !fallback || !s.pinned?.(value) : fallback) return null;
      return `${s.key}=${s.write(value, ctx)}`;
    },
    read(raw, view, ctx, ignore) {
      const value = s.read(raw, ctx, (message) => ignore(`${s.name}: ${message}`));
      return value === undefined ? view : s.set(view, value);
    },
    copy: (from, to) => s.set(to, s.get(from)),
  };
}

type ListKey = 'kinds' | 'periods' | 'sectors' | 'regions' | 'bases' | 'confidences';

/** A list filter: written as its codes (`b=o,d`), read from codes or full words. */
function listRow<F extends ListKey>(
  key: string,
  name: string,
  field: F,
  options: (ctx: LinkContext) => readonly NonNullable<Filters[F]>[number][],
  item: (ctx: LinkContext) => ItemReader<NonNullable<Filters[F]>[number]>,
  code: (value: string) => string = (v) => v,
  pinned?: (value: Filters[F]) => boolean,
): LinkSetting {
  type V = NonNullable<Filters[F]>[number];
  return row<Filters[F]>({
    key,
    name,
    get: (view) => view.filters[field],
    set: (view, value) => ({ ...view, filters: { ...view.filters, [field]: value } }),
    fallback: (ctx) => ctx.defaults.filters[field],
    same: sameList,
    write: (value, ctx) => encodeList(value && value.map(code), options(ctx).map(code)),
    read: (raw, ctx, ignore) => readList<V>(raw, item(ctx), ignore, options(ctx)) as Filters[F] | undefined,
    pinned,
  });
}

function known(values: Iterable<string>, what: string): ItemReader<string> {
  const set = new Set(values);
  return (item) => (set.has(item) ? { value: item } : { reason: `no ${what} ${quote(item)} in this dataset` });
}

const BASIS_CODE: Record<Basis, string> = { official: 'o', derived: 'd', proposed: 'p' };
const CONFIDENCE_CODE: Record<Confidence, string> = { high: 'h', medium: 'm', low: 'l' };

const coded =
  <T extends string>(values: readonly T[], codes: Record<T, string>, what: string): ItemReader<T> =>
  (item) => {
    const value = values.find((v) => v === item || codes[v] === item);
    return value === undefined ? { reason: `no ${what} ${quote(item)}` } : { value };
  };

/** Get, set and default of one of the coverage and matrix choices (`ViewState.answers`). */
function answersField<F extends keyof AnswersChoices>(field: F) {
  return {
    get: (view: ViewState) => (view.answers ?? DEFAULT_ANSWERS)[field],
    set: (view: ViewState, value: AnswersChoices[F]) => ({
      ...view,
      answers: { ...(view.answers ?? DEFAULT_ANSWERS), [field]: value },
    }),
    fallback: () => DEFAULT_ANSWERS[field],
  };
}

/** A kind chosen in the coverage or matrix view: its id, which must be a kind of the dataset. */
function answersKindRow(key: string, name: string, field: 'coverageKind' | 'matrixRows' | 'matrixColumns') {
  return row<string | null>({
    key,
    name,
    ...answersField(field),
    write: (value) => encodeItem(value ?? ''),
    read(raw, ctx, ignore) {
      const id = safeDecode(raw);
      if (id !== null && ctx.kinds.includes(id)) return id;
      ignore(`no kind ${quote(id ?? raw)} in this dataset`);
      return undefined;
    },
  });
}

/** A yes/no choice of the coverage or matrix view, written 1 or 0. */
function answersFlagRow(key: string, name: string, field: 'coverageDescending' | 'matrixThroughChain') {
  return row<boolean>({
    key,
    name,
    ...answersField(field),
    write: (value) => (value ? '1' : '0'),
    read(raw, _, ignore) {
      if (raw === '1' || raw === '0') return raw === '1';
      ignore(`${quote(raw)} is not 1 or 0`);
      return undefined;
    },
  });
}

const viewportPattern = /^-?\d+(\.\d+)?$/;

/** The table, in the order settings are read (messages come in this order) and written. */
export const LINK_SETTINGS: readonly LinkSetting[] = [
  listRow(
    'k',
    'columns',
    'kinds',
    (ctx) => ctx.kinds,
    (ctx) => known(ctx.kinds, 'kind'),
  ),
  listRow(
    'p',
    'periods',
    'periods',
    (ctx) => ctx.periods,
    () => (item) =>
      parsePeriod(item) ? { value: item } : { reason: `${quote(item)} is not a year or a period like 2024-2027` },
    undefined,
    (value) => value !== null,
  ),
  listRow(
    's',
    'sectors',
    'sectors',
    (ctx) => ctx.sectors,
    (ctx) => known(ctx.sectors, 'sector'),
  ),
  listRow(
    'r',
    'regions',
    'regions',
    (ctx) => ctx.regions,
    (ctx) => known(ctx.regions, 'region'),
  ),
  listRow(
    'b',
    'link basis',
    'bases',
    () => BASES,
    () => coded(BASES, BASIS_CODE, 'link basis'),
    (v) => BASIS_CODE[v as Basis],
  ),
  listRow(
    'c',
    'confidence',
    'confidences',
    () => CONFIDENCES,
    () => coded(CONFIDENCES, CONFIDENCE_CODE, 'confidence'),
    (v) => CONFIDENCE_CODE[v as Confidence],
  ),
  row<string[]>({
    key: 'sc',
    name: 'scope',
    get: (view) => view.filters.scope,
    set: (view, scope) => ({ ...view, filters: { ...view.filters, scope } }),
    fallback: () => [],
    same: sameList,
    write: (value) => encodeList(value),
    read(raw, ctx, ignore) {
      const scope = readList(raw, known(ctx.nodeIds, 'node'), ignore);
      if (scope === null) ignore(`${quote('*')} is not a list of nodes`);
      return scope ?? undefined;
    },
  }),
  row<string | null>({
    key: 'f',
    name: 'focus',
    first: true,
    get: (view) => view.focus,
    set: (view, focus) => ({ ...view, focus }),
    fallback: () => null,
    write: (value) => encodeItem(value ?? ''),
    read(raw, ctx, ignore) {
      const id = safeDecode(raw);
      if (id === null || id === '') ignore(`unreadable node id ${quote(raw)}`);
      else if (!ctx.nodeIds.has(id)) ignore(`no node ${quote(id)} in this dataset`);
      else return id;
      return undefined;
    },
  }),
  row<boolean>({
    key: 'h',
    name: 'hide unlinked',
    get: (view) => view.filters.hideUnlinked,
    set: (view, hideUnlinked) => ({ ...view, filters: { ...view.filters, hideUnlinked } }),
    fallback: () => false,
    write: (value) => (value ? '1' : '0'),
    read(raw, _, ignore) {
      if (raw === '1' || raw === '0') return raw === '1';
      ignore(`${quote(raw)} is not 1 or 0`);
      return undefined;
    },
  }),
  row<ViewState['viewMode']>({
    key: 'm',
    name: 'view',
    get: (view) => view.viewMode,
    set: (view, viewMode) => ({ ...view, viewMode }),
    fallback: () => 'map',
    write: (value) => VIEW_CODE[value],
    read(raw, _, ignore) {
      const mode = (Object.keys(VIEW_CODE) as ViewState['viewMode'][]).find((m) => raw === m || raw === VIEW_CODE[m]);
      if (mode !== undefined) return mode;
      ignore(`no view ${quote(raw)}`);
      return undefined;
    },
  }),
  row<'active' | 'adopted'>({
    key: 'pm',
    name: 'period means',
    get: (view) => view.filters.periodMode ?? 'active',
    set: (view, periodMode) => ({ ...view, filters: { ...view.filters, periodMode } }),
    fallback: () => 'active',
    write: (value) => (value === 'adopted' ? 'a' : 'd'),
    read(raw, _, ignore) {
      if (raw === 'a' || raw === 'adopted') return 'adopted';
      if (raw === 'd' || raw === 'active') return 'active';
      ignore(`${quote(raw)} is not a (adopted for) or d (active during)`);
      return undefined;
    },
  }),
  row<ChainOptions['direction']>({
    key: 'fd',
    name: 'focus direction',
    get: (view) => (view.chain ?? DEFAULT_CHAIN_OPTIONS).direction,
    set: (view, direction) => ({ ...view, chain: { ...(view.chain ?? DEFAULT_CHAIN_OPTIONS), direction } }),
    fallback: () => DEFAULT_CHAIN_OPTIONS.direction,
    write: (value) => value,
    read(raw, _, ignore) {
      if (raw === 'up' || raw === 'down' || raw === 'both') return raw;
      ignore(`${quote(raw)} is not up, down or both`);
      return undefined;
    },
  }),
  row<ChainOptions['depth']>({
    key: 'fn',
    name: 'focus depth',
    get: (view) => (view.chain ?? DEFAULT_CHAIN_OPTIONS).depth,
    set: (view, depth) => ({ ...view, chain: { ...(view.chain ?? DEFAULT_CHAIN_OPTIONS), depth } }),
    fallback: () => DEFAULT_CHAIN_OPTIONS.depth,
    write: (value) => (value === Infinity ? 'all' : String(value)),
    read(raw, _, ignore) {
      if (raw === '1' || raw === '2') return Number(raw) as 1 | 2;
      if (raw === 'all') return Infinity;
      ignore(`${quote(raw)} is not 1, 2 or all`);
      return undefined;
    },
  }),
  row<ChainOptions['mode']>({
    key: 'fm',
    name: 'focus mode',
    get: (view) => (view.chain ?? DEFAULT_CHAIN_OPTIONS).mode,
    set: (view, mode) => ({ ...view, chain: { ...(view.chain ?? DEFAULT_CHAIN_OPTIONS), mode } }),
    fallback: () => DEFAULT_CHAIN_OPTIONS.mode,
    write: (value) => (value === 'related' ? 'r' : 'c'),
    read(raw, _, ignore) {
      if (raw === 'r' || raw === 'related') return 'related';
      if (raw === 'c' || raw === 'chain') return 'chain';
      ignore(`${quote(raw)} is not r (related) or c (chain)`);
      return undefined;
    },
  }),
  answersKindRow('gk', 'coverage column', 'coverageKind'),
  row<AnswersChoices['coverageReach']>({
    key: 'gr',
    name: 'coverage counts',
    ...answersField('coverageReach'),
    write: (value) => (value === 'chain' ? 'c' : 'd'),
    read(raw, _, ignore) {
      if (raw === 'c' || raw === 'chain') return 'chain';
      if (raw === 'd' || raw === 'direct') return 'direct';
      ignore(`${quote(raw)} is not c (through the chain) or d (direct links)`);
      return undefined;
    },
  }),
  row<CoverageSort>({
    key: 'gs',
    name: 'coverage sort',
    ...answersField('coverageSort'),
    same: sameSort,
    write: (value) => (value.by === 'kind' ? encodeItem(value.kind) : value.by),
    read(raw, ctx, ignore) {
      if (raw === 'name' || raw === 'total' || raw === 'order') return { by: raw };
      const kind = safeDecode(raw);
      if (kind !== null && ctx.kinds.includes(kind)) return { by: 'kind', kind };
      ignore(`${quote(raw)} is not name, total or a column of this dataset`);
      return undefined;
    },
  }),
  answersFlagRow('gd', 'coverage sort descending', 'coverageDescending'),
  answersKindRow('xr', 'matrix rows', 'matrixRows'),
  answersKindRow('xc', 'matrix columns', 'matrixColumns'),
  answersFlagRow('xt', 'matrix through the chain', 'matrixThroughChain'),
  row<string>({
    key: 'q',
    name: 'search',
    history: 'typing',
    get: (view) => view.search,
    set: (view, search) => ({ ...view, search }),
    fallback: () => '',
    write: (value) => encodeText(value),
    read(raw, _, ignore) {
      const text = safeDecode(raw);
      if (text === null) {
        ignore(`unreadable text ${quote(raw)}`);
        return undefined;
      }
      if (text.length > MAX_SEARCH_LENGTH) ignore(`cut to ${MAX_SEARCH_LENGTH} characters`);
      return text.slice(0, MAX_SEARCH_LENGTH);
    },
  }),
  row<Viewport | null>({
    key: 'vp',
    name: 'viewport',
    history: 'camera',
    get: (view) => view.viewport,
    set: (view, viewport) => ({ ...view, viewport }),
    fallback: () => null,
    write(value) {
      if (value === null) return '';
      const { x, y, zoom } = roundViewport(value);
      return `${x},${y},${zoom}`;
    },
    read(raw, _, ignore) {
      const [x, y, zoom, ...rest] = raw.split(',').map((n) => (viewportPattern.test(n) ? Number(n) : NaN));
      if (x === undefined || y === undefined || zoom === undefined || rest.length > 0) {
        ignore(`${quote(raw)} is not x,y,zoom`);
      } else if (![x, y, zoom].every(Number.isFinite) || zoom <= 0) {
        ignore(`${quote(raw)} is not x,y,zoom`);
      } else {
        // Clamped before rounding, so what is written back is always read again as it is.
        const { viewport, clamped } = clampViewport({ x, y, zoom });
        for (const message of clamped) ignore(message);
        return roundViewport(viewport);
      }
      return undefined;
    },
  }),
  row<Camera | null>({
    key: 'cam',
    name: 'camera',
    history: 'camera',
    get: (view) => view.camera ?? null,
    // What is seen wins over where the sender's screen was.
    set: (view, camera) =>
      camera ? { ...view, camera, viewport: null } : view.camera ? { ...view, camera: null } : view,
    fallback: () => null,
    same: sameCamera,
    write: (value) => (value ? encodeCamera(value) : ''),
    read(raw, _, ignore) {
      const camera = decodeCamera(raw);
      if (!camera) ignore(`${quote(raw)} is not a region x,y,width,height`);
      return camera ?? undefined;
    },
  }),
];
