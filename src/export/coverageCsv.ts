/** The coverage table as CSV (RFC 4180, formula-guarded cells: see `csvCell`), one row per node of the column. */
import { csvCell } from './csv';
import { countAll, type Coverage } from '../model/coverage';
import { displayTitle } from '../model/graph';
import { BASES } from '../model/vocabulary';

export function coverageCsv(coverage: Coverage): string {
  const header = ['Code', 'Title', 'Periods', 'Region'];
  for (const kind of coverage.columns) for (const basis of BASES) header.push(`${kind.plural}: ${basis}`);
  header.push('All contributors', 'Gap (no contributor)');
  const lines = [header];
  for (const row of coverage.rows) {
    const cells: (string | number)[] = [
      row.node.code ?? '',
      displayTitle(row.node),
      [...row.node.periods].sort().join('; '),
      row.node.region ?? 'global',
    ];
    for (const kind of coverage.columns) {
      const counts = row.byKind.get(kind.id);
      for (const basis of BASES) cells.push(counts?.[basis] ?? 0);
    }
    const all = countAll(row.total);
    cells.push(all, all === 0 ? 'yes' : '');
    lines.push(cells.map(String));
  }
  return lines.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
