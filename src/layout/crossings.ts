/**
 * Counting edge crossings between two adjacent layers in O(E log V), after Barth, Jünger and Mutzel,
 * "Simple and efficient bilayer cross counting" (JGAA 8(2), 2004): sort edges by their upper end, then count
 * inversions among their lower ends with a Fenwick tree.
 */

/** Edges as pairs of positions [upper, lower]; returns the number of pairwise crossings. */
export function bilayerCrossings(edges: readonly (readonly [number, number])[], lowerSize: number): number {
  if (edges.length < 2) return 0;
  const sorted = [...edges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return inversions(
    sorted.map((e) => e[1]),
    lowerSize,
  );
}

/**
 * Crossings of edges already sorted by (upper, lower) position, given their lower positions in that order:
 * each edge crosses the earlier ones whose lower end is strictly below its own.
 */
export function inversions(lowers: ArrayLike<number>, lowerSize: number): number {
  const tree = new Int32Array(lowerSize + 1);
  let crossings = 0;
  for (let k = 0; k < lowers.length; k++) {
    const lower = lowers[k]!;
    let lessOrEqual = 0;
    for (let i = lower + 1; i > 0; i -= i & -i) lessOrEqual += tree[i]!;
    crossings += k - lessOrEqual;
    for (let i = lower + 1; i <= lowerSize; i += i & -i) tree[i]!++;
  }
  return crossings;
}
