/** Turns the text of a dataset file into a validated dataset or a located list of problems. */
import { parseJson } from './parseJson';
import { validateDataset, type ValidationResult } from '../model/validate';

export function readDataset(text: string): ValidationResult {
  const parsed = parseJson(text);
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
