/**
 * Page-aware layout for the document exports (PowerPoint, Word, PDF): the chosen subset laid out for a real page
 * so that every text is at least 9 pt at the page's real size, with full titles wrapped (never cut) unless short
 * titles are asked for; each page is a scene (`draw/pageScene.ts`), which every document writer draws.
 *
 * When the subset cannot fit one page at that size it is split the way a reader follows:
 *  1. one page per node of the first column (per goal), each with everything on its chains; small goals that fit
 *     together share a page;
 *  2. a goal still too wide: groups of adjacent columns, each sharing its last column with the next;
 *  3. still too tall: by the nodes of the next column (thematic priorities, then programmes, …), each with what
 *     delivers it, packed into as few pages as fit and balanced between them; every page carries its context (the
 *     nodes its heads deliver, e.g. the goal), so its links make sense on their own;
 *  4. a single branch still too tall: bands from top to bottom.
 * Every page is titled with what it holds ("Goal 2 — Thematic priorities T2.1–T2.3 (2 of 4)") and has its own
 * legend and source footer. Pure: runs in the app, Node and tests.
 */
import type { Dataset, Kind, MapLink, MapNode } from '../../model/schema';
import { chainsOf, lowerInitial, type ChainOptions } from '../../model/chains';
import { indexDataset, linkKey } from '../../model/graph';
import { layoutMap, orderDataset } from '../../layout/layoutMap';
import type { LayerOrder } from '../../layout/order';
import { wrapText, type Wrapped } from '../../layout/text';
import { GEOMETRY as G, type MapLayout, type NodeBox } from '../../layout/types';
import type { ThemeName } from '../../draw/look';
import type { Scene } from '../../draw/scene';
import {
  buildPageScene,
  MIN_SCALE,
  MIN_TEXT_PT,
  pageMapArea,
  UNITS_PER_PT,
  type PageSceneInput,
} from '../../draw/pageScene';
import type { PageSize } from './pageSize';

/** The smallest text on any page, in points at the page's real size. */
export const MIN_PT = MIN_TEXT_PT;

export interface PlanInput {
  dataset: Dataset;
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  page: PageSize;
  /** Title of every page. @default the dataset's title */
  title?: string;
  /** The filters in words (with what they leave empty); each page adds what part it holds. */
  subtitle?: string;
  /** Titles cut to three lines, as on screen, instead of in full. @default false */
  shortTitles?: boolean;
  /** @default 'print' */
  theme?: ThemeName;
  focus?: string | null;
  chain?: ChainOptions;
  /** The dataset's order (`orderDataset`), when already computed. */
  order?: LayerOrder;
  /** Speaker notes / description of this view, kept on every page of it. */
  notes?: string;
  /** The periods the map is filtered to: node badges show the period in view, as on screen. @default null */
  periods?: readonly string[] | null;
}

/** One page: its scene and what it holds. */
export interface Page {
  scene: Scene;
  /** What this page holds when the view is split ("Goal 2 — Programmes (2 of 4)"); empty when it holds it all. */
  part: string;
  notes: string;
  /** Nodes drawn on this page (context nodes included), in the view's order. */
  nodes: string[];
  /** Links drawn on this page. */
  links: string[];
  /** Page units per map unit. */
  scale: number;
  /** Links of the view with one end on this page and the other not. */
  continued: number;
}

export interface PagePlan {
  pages: Page[];
  /** In plain words, for the dialog before export: "Too big for one 16:9 slide at 9 pt: 5 slides, one per goal." */
  summary: string;
  /** True when the view had to be split. */
  split: boolean;
  /** How it was split, in order of use ("by strategic goal", "by WTDC programme"); empty when not split. */
  reasons?: string[];
}

interface Subset {
  nodes: MapNode[];
  links: MapLink[];
  /** What it holds, for the page's title. */
  part: string;
  /** Sequence number within its goal's pages, filled in at the end. */
  group?: string;
}

interface Fitted {
  layout: MapLayout;
  scale: number;
  fits: boolean;
  /** Width of the page's map area. */
  areaWidth: number;
}

/** Lays `visible` out for `page`, split into as many pages as it needs. */
export function planPages(input: PlanInput): PagePlan {
  const { dataset, page } = input;
  const order = input.order ?? orderDataset(dataset);
  const size = {
    width: page.width * UNITS_PER_PT,
    height: page.height * UNITS_PER_PT,
    paper: { widthMm: (page.width * 25.4) / 72, heightMm: (page.height * 25.4) / 72 },
  };
  const title = input.title ?? dataset.meta.title;
  const rank = new Map(dataset.kinds.map((k, i) => [k.id, i]));
  const kindOf = new Map(dataset.kinds.map((k) => [k.id, k]));
  // The focus's chains over the whole view: a page without the focused node still fades what is off them.
  const focused = input.focus && dataset.nodes.some((n) => n.id === input.focus) ? input.focus : null;
  const ids = new Set(input.visible.nodes.map((n) => n.id));
  const keys = new Set(input.visible.links.map(linkKey));
  const chains = focused
    ? chainsOf(indexDataset(dataset), focused, ids, (l) => keys.has(linkKey(l)), input.chain)
    : null;
  const sceneInput = (s: Subset, layout: MapLayout, part: string, note = ''): PageSceneInput => ({
    dataset,
    visible: s,
    layout,
    page: size,
    title,
    part,
    subtitle: input.subtitle,
    note,
    focus: input.focus,
    chain: input.chain,
    chains,
    periods: input.periods,
    theme: input.theme,
  });
  const layoutOf = (s: Subset): MapLayout =>
    layoutMap({ dataset, visible: s, order, labels: input.shortTitles ? undefined : fullLabel });
  // A split page's title block has a part line: measure the room with a typical one.
  const fit = (s: Subset, part = s.part || (s.nodes.length < input.visible.nodes.length ? 'Part (1 of 2)' : '')) => {
    const layout = layoutOf(s);
    const area = pageMapArea(sceneInput(s, layout, part));
    const w = Math.max(layout.width, G.nodeWidth);
    const h = Math.max(layout.height, G.headerHeight + 40);
    const scale = Math.min(area.width / w, area.height / h);
    return { layout, scale, fits: scale >= MIN_SCALE - 1e-9, areaWidth: area.width } satisfies Fitted;
  };

  const whole: Subset = { nodes: [...input.visible.nodes], links: [...input.visible.links], part: '' };
  const slide = page.format === '16:9' || page.format === '4:3';
  const noun = slide ? 'slide' : 'page';
  const one = slide ? page.label : `${page.label} page`;
  const first = fit(whole);
  const finish = (subsets: Subset[]) => {
    const keys = new Set(input.visible.links.map(linkKey));
    return subsets.map((s) => {
      const layout = layoutOf(s);
      const ids = new Set(s.nodes.map((n) => n.id));
      const continued = input.visible.links.filter(
        (l) => keys.has(linkKey(l)) && ids.has(l.source) !== ids.has(l.target),
      ).length;
      const note = continued > 0 ? `${continued} more links continue on other ${noun}s` : '';
      const built = buildPageScene(sceneInput(s, layout, s.part, note));
      return {
        scene: built.scene,
        part: s.part,
        notes: input.notes ?? '',
        nodes: s.nodes.map((n) => n.id),
        links: s.links.map(linkKey),
        scale: built.scale,
        continued,
      } satisfies Page;
    });
  };
  if (first.fits || whole.nodes.length <= 1)
    return { pages: finish([whole]), summary: `Fits one ${one}.`, split: false };

  const how = new Set<string>();
  const splitter = new Splitter(dataset, rank, kindOf, fit, how);
  const byGoal = splitter.byFirstColumn(whole);
  let subsets: Subset[];
  if (byGoal.length > 1) {
    how.add(`by ${lowerInitial(kindOf.get(byGoal[0]?.kind ?? '')?.singular ?? 'group')}`);
    const pieces = byGoal.map((g) => (fit(g.subset).fits ? [g.subset] : splitter.deep(g.subset)));
    subsets = splitter.packWhole(pieces);
  } else subsets = splitter.deep(whole);
  subsets = splitter.mergeNeighbours(subsets);

  // Number the pages of each group: "Goal 2 — Programmes (2 of 4)".
  const groups = new Map<string, Subset[]>();
  for (const s of subsets) groups.set(s.group ?? s.part, [...(groups.get(s.group ?? s.part) ?? []), s]);
  for (const list of groups.values())
    if (list.length > 1) list.forEach((s, i) => (s.part = `${s.part} (${i + 1} of ${list.length})`));
  const pages = finish(subsets);
  // Why, in the words of the pages' groups: "Goal 1 (3), Goal 2 (4)", "Strategic goals to WTDC programmes (2), …".
  const parts = [...groups].map(([name, list]) => `${name || 'the rest'} (${list.length})`);
  const listed = parts.length > 5 ? [...parts.slice(0, 5), `${parts.length - 5} more`] : parts;
  return {
    pages,
    summary:
      `Too big for one ${one} with every text at ${MIN_PT} pt or more, so ${pages.length} ${noun}s: ` +
      `${listed.join('; ')}. Each ${noun} keeps the nodes its links come from; links to other ${noun}s are counted in its footer.`,
    split: true,
    reasons: [...how],
  };
}

/** The splitting steps (see the module comment), with the fit test and the words of the summary. */
class Splitter {
  constructor(
    private readonly dataset: Dataset,
    private readonly rank: ReadonlyMap<string, number>,
    private readonly kinds: ReadonlyMap<string, Kind>,
    private readonly fit: (s: Subset, part?: string) => Fitted,
    private readonly how: Set<string>,
  ) {}

  private col = (n: MapNode) => this.rank.get(n.kind) ?? 0;

  /** One subset per node of the leftmost column: the node and everything linked to it rightwards. */
  byFirstColumn(whole: Subset): { subset: Subset; kind: string }[] {
    const firstRank = Math.min(...whole.nodes.map(this.col));
    const heads = whole.nodes.filter((n) => this.col(n) === firstRank);
    if (heads.length < 2) return [];
    const covered = new Set<string>();
    const out: { subset: Subset; kind: string }[] = [];
    for (const head of heads) {
      const ids = this.reach(whole, [head.id], 'right');
      for (const id of ids) covered.add(id);
      const s = restrict(whole, ids, name(head));
      s.group = s.part;
      out.push({ subset: s, kind: head.kind });
    }
    const rest = new Set(whole.nodes.filter((n) => !covered.has(n.id)).map((n) => n.id));
    if (rest.size > 0) {
      const kind = this.kinds.get(heads[0]?.kind ?? '');
      const s = restrict(whole, rest, `Not linked to any ${kind?.singular.toLowerCase() ?? 'item'} shown`);
      s.group = s.part;
      out.push({ subset: s, kind: heads[0]?.kind ?? '' });
    }
    return out;
  }

  /**
   * Neighbouring pages of one group merged while the two fit one page together, so no page is left near-empty
   * because its branch was split at another level than its neighbour's.
   */
  mergeNeighbours(list: Subset[]): Subset[] {
    const out: Subset[] = [];
    for (const s of list) {
      const last = out[out.length - 1];
      if (last && last.group === s.group) {
        const merged = union(last, s, mergedName(last.part, s.part));
        if (this.fit(merged).fits) {
          merged.group = s.group;
          out[out.length - 1] = merged;
          continue;
        }
      }
      out.push(s);
    }
    return out;
  }

  /** Pages of the goals: each goal's pieces, with neighbouring goals that fit one page together merged. */
  packWhole(pieces: Subset[][]): Subset[] {
    const out: Subset[] = [];
    let open: Subset | null = null;
    for (const list of pieces) {
      const single = list.length === 1 ? list[0] : undefined;
      if (single && open) {
        const merged = union(open, single, `${open.part}; ${single.part}`);
        if (this.fit(merged).fits) {
          merged.group = merged.part;
          out[out.length - 1] = merged;
          open = merged;
          this.how.add('small ones together');
          continue;
        }
      }
      out.push(...list);
      open = single ?? null;
    }
    return out;
  }

  /**
   * A subset too big for one page. Too wide: an overview from the first column to the hub (the column with the
   * most links, e.g. programmes), then the hub with the columns right of it, as many as fit beside it; each group
   * split further when too tall. Else straight to `tall`.
   */
  deep(s: Subset): Subset[] {
    const columns = [...new Set(s.nodes.map(this.col))].sort((a, b) => a - b);
    const f = this.fit(s);
    const pitch = G.nodeWidth + G.columnGap;
    // How many columns fit side by side at the smallest readable scale.
    const fitColumns = Math.max(1, Math.floor((f.areaWidth / MIN_SCALE + G.columnGap) / pitch));
    const tooWide = f.layout.width * MIN_SCALE > f.areaWidth;
    if (!(columns.length > fitColumns && tooWide)) return this.tall(s, []);
    const groups = this.columnGroups(s, columns, fitColumns);
    this.how.add(
      `by columns, around the ${lowerInitial(this.dataset.kinds[groups[1]?.[0] ?? 0]?.plural ?? 'shared')} column`,
    );
    const out: Subset[] = [];
    for (const g of groups) {
      const inGroup = new Set(g);
      const ids = new Set(s.nodes.filter((n) => inGroup.has(this.col(n))).map((n) => n.id));
      const first = this.dataset.kinds[g[0] ?? 0];
      const last = this.dataset.kinds[g[g.length - 1] ?? 0];
      const overview = g === groups[0];
      // The overview is named by its columns; the others by their heads ("WTDC programme P5 — …").
      const what = overview ? `${first?.plural ?? ''} to ${last?.plural ?? ''}` : '';
      const part = [s.part, what].filter((t) => t !== '').join(' — ');
      const sub = restrict(s, ids, part);
      sub.group = [s.part, overview ? what : `What delivers each ${first?.singular ?? 'item'}`]
        .filter((t) => t !== '')
        .join(' — ');
      out.push(...(this.fit(sub).fits ? [sub] : this.tall(sub, [])));
    }
    return out;
  }

  /** Column groups of at most `fit` columns: first to hub, then the hub with the columns after it. */
  private columnGroups(s: Subset, columns: number[], fit: number): number[][] {
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    const degree = new Map<number, number>();
    for (const l of s.links)
      for (const id of [l.source, l.target]) {
        const n = byId.get(id);
        if (n) degree.set(this.col(n), (degree.get(this.col(n)) ?? 0) + 1);
      }
    const hubAt = columns
      .slice(1, fit)
      .reduce(
        (best, c) => ((degree.get(c) ?? 0) > (degree.get(columns[best] ?? 0) ?? 0) ? columns.indexOf(c) : best),
        1,
      );
    const groups: number[][] = [columns.slice(0, hubAt + 1)];
    const rest = columns.slice(hubAt + 1);
    const hub = columns[hubAt] as number;
    const room = Math.max(1, fit - 1);
    // The columns after the hub in groups of about equal size, each beside the hub.
    const count = Math.ceil(rest.length / room);
    const size = Math.ceil(rest.length / count);
    for (let i = 0; i < rest.length; i += size)
      groups.push(fit >= 2 ? [hub, ...rest.slice(i, i + size)] : rest.slice(i, i + size));
    return groups;
  }

  /**
   * A subset too tall: by the nodes of the first column with several (each with what is linked to it rightwards),
   * packed in order into pages that fit, balanced; each page with its heads' context. `context` are nodes kept
   * where linked (the ancestors of this subset). What no head reaches is split the same way, after them.
   */
  private tall(s: Subset, context: string[], depth = 0): Subset[] {
    const group = s.group ?? s.part;
    const contextSet = new Set(context);
    const own = s.nodes.filter((n) => !contextSet.has(n.id));
    const columns = [...new Set(own.map(this.col))].sort((a, b) => a - b);
    const headCol = columns.find((c) => own.filter((n) => this.col(n) === c).length >= 2);
    if (headCol === undefined) return this.bands(s, group);
    const heads = own.filter((n) => this.col(n) === headCol);
    const left = own.filter((n) => this.col(n) < headCol).map((n) => n.id);
    const ctx = [...context, ...left];
    const kind = this.kinds.get(heads[0]?.kind ?? '');
    this.how.add(`by ${lowerInitial(kind?.singular ?? 'group')}`);
    const branches = heads.map((h) => ({ heads: [h], ids: this.reach(s, [h.id], 'right', headCol) }));
    const claimed = new Set([...branches.flatMap((b) => [...b.ids]), ...ctx]);
    // What no head reaches goes with them as one more branch, so it packs with the others.
    const stray = own.filter((n) => !claimed.has(n.id)).map((n) => n.id);
    if (stray.length > 0) branches.push({ heads: [], ids: new Set(stray) });
    const page = (list: typeof branches) => {
      const hs = list.flatMap((b) => b.heads);
      const ids = new Set(list.flatMap((b) => [...b.ids]));
      // The context these are linked to (to the left), so each link on the page has both ends.
      for (const id of this.reach(s, [...ids], 'left')) if (ctx.includes(id)) ids.add(id);
      const name = headsName(
        hs,
        kind,
        list.some((b) => b.heads.length === 0),
      );
      return restrict(s, ids, [s.part, name].filter((t) => t !== '').join(' — '));
    };
    // Greedy packing gives the number of pages; then the same number, balanced by size, if that fits too.
    const greedy: (typeof branches)[] = [];
    let current: typeof branches = [];
    for (const b of branches) {
      if (current.length > 0 && !this.fit(page([...current, b])).fits) {
        greedy.push(current);
        current = [];
      }
      current.push(b);
    }
    if (current.length > 0) greedy.push(current);
    let chosen = greedy;
    if (greedy.length > 1) {
      const balanced = balance(branches, greedy.length, (b) => b.ids.size);
      if (balanced.every((l) => this.fit(page(l)).fits)) chosen = balanced;
    }
    const out: Subset[] = [];
    for (const list of chosen) {
      const sub = page(list);
      sub.group = group;
      if (this.fit(sub).fits || depth >= 6) out.push(sub);
      else {
        // One branch too tall: split it by its next column, its head and context kept where linked.
        const keep = new Set([...ctx, ...list.flatMap((b) => b.heads.map((h) => h.id))]);
        const inner = this.tall(
          sub,
          sub.nodes.filter((n) => keep.has(n.id)).map((n) => n.id),
          depth + 1,
        );
        out.push(...inner.map((d) => ({ ...d, group })));
      }
    }
    return out;
  }

  /** Bands from top to bottom, each as tall as the others, for what no branch split can make fit. */
  private bands(s: Subset, group: string): Subset[] {
    const f = this.fit(s);
    if (f.fits || s.nodes.length <= 1) return [{ ...s, group }];
    this.how.add('the longest in bands from top to bottom');
    const boxes = [...f.layout.boxes.values()].sort((a, b) => a.y - b.y);
    const n = Math.max(2, Math.ceil(MIN_SCALE / f.scale));
    const target = Math.ceil(boxes.length / n);
    const bands: NodeBox[][] = [];
    for (let i = 0; i < boxes.length; i += target) bands.push(boxes.slice(i, i + target));
    const out: Subset[] = [];
    for (const band of bands) {
      const sub = restrict(s, new Set(band.map((b) => b.id)), s.part);
      sub.group = group;
      out.push(...(this.fit(sub).fits || band.length <= 1 ? [sub] : this.bands(sub, group)));
    }
    return out;
  }

  /**
   * Nodes reached from `start` within `s`, following links only towards later columns (`right`, what delivers
   * it) or earlier ones (`left`, what it delivers); with `from`, right walks start past that column.
   */
  private reach(s: Subset, start: string[], side: 'left' | 'right', from?: number): Set<string> {
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    const adjacent = new Map<string, string[]>();
    for (const l of s.links) {
      adjacent.set(l.source, [...(adjacent.get(l.source) ?? []), l.target]);
      adjacent.set(l.target, [...(adjacent.get(l.target) ?? []), l.source]);
    }
    const seen = new Set(start.filter((id) => byId.has(id)));
    const queue = [...seen];
    while (queue.length > 0) {
      const id = queue.pop() as string;
      const c = this.col(byId.get(id) as MapNode);
      for (const next of adjacent.get(id) ?? []) {
        const n = byId.get(next);
        if (!n || seen.has(next)) continue;
        const d = this.col(n);
        if (side === 'right' ? d > c && (from === undefined || d > from) : d < c) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  }
}

/** Splits `items` in order into `k` runs of about equal weight. */
function balance<T>(items: readonly T[], k: number, weight: (t: T) => number): T[][] {
  const total = items.reduce((sum, t) => sum + weight(t), 0);
  const out: T[][] = [];
  let current: T[] = [];
  let sum = 0;
  let done = 0;
  items.forEach((t, i) => {
    const w = weight(t);
    const left = k - out.length;
    const target = (total - done) / left;
    const remaining = items.length - i;
    if (current.length > 0 && left > 1 && (sum + w / 2 > target || remaining < left)) {
      out.push(current);
      done += sum;
      current = [];
      sum = 0;
    }
    current.push(t);
    sum += w;
  });
  if (current.length > 0) out.push(current);
  return out;
}

function restrict(s: Subset, ids: ReadonlySet<string>, part: string): Subset {
  return {
    nodes: s.nodes.filter((n) => ids.has(n.id)),
    links: s.links.filter((l) => ids.has(l.source) && ids.has(l.target)),
    part,
  };
}

function union(a: Subset, b: Subset, part: string): Subset {
  const ids = new Set([...a.nodes, ...b.nodes].map((n) => n.id));
  const keys = new Set([...a.links, ...b.links].map(linkKey));
  const nodes = [...a.nodes, ...b.nodes.filter((n) => !a.nodes.includes(n))];
  const links = [...a.links, ...b.links.filter((l) => !a.links.includes(l))];
  return {
    nodes: nodes.filter((n) => ids.has(n.id)),
    links: links.filter((l) => keys.has(linkKey(l))),
    part,
  };
}

/** "Goal 2" (the code), else the title. */
function name(n: MapNode): string {
  return n.code ?? n.label ?? n.id;
}

/** "Thematic priority T2.1", "Thematic priorities T2.1 to T2.3", and "others" when the page has strays. */
function headsName(heads: readonly MapNode[], kind: Kind | undefined, others: boolean): string {
  const more = others && heads.length > 0 ? ' and others' : '';
  if (heads.length === 0) return more;
  const first = heads[0] as MapNode;
  if (heads.length === 1) return `${kind?.singular ?? ''} ${name(first)}${more}`.trim();
  const last = heads[heads.length - 1] as MapNode;
  return `${kind?.plural ?? ''} ${name(first)} to ${name(last)}${more}`.trim();
}

/**
 * Share of a node's inner width that titles are wrapped to: Office and LibreOffice substitute fonts a little
 * wider than our metrics (Noto Sans for Arial), and a title they re-wrap must still fit its box.
 */
const WRAP_SLACK = 0.9;

/** A node's title wrapped in full (never cut), for the layout of a page. */
export function fullLabel(node: Pick<MapNode, 'label'>): Wrapped {
  return wrapText(node.label ?? 'title not yet sourced', {
    maxWidth: (G.nodeWidth - 2 * G.paddingX) * WRAP_SLACK,
    fontSize: G.labelFontSize,
    maxLines: 1000,
  });
}

/** "WTDC programme P1 — Regional initiatives" + "WTDC programme P1 — WSIS action lines" → one name for both. */
function mergedName(a: string, b: string): string {
  if (a === b) return a;
  const pa = a.split(' — ');
  const pb = b.split(' — ');
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  const common = pa.slice(0, i).join(' — ');
  const rest = [pa.slice(i).join(' — '), pb.slice(i).join(' — ')].filter((t) => t !== '').join('; ');
  return [common, rest].filter((t) => t !== '').join(' — ');
}
