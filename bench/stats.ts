/** Small statistics for the benchmark. */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile, `p` in 0–100. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/**
 * Runs `measure` up to `times` times, fewer once the repetitions have taken `budgetMs` (the slow baseline at
 * 5,000 nodes), and returns the results.
 */
export async function repeat<T>(times: number, budgetMs: number, measure: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  const started = Date.now();
  for (let i = 0; i < times; i++) {
    results.push(await measure(i));
    if (Date.now() - started > budgetMs) break;
  }
  return results;
}
