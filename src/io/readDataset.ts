/**
 * The one reader of dataset files, for the app's *Open dataset…*, a dataset fetched by address, and both
 * command-line tools: bytes → size check → strict decoding (`decodeText`) → JSON with a located error → validation
 * (limits first, then schema and cross-references). Each step refuses with a plain, located message.
 */
import { parseJson } from './parseJson';
import { decodeText } from './decodeText';
import { validateDataset, type ValidationResult } from '../model/validate';
import { fileSizeProblem } from '../model/limits';

/** Reads a dataset file from its bytes. */
export function readDatasetBytes(bytes: Uint8Array): ValidationResult {
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) return { problems: [tooLarge] };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return {
      problems: [
        { severity: 'error', path: '(file)', message: decoded.message, line: decoded.line, column: decoded.column },
      ],
    };
  }
  return readDataset(decoded.text);
}

/** Reads a dataset from text already decoded (a leading byte-order mark is allowed). */
export function readDataset(text: string): ValidationResult {
  const tooLarge = fileSizeProblem(text.length);
  if (tooLarge) return { problems: [tooLarge] };
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) {
    return {
      problems: [
        {
          severity: 'error',
          path: '(file)',
          message: `not valid JSON: ${parsed.message}`,
          line: parsed.location.line,
          column: parsed.location.column,
        },
      ],
    };
  }
  return validateDataset(parsed.value);
}
