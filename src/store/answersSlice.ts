/**
 * What the answers views need beside the filters: how a focus walks its chains (direction, depth, related mode),
 * and the choices of the coverage and matrix views (which a link carries: `AnswersChoices`). View mode switching
 * itself goes through the view slice.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_CHAIN_OPTIONS, type ChainOptions } from '../model/chains';
import type { CoverageReach, CoverageSort } from '../model/coverage';
import { DEFAULT_ANSWERS, type AnswersChoices } from '../model/answersChoices';
import type { AppState } from './store';

export interface AnswersSlice extends AnswersChoices {
  chainOptions: ChainOptions;
  setChainOptions: (patch: Partial<ChainOptions>) => void;
  setCoverage: (patch: {
    kind?: string | null;
    reach?: CoverageReach;
    sort?: CoverageSort;
    descending?: boolean;
  }) => void;
  setMatrixKinds: (patch: { rows?: string | null; columns?: string | null; throughChain?: boolean }) => void;
}

/** The coverage and matrix choices in the store, from a view (a link, Back/Forward, a saved view). */
export const answersUpdates = {
  fromView: (answers: AnswersChoices | undefined): AnswersChoices => ({ ...DEFAULT_ANSWERS, ...answers }),
};

/** The coverage and matrix choices of the store, as a view holds them. */
export function answersOf(s: AnswersChoices): AnswersChoices {
  return {
    coverageKind: s.coverageKind,
    coverageReach: s.coverageReach,
    coverageSort: s.coverageSort,
    coverageDescending: s.coverageDescending,
    matrixRows: s.matrixRows,
    matrixColumns: s.matrixColumns,
    matrixThroughChain: s.matrixThroughChain,
  };
}

export const createAnswersSlice: StateCreator<AppState, [], [], AnswersSlice> = (set) => ({
  chainOptions: DEFAULT_CHAIN_OPTIONS,
  setChainOptions: (patch) => set((s) => ({ chainOptions: { ...s.chainOptions, ...patch } })),
  ...DEFAULT_ANSWERS,
  setCoverage: ({ kind, reach, sort, descending }) =>
    set((s) => ({
      coverageKind: kind === undefined ? s.coverageKind : kind,
      coverageReach: reach ?? s.coverageReach,
      coverageSort: sort ?? s.coverageSort,
      coverageDescending: descending ?? s.coverageDescending,
    })),
  setMatrixKinds: ({ rows, columns, throughChain }) =>
    set((s) => ({
      matrixRows: rows === undefined ? s.matrixRows : rows,
      matrixColumns: columns === undefined ? s.matrixColumns : columns,
      matrixThroughChain: throughChain ?? s.matrixThroughChain,
    })),
});
