/** The benchmark's datasets: seeded synthetic ones shaped like ours, and the built-in ITU dataset. */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/model/schema';
import { syntheticDataset } from '../src/model/synthetic';
import { shownByDefault } from './shown';

/** A synthetic size in nodes, or the built-in dataset. */
export type SizeKey = number | 'itu';

export const FULL_SIZES: SizeKey[] = [300, 1000, 2000, 5000, 10000, 'itu'];
export const QUICK_SIZES: SizeKey[] = [300, 1000];

export const sizeLabel = (size: SizeKey): string => (size === 'itu' ? 'built-in' : size.toLocaleString('en'));

/**
 * The dataset our app is given. Synthetic nodes carry no planning period here, so the app's default filter (the
 * current cycle) keeps them all and a size of N draws N nodes; the built-in dataset is used as shipped.
 */
export function datasetFor(size: SizeKey): Dataset {
  if (size === 'itu') return JSON.parse(readFileSync('data/itu.json', 'utf8')) as Dataset;
  const dataset = syntheticDataset({ nodes: size, seed: 1 });
  return { ...dataset, nodes: dataset.nodes.map((n) => ({ ...n, periods: [] })) };
}

/** What both pages draw: the part of `datasetFor(size)` our app shows when it opens (see `shownByDefault`). */
export const shownFor = (size: SizeKey): Dataset => shownByDefault(datasetFor(size));

export const parseSize = (text: string): SizeKey => (text === 'itu' ? 'itu' : Number(text));
