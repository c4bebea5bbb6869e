/** A problem found in a dataset, located by JSON path so a person can find and fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** JSON path such as `nodes[12].label`, or `(file)` for problems with the file as a whole. */
  path: string;
  message: string;
  /** 1-based position in the file, when known (JSON syntax errors). */
  line?: number;
  column?: number;
}

/** Formats a JSON path from zod-style segments: `['nodes', 3, 'id']` becomes `nodes[3].id`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

/** `file:path: message` (with line:column for syntax errors), as printed by the CLI. */
export function formatProblem(file: string, problem: Problem): string {
  const where = problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}` : problem.path;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${where}: ${tag}${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
