/**
 * The choices of the coverage and matrix views that a link and a saved view carry, so a shared link reopens the
 * same table: the coverage column, whether it counts direct links or the whole chain, its sort; the matrix's row
 * and column kinds and whether it shows connections through the chain.
 */
import type { CoverageReach, CoverageSort } from './coverage';

export interface AnswersChoices {
  /** The column the coverage view lists (null: the programmes, else the dataset's second kind). */
  coverageKind: string | null;
  coverageReach: CoverageReach;
  coverageSort: CoverageSort;
  /** The sort's direction: counts ascending (gaps first) unless descending. */
  coverageDescending: boolean;
  /** The matrix's row and column kinds (null: a default pair from the dataset). */
  matrixRows: string | null;
  matrixColumns: string | null;
  /** The matrix shows connections through the chain as well as direct links. */
  matrixThroughChain: boolean;
}

export const DEFAULT_ANSWERS: AnswersChoices = {
  coverageKind: null,
  coverageReach: 'direct',
  coverageSort: { by: 'order' },
  coverageDescending: false,
  matrixRows: null,
  matrixColumns: null,
  matrixThroughChain: true,
};

export function sameSort(a: CoverageSort, b: CoverageSort): boolean {
  return a.by === b.by && (a.by !== 'kind' || (b.by === 'kind' && a.kind === b.kind));
}
