/** Loading a dataset into the store: a refused file never replaces the dataset in use. */
import { readDataset, readDatasetBytes } from '../io/readDataset';
import { fileSizeProblem } from '../model/limits';
import type { ValidationResult } from '../model/validate';
import { useAppStore } from './store';

/** Validates `text` and, only when it has no errors, makes it the dataset in use. Returns whether it did. */
export function loadDatasetText(text: string, name: string): boolean {
  return applyResult(readDataset(text), name);
}

/**
 * Reads a file the person chose (*Open dataset…*) through the one reader, and uses it only when it has no
 * errors. A file over the size limit is refused from its size alone, before it is read into memory.
 */
export async function loadDatasetFile(file: Blob, name: string): Promise<boolean> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return applyResult({ problems: [tooLarge] }, name);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return applyResult({ problems: [{ severity: 'error', path: '(file)', message }] }, name);
  }
  return applyResult(readDatasetBytes(bytes), name);
}

function applyResult(result: ValidationResult, name: string): boolean {
  const { openDataset, failLoad } = useAppStore.getState();
  if (!result.dataset) {
    failLoad({ file: name, problems: result.problems });
    return false;
  }
  openDataset(result.dataset);
  return true;
}

/**
 * Fetches and loads a dataset by URL; network and HTTP failures are reported like invalid files. `before`: what
 * must be ready before the dataset opens (fetched meanwhile; it must not fail).
 */
export async function loadDatasetUrl(url: string, name: string, before?: Promise<void>): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const tooLarge = fileSizeProblem(Number(response.headers.get('content-length') ?? 0));
    if (tooLarge) return applyResult({ problems: [tooLarge] }, name);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    useAppStore.getState().failLoad({
      file: name,
      problems: [{ severity: 'error', path: '(file)', message: `could not be fetched: ${String(error)}` }],
    });
    return false;
  }
  const result = readDatasetBytes(bytes);
  await before;
  return applyResult(result, name);
}
