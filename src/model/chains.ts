/**
 * Upstream and downstream chains of a node, following what the links say rather than where the columns are: a
 * link's source contributes to (implements, belongs to, addresses) its target. Upstream is everything the node
 * contributes to, transitively (a Question -> its action line -> the programme -> the goal); downstream is
 * everything that contributes to it (a goal <- programmes <- regional initiatives ...). Columns need not agree
 * with link direction (thematic priorities implement programmes yet stand left of them), so the walk never
 * looks at columns.
 */
import { linkKey, type GraphIndex } from './graph';
import type { MapLink } from './schema';

export interface Chains {
  focus: string;
  upstream: ReadonlySet<string>;
  downstream: ReadonlySet<string>;
  /** Focus, upstream and downstream together. */
  nodes: ReadonlySet<string>;
  /** Keys (see `linkKey`) of the links along the chains. */
  links: ReadonlySet<string>;
}

/**
 * @param visible restrict the walk to these node ids (the filtered map); all nodes when omitted.
 * @param visibleLink restrict the walk to these links; all links when omitted.
 */
export function chainsOf(
  index: GraphIndex,
  focus: string,
  visible?: ReadonlySet<string>,
  visibleLink?: (link: MapLink) => boolean,
): Chains {
  const links = new Set<string>();
  const walk = (direction: 'up' | 'down'): Set<string> => {
    const seen = new Set<string>();
    const stack = [focus];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      const along = direction === 'up' ? index.outLinks.get(id) : index.inLinks.get(id);
      for (const link of along ?? []) {
        const other = direction === 'up' ? link.target : link.source;
        if (visible && !visible.has(other)) continue;
        if (visibleLink && !visibleLink(link)) continue;
        links.add(linkKey(link));
        if (other !== focus && !seen.has(other)) {
          seen.add(other);
          stack.push(other);
        }
      }
    }
    return seen;
  };
  const upstream = walk('up');
  const downstream = walk('down');
  const nodes = new Set<string>([focus, ...upstream, ...downstream]);
  return { focus, upstream, downstream, nodes, links };
}

/** Counts chain members by kind, in kind order: "3 programmes, 9 regional initiatives". */
export function summariseChains(index: GraphIndex, chains: Chains): string {
  const counts = new Map<string, number>();
  for (const id of chains.nodes) {
    if (id === chains.focus) continue;
    const node = index.nodeById.get(id);
    if (node) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  }
  const parts: string[] = [];
  for (const kind of index.dataset.kinds) {
    const n = counts.get(kind.id);
    if (n) parts.push(`${n} ${lowerInitial(n === 1 ? kind.singular : kind.plural)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no linked nodes';
}

/** "Regional initiatives" -> "regional initiatives", but "WTDC programmes" keeps its acronym. */
function lowerInitial(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
