/**
 * Seeded synthetic datasets shaped like the ITU one (six kinds in columns, about 1.5 links per node, long
 * labels, some links that skip columns), for the benchmark and for scale tests. Same options, same dataset.
 */
import type { Dataset, Kind, MapLink, MapNode } from './schema';
import { ITU_KINDS } from './ituKinds';
import { seededRandom } from './random';

export { seededRandom };

export interface SyntheticOptions {
  /** Total number of nodes. */
  nodes: number;
  /** @default 1 */
  seed?: number;
  /** Average links per node. @default 1.5 */
  linksPerNode?: number;
}

/** The six core ITU kinds (the ones shown by default), as in the built-in dataset. */
export const SYNTHETIC_KINDS: Kind[] = ITU_KINDS.filter((k) => !('hidden' in k && k.hidden)).map((k) => ({ ...k }));

/** Share of nodes per kind, left to right. */
const SHARES = [0.01, 0.04, 0.1, 0.35, 0.15, 0.35];
const WORDS = (
  'digital inclusion connectivity broadband resilience cybersecurity capacity building emergency telecommunications ' +
  'spectrum management regulation affordable access infrastructure innovation ecosystems climate monitoring ' +
  'e-health e-government skills youth gender accessibility persons with disabilities rural remote communities ' +
  'small island developing states least developed countries partnerships investment data statistics'
).split(' ');
const REGIONS = ['Africa', 'Americas', 'Arab States', 'Asia-Pacific', 'CIS', 'Europe'];
const PERIODS = ['2020-2023', '2024-2027'];

export function syntheticDataset(options: SyntheticOptions): Dataset {
  const { nodes: total, seed = 1, linksPerNode = 1.5 } = options;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const label = () => {
    const words = 4 + Math.floor(random() * 10);
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(pick(WORDS));
    const text = out.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  const columns: MapNode[][] = SYNTHETIC_KINDS.map(() => []);
  const nodes: MapNode[] = [];
  SYNTHETIC_KINDS.forEach((kind, k) => {
    const count = Math.max(2, Math.round(total * (SHARES[k] ?? 0)));
    for (let i = 0; i < count && nodes.length < Math.max(total, 12); i++) {
      const node: MapNode = {
        id: `${kind.id}-${i + 1}`,
        kind: kind.id,
        code: `${kind.id.slice(0, 2).toUpperCase()}${i + 1}`,
        label: random() < 0.05 ? null : label(),
        description: `Synthetic ${kind.singular.toLowerCase()} number ${i + 1}.`,
        periods: [pick(PERIODS)],
        sources: [{ source: 'synthetic' }],
        confidence: pick(['high', 'medium', 'low'] as const),
      };
      if (kind.id === 'regional-initiative') node.region = pick(REGIONS);
      columns[k]?.push(node);
      nodes.push(node);
    }
  });

  const links: MapLink[] = [];
  const seen = new Set<string>();
  const target = Math.round(nodes.length * linksPerNode);
  // Every node below the first column links up once, so each reaches a goal; the rest are random.
  const linkUp = (node: MapNode, k: number) => {
    // Mostly to the neighbouring column; one in ten skips a column.
    const up = k >= 2 && random() < 0.1 ? k - 2 : k - 1;
    const parent = pick(columns[up] ?? []);
    const key = `${node.id}|${parent.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({
      source: node.id,
      target: parent.id,
      relation: 'contributes-to',
      basis: pick(['official', 'derived', 'proposed'] as const),
      sources: [{ source: 'synthetic' }],
      confidence: pick(['high', 'medium', 'low'] as const),
      note: 'Synthetic link.',
    });
  };
  columns.forEach((column, k) => {
    if (k > 0) for (const node of column) linkUp(node, k);
  });
  let guard = 0;
  while (links.length < target && guard++ < target * 4) {
    const k = 1 + Math.floor(random() * (columns.length - 1));
    linkUp(pick(columns[k] ?? []), k);
  }

  return {
    formatVersion: 1,
    meta: {
      title: `Synthetic map, ${nodes.length} nodes`,
      description: 'Seeded synthetic data shaped like the ITU dataset, for benchmarks.',
      version: String(seed),
      date: '2026-01-01',
      sources: [{ id: 'synthetic', title: 'Generated', url: 'https://example.org/synthetic' }],
    },
    kinds: SYNTHETIC_KINDS,
    nodes,
    links,
    views: [],
  };
}
