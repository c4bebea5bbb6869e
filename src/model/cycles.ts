/**
 * Cycles and regions told apart. Periods belong to different instruments (Strategic Plan 2024-2027, a WTDC action
 * plan, a study period 2022-2025), so:
 * - period lists are sorted, and a badge shows the period that is in view, not the first one recorded;
 * - an item that exists in two cycles (Q3/2 of 2018-2021 and of 2022-2025: two nodes with one code) is named with
 *   its cycle wherever a name must be unique (search results, panel, accessible names);
 * - an item without a region is global;
 * - a column that the filters empty is reported in words ("No regional initiatives for the Arab States in
 *   2024-2027 in this dataset"), on the map and in the export's subtitle.
 */
import { displayName, type GraphIndex } from './graph';
import { parsePeriod, passesAttributes, periodsOverlap, type Filters } from './filters';
import type { MapNode } from './schema';
import { findEmptyColumns, type EmptyColumn } from './emptyColumns';

/** Sorted by start year, then end year; malformed periods last, in text order. */
export function sortPeriods(periods: readonly string[]): string[] {
  return [...periods].sort((a, b) => {
    const ra = parsePeriod(a);
    const rb = parsePeriod(b);
    if (ra && rb) return ra.from - rb.from || ra.to - rb.to;
    if (ra) return -1;
    if (rb) return 1;
    return a.localeCompare(b);
  });
}

/**
 * The node's period that is in view: the first (sorted) that overlaps a selected period, else the first sorted;
 * undefined when the node has none.
 */
export function periodInView(node: Pick<MapNode, 'periods'>, selected: readonly string[] | null): string | undefined {
  const sorted = sortPeriods(node.periods);
  if (selected && selected.length > 0) {
    const inView = sorted.find((p) => selected.some((s) => periodsOverlap(p, s)));
    if (inView !== undefined) return inView;
  }
  return sorted[0];
}

/** The badge: the period in view and how many more, e.g. "2024-2027 +1". */
export function periodBadge(node: Pick<MapNode, 'periods'>, selected: readonly string[] | null): string {
  const shown = periodInView(node, selected);
  if (shown === undefined) return '';
  return node.periods.length > 1 ? `${shown} +${node.periods.length - 1}` : shown;
}

/** The cycle a node was adopted for: `adoptedFor`, else its periods. */
export function adoptedPeriods(node: Pick<MapNode, 'periods' | 'adoptedFor'>): string[] {
  return node.adoptedFor !== undefined ? [node.adoptedFor] : node.periods;
}

/** "Adopted for this cycle": the node's adopted cycle is one of the selected periods (not merely overlapping). */
export function adoptedFor(node: Pick<MapNode, 'periods' | 'adoptedFor'>, selected: readonly string[]): boolean {
  const adopted = adoptedPeriods(node);
  return adopted.length === 0 || adopted.some((p) => selected.includes(p));
}

const twinsCache = new WeakMap<GraphIndex, ReadonlySet<string>>();

/** Ids of nodes that share their kind and code with another node (the same item in two cycles). */
export function cycleTwins(index: GraphIndex): ReadonlySet<string> {
  const cached = twinsCache.get(index);
  if (cached) return cached;
  const byCode = new Map<string, string[]>();
  for (const node of index.dataset.nodes) {
    if (node.code === undefined) continue;
    const key = `${node.kind}\u0000${node.code}`;
    const list = byCode.get(key);
    if (list) list.push(node.id);
    else byCode.set(key, [node.id]);
  }
  const twins = new Set<string>();
  for (const ids of byCode.values()) if (ids.length > 1) for (const id of ids) twins.add(id);
  twinsCache.set(index, twins);
  return twins;
}

/** The cycle that tells a node from its twin ("2022-2025"), or null when its code is unique. */
export function cycleOf(index: GraphIndex, node: MapNode): string | null {
  if (!cycleTwins(index).has(node.id)) return null;
  const periods = sortPeriods(adoptedPeriods(node));
  return periods.length > 0 ? periods.join(', ') : null;
}

/** `displayName`, with the cycle when another node has the same code: "Q3/2 (2022-2025) — Securing …". */
export function distinctName(index: GraphIndex, node: MapNode): string {
  const cycle = cycleOf(index, node);
  if (cycle === null) return displayName(node);
  return node.code
    ? `${node.code} (${cycle}) — ${displayName(node).slice(node.code.length + 3)}`
    : `${displayName(node)} (${cycle})`;
}

/** "Arab States", or "global" for an item without a region. */
export function regionName(node: Pick<MapNode, 'region'>): string {
  return node.region ?? 'global';
}

export type { EmptyColumn } from './emptyColumns';

/**
 * Columns that are turned on and have nodes in the dataset, yet show none after the filters, each with why in
 * words (see `findEmptyColumns`).
 */
export function emptyColumns(index: GraphIndex, filters: Filters, visibleIds: ReadonlySet<string>): EmptyColumn[] {
  return findEmptyColumns(index, filters, visibleIds, passesAttributes);
}
