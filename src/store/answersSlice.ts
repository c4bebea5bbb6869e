/**
 * What the answers views need beside the filters: how a focus walks its chains (direction, depth, related mode),
 * and the choices of the coverage and matrix views. View mode switching itself goes through the view slice.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_CHAIN_OPTIONS, type ChainOptions } from '../model/chains';
import type { CoverageReach } from '../model/coverage';
import type { AppState } from './store';

export interface AnswersSlice {
  chainOptions: ChainOptions;
  setChainOptions: (patch: Partial<ChainOptions>) => void;
  /** The column the coverage view lists (null: the programmes, else the dataset's second kind). */
  coverageKind: string | null;
  coverageReach: CoverageReach;
  setCoverage: (patch: { kind?: string | null; reach?: CoverageReach }) => void;
  /** The matrix's row and column kinds (null: a default pair from the dataset). */
  matrixRows: string | null;
  matrixColumns: string | null;
  setMatrixKinds: (patch: { rows?: string | null; columns?: string | null }) => void;
}

export const createAnswersSlice: StateCreator<AppState, [], [], AnswersSlice> = (set) => ({
  chainOptions: DEFAULT_CHAIN_OPTIONS,
  setChainOptions: (patch) => set((s) => ({ chainOptions: { ...s.chainOptions, ...patch } })),
  coverageKind: null,
  coverageReach: 'direct',
  setCoverage: ({ kind, reach }) =>
    set((s) => ({ coverageKind: kind === undefined ? s.coverageKind : kind, coverageReach: reach ?? s.coverageReach })),
  matrixRows: null,
  matrixColumns: null,
  setMatrixKinds: ({ rows, columns }) =>
    set((s) => ({
      matrixRows: rows === undefined ? s.matrixRows : rows,
      matrixColumns: columns === undefined ? s.matrixColumns : columns,
    })),
});
