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
 * | `m`  | view mode: `t` table, `x` matrix, `g` coverage | `m=t`                     |
 * | `pm` | period means: `a` adopted for, `d` active during | `pm=a`                  |
 * | `fd` | focus direction: up, down, both         | `fd=down`                        |
 * | `fn` | focus depth: 1, 2, all                  | `fn=2`                           |
 * | `fm` | focus mode: `r` related, `c` chain      | `fm=r`                           |
 * | `gk` | coverage column (kind id)               | `gk=thematic-priority`           |
 * | `gr` | coverage counts: `c` through the chain (default direct links) | `gr=c`     |
 * | `gs` | coverage sort: `name`, `total` or a kind id; `gd=1` descending | `gs=total&gd=1` |
 * | `xr` / `xc` | matrix row / column kinds        | `xr=goal&xc=wsis-action-line`    |
 * | `xt` | matrix connections through the chain: `0` hides them | `xt=0`           |
 * | `q`  | search text                             | `q=cyber`                        |
 * | `vp` | viewport x,y,zoom (px rounded, zoom 3 decimals; old links, written only without `cam`) | `vp=-120,40,0.75` |
 * | `cam`| what is seen: layout region x,y,w,h (camera.ts), fitted to the screen | `cam=0,-20,1800,1000` |
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
 *
 * Each key is one row of `LINK_SETTINGS` (linkSettings.ts: read, write, default); this file is the frame around
 * them (the version, links cut short). The text layer (escapes, lists) is linkText.ts.
 */
import type { Camera } from './camera';
import type { Filters } from './filters';
import type { ChainOptions } from './chains';
import type { AnswersChoices } from './answersChoices';
import { LINK_SETTINGS, LinkContext, defaultViewState, type DatasetShape, type HistoryKind } from './linkSettings';
import { quote, splitQuery } from './linkText';

export { MAX_SEARCH_LENGTH, defaultViewState, roundViewport, type HistoryKind } from './linkSettings';

export type ViewMode = 'map' | 'table' | 'matrix' | 'coverage';

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
  /**
   * What is seen, in layout units (see camera.ts): fitted to the receiving screen, and preferred to `viewport`,
   * which only old links carry. Absent or null: none.
   */
  camera?: Camera | null;
  viewMode: ViewMode;
  /** The search box text. */
  search: string;
  /** How the focus walks its chains; the default (both ways, all steps) when absent. */
  chain?: ChainOptions;
  /** The coverage and matrix views' choices; the defaults when absent. */
  answers?: AnswersChoices;
}

/** The link format version this code writes. */
export const LINK_VERSION = 1;

/** The rows in the order they are written: those marked `first`, then the rest in table order. */
const WRITE_ORDER = [...LINK_SETTINGS.filter((s) => s.first), ...LINK_SETTINGS.filter((s) => !s.first)];

/** What each key is called in messages, `v` included. */
const NAMES: ReadonlyMap<string, string> = new Map([
  ...LINK_SETTINGS.map((s): [string, string] => [s.key, s.name]),
  ['v', 'version'],
]);

/**
 * The query string (starting with `?`) for `state`, or `''` when the state is the dataset's default view.
 * @param today decides the default planning cycle.
 */
export function encodeViewState(state: ViewState, dataset: DatasetShape, today: Date): string {
  const ctx = LinkContext.of(dataset, today);
  const written = WRITE_ORDER.map((s) => s.write(state, ctx));
  if (written.every((part) => part === null)) return '';
  // Pinned settings (the planning cycle, whose default moves with the calendar) go along with anything else.
  const parts = WRITE_ORDER.map((s, i) => written[i] ?? s.write(state, ctx, true));
  return `?${[...parts.filter((p) => p !== null), `v=${LINK_VERSION}`].join('&')}`;
}

/**
 * The settings of one history kind as written in a link (defaults as empty), to tell whether two views differ in
 * them.
 */
export function historyKey(view: ViewState, kind: HistoryKind, dataset: DatasetShape, today: Date): string {
  const ctx = LinkContext.of(dataset, today);
  return LINK_SETTINGS.filter((s) => s.history === kind)
    .map((s) => s.write(view, ctx) ?? '')
    .join('&');
}

/** `to` with the settings of one history kind taken from `from`. */
export function withHistoryKind(to: ViewState, from: ViewState, kind: HistoryKind): ViewState {
  return LINK_SETTINGS.filter((s) => s.history === kind).reduce((view, s) => s.copy(from, view), to);
}

export interface DecodedViewState {
  state: ViewState;
  /** One human message per thing that could not be used. */
  ignored: string[];
}

/**
 * Reads a query string (with or without `?`; a `#fragment` is dropped). Never throws.
 * @param today decides the default planning cycle for settings the link does not carry.
 */
export function decodeViewState(query: string, dataset: DatasetShape, today: Date): DecodedViewState {
  const ctx = LinkContext.of(dataset, today);
  const { values, lastKey, ignored } = splitQuery(query, NAMES);
  if (values.size === 0 && ignored.length === 0) return { state: defaultViewState(dataset, today), ignored };
  // `v` is written last, so without it the last value read may be a cut one ("g12" cut to "g1"): drop it.
  const cutKey = !values.has('v') && lastKey !== null ? lastKey : null;
  if (cutKey !== null) values.delete(cutKey);

  // A fresh object: callers may keep or change what they get.
  let state = defaultViewState(dataset, today);
  const ignore = (message: string) => ignored.push(message);
  for (const setting of LINK_SETTINGS) {
    const raw = values.get(setting.key);
    if (raw !== undefined) state = setting.read(raw, state, ctx, ignore);
  }
  const problem = versionProblem(values.get('v'), cutKey === null ? null : (NAMES.get(cutKey) ?? cutKey));
  if (problem) ignored.push(problem);
  return { state, ignored };
}

/** What to say about the link's version, if anything. */
function versionProblem(version: string | undefined, cut: string | null): string | null {
  if (version === undefined) {
    const dropped = cut === null ? '' : `${cut} was ignored and `;
    return `the link seems cut short (it does not end with v=${LINK_VERSION}): ${dropped}settings after the cut are at their defaults`;
  }
  if (!/^\d+$/.test(version)) {
    return `version: ${quote(version)} is not a version number (the link may have been cut short)`;
  }
  if (Number(version) > LINK_VERSION) {
    return `this link was made by a newer version of Strategy Map (v${version}); the settings this version understands were applied`;
  }
  if (Number(version) < LINK_VERSION) {
    return `version: v${version} is older than any known format; read as v${LINK_VERSION}`;
  }
  return null;
}
