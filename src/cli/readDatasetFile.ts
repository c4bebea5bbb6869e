/**
 * The command-line side of the one dataset reader: checks the file's size before reading it, then hands its bytes
 * to `readDatasetBytes`, exactly as the app does with a file the person opens.
 */
import { readFileSync, statSync } from 'node:fs';
import { readDatasetBytes } from '../io/readDataset';
import { fileSizeProblem } from '../model/limits';
import type { ValidationResult } from '../model/validate';

/** Exit codes of both command-line tools (documented in the README). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The dataset in `path`, or why it could not be read (a missing file, a folder, no permission). */
export function readDatasetFile(
  path: string,
): { read: true; result: ValidationResult; bytes: number } | { read: false; message: string } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    const tooLarge = fileSizeProblem(size);
    if (tooLarge) return { read: true, result: { problems: [tooLarge] }, bytes: size };
    bytes = readFileSync(path);
  } catch (e) {
    return {
      read: false,
      message: `${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    };
  }
  return { read: true, result: readDatasetBytes(bytes), bytes: bytes.length };
}
