/**
 * Membership shown as grouping on the map: members of one container (the Kigali Action Plan, ITU-D SG2, C7) that
 * sit next to each other in a column get an outline around them, with the container's name on its top edge. A
 * member of several containers is grouped by the most specific one (the one with the fewest members: its study
 * group rather than its action plan), so outlines never overlap; a container shown in its members' column (C7
 * among its sub-lines) is inside their outline. Nothing is moved: the column order stays the one
 * that keeps crossings low, so a container whose members are apart gets one outline per run of neighbours.
 *
 * Pure; the map (flow/) and the scene (SVG, PNG, print) draw the same outlines.
 */
import type { MapNode } from '../model/schema';
import { containersOf, membersOf } from '../model/chains';
import { displayName, type GraphIndex } from '../model/graph';
import type { MapLayout, NodeBox } from '../layout/types';
import { GROUP_STYLE as S } from './look';
import { BOLD_FACTOR, fitText } from './fitText';

export interface GroupOutline {
  /** Stable id: container id and first member id. */
  id: string;
  containerId: string;
  /** The container's name as drawn on the outline ("Kigali Action Plan", "ITU-D SG2"), fitted to its width. */
  label: string;
  /** The container's full name, for assistive technology and tooltips. */
  name: string;
  /** Kind id of the column the members are in. */
  kind: string;
  memberIds: string[];
  /** The outline, in layout coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const specificity = new WeakMap<GraphIndex, Map<string, number>>();

/** How many members a container has in the whole dataset (cached per dataset). */
function memberCount(index: GraphIndex, id: string): number {
  let counts = specificity.get(index);
  if (!counts) {
    counts = new Map();
    specificity.set(index, counts);
  }
  let n = counts.get(id);
  if (n === undefined) {
    n = membersOf(index, id).length;
    counts.set(id, n);
  }
  return n;
}

/** The container a node is grouped by: its most specific one (fewest members), ties in dataset link order. */
export function groupingContainer(index: GraphIndex, id: string): MapNode | null {
  let best: MapNode | null = null;
  for (const c of containersOf(index, id)) {
    if (c.id === id) continue;
    if (!best || memberCount(index, c.id) < memberCount(index, best.id)) best = c;
  }
  return best;
}

/** What is written on an outline: the container's code when it has one ("ITU-D SG2"), else its title. */
export function containerLabel(node: MapNode): string {
  return node.code ?? node.label ?? node.id;
}

/** The outlines of the visible members of containers, run by run in each column (top to bottom). */
export function groupOutlines(
  index: GraphIndex,
  layout: MapLayout,
  nodes: readonly Pick<MapNode, 'id' | 'kind'>[],
): GroupOutline[] {
  const columns = new Map<string, { box: NodeBox; container: MapNode | null }[]>();
  const grouping = new Map<string, MapNode | null>();
  for (const node of nodes) {
    if (!layout.boxes.has(node.id)) continue;
    grouping.set(node.id, groupingContainer(index, node.id));
  }
  // A container shown in its members' column (C7 among its sub-lines) heads their outline.
  const heads = new Set<string>();
  for (const node of nodes) {
    const container = grouping.get(node.id);
    if (container && container.kind === node.kind && grouping.has(container.id)) heads.add(container.id);
  }
  for (const node of nodes) {
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    const list = columns.get(node.kind);
    const own = heads.has(node.id) ? index.nodeById.get(node.id) : undefined;
    const entry = { box, container: own ?? grouping.get(node.id) ?? null };
    if (list) list.push(entry);
    else columns.set(node.kind, [entry]);
  }
  const out: GroupOutline[] = [];
  for (const [kind, entries] of columns) {
    entries.sort((a, b) => a.box.y - b.box.y);
    let run: { box: NodeBox; container: MapNode | null }[] = [];
    const close = () => {
      const first = run[0];
      const last = run[run.length - 1];
      if (first?.container && last) {
        const width = first.box.width + 2 * S.inset;
        out.push({
          id: `group:${first.container.id}:${first.box.id}`,
          containerId: first.container.id,
          label: fitText(containerLabel(first.container), (width - 2 * S.labelX) / BOLD_FACTOR, S.labelFontSize),
          name: displayName(first.container),
          kind,
          memberIds: run.map((e) => e.box.id),
          x: first.box.x - S.inset,
          y: first.box.y - S.inset,
          width,
          height: last.box.y + last.box.height - first.box.y + 2 * S.inset,
        });
      }
      run = [];
    };
    for (const entry of entries) {
      if (run.length > 0 && run[0]?.container?.id !== entry.container?.id) close();
      run.push(entry);
    }
    close();
  }
  return out;
}

/**
 * Whether an outline fades with a focus: when a node is focused, an outline none of whose members is on its
 * chains fades with them, as the nodes and links off the chains do (the map, the SVG and every page alike).
 */
export function outlineFaded(outline: Pick<GroupOutline, 'memberIds'>, chains: { nodes: ReadonlySet<string> } | null) {
  return chains !== null && !outline.memberIds.some((id) => chains.nodes.has(id));
}
