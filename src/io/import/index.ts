/**
 * Importing files as a dataset, in two steps so the user can check the guess: `prepareImport` reads the files
 * and guesses a plan (or reads our own JSON directly); `buildDataset` makes and validates the dataset from the
 * plan, possibly changed by the user. `importFiles` does both with the guessed plan (the CLIs, tests).
 */
import { readDatasetBytes } from '../readDataset';
import type { ValidationResult } from '../../model/validate';
import { buildDataset, type ImportContext, type ImportPlan, type ImportResult } from './build';
import { formatOf, guessPlan, readSheets, type InputFile } from './plan';
import type { ImportProblem } from './types';
import { ITU_KINDS } from '../../model/ituKinds';

export type Prepared =
  | { kind: 'json'; label: string; result: ValidationResult }
  | { kind: 'plan'; label: string; plan: ImportPlan }
  | { kind: 'failed'; label: string; problems: ImportProblem[] };

/** How a set of files is named in messages. */
export function labelOf(files: readonly InputFile[]): string {
  return files.map((f) => f.name).join(' + ');
}

/** Reads the files: one JSON file is read as a dataset; CSV and XLSX files give a plan to check. */
export async function prepareImport(files: readonly InputFile[], kinds: ImportContext['kinds']): Promise<Prepared> {
  const label = labelOf(files);
  if (files.length === 0)
    return { kind: 'failed', label, problems: [{ severity: 'error', message: 'no file chosen' }] };
  const json = files.filter((f) => formatOf(f) === 'json');
  if (json.length > 0) {
    if (files.length > 1) {
      return {
        kind: 'failed',
        label,
        problems: [{ severity: 'error', message: 'open a JSON dataset on its own, not together with other files' }],
      };
    }
    // The one dataset reader of the app and the CLIs: size limit, strict decoding, located JSON errors.
    return { kind: 'json', label, result: readDatasetBytes(new Uint8Array(json[0]!.bytes)) };
  }
  const { sheets, problems } = await readSheets(files);
  if (problems.some((p) => p.severity === 'error') && sheets.length === 0) return { kind: 'failed', label, problems };
  return { kind: 'plan', label, plan: guessPlan(label, sheets, kinds, problems) };
}

/** The kinds and sources an import matches against by default: the ITU preset. */
export function defaultContext(date = new Date()): ImportContext {
  return { kinds: ITU_KINDS, sources: [], date: date.toISOString().slice(0, 10) };
}

/** Reads and builds in one go, with the guessed plan. */
export async function importFiles(
  files: readonly InputFile[],
  ctx: ImportContext = defaultContext(),
): Promise<{ label: string; result: ValidationResult | ImportResult; plan?: ImportPlan }> {
  const prepared = await prepareImport(files, ctx.kinds);
  if (prepared.kind === 'json') return { label: prepared.label, result: prepared.result };
  if (prepared.kind === 'failed') {
    return {
      label: prepared.label,
      result: {
        problems: prepared.problems,
        defaults: [],
        counts: { nodes: 0, links: 0, kindsFromPreset: [], kindsCreated: [] },
      },
    };
  }
  return { label: prepared.label, plan: prepared.plan, result: buildDataset(prepared.plan, ctx) };
}

export { buildDataset };
export type { ImportContext, ImportPlan, ImportResult, InputFile, ImportProblem };
