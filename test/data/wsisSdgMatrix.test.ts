/**
 * The acid test of the matrix view: from the built-in data, WSIS action lines (and the C7 sub-lines) × the 17
 * SDGs reproduce the WSIS–SDG Matrix. The expected counts were derived by hand from the research notes
 * (../shared/reference/gapfill.yaml, `wsis_sdg_matrix`: the `sdgs` list of each action line, the cells
 * `sdgs.json` adds, and the `sdgs_disputed` cells) and are pinned here, so the test does not read that folder.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/io/readDataset';
import { indexDataset } from '../../src/model/graph';
import { matrixOf } from '../../src/model/matrix';
import type { Dataset } from '../../src/model/schema';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataset = readDataset(readFileSync(join(repo, 'data', 'itu.json'), 'utf8')).dataset as Dataset;

/** Per action line: SDGs cited by the matrix (actions.json reading plus the cells sdgs.json adds). */
const EXPECTED_ROWS: Record<string, number> = {
  C1: 6,
  C2: 4,
  C3: 17, // 16 + SDG4 (disputed, sdgs.json only)
  C4: 12, // 11 + SDG8 (disputed, sdgs.json only)
  C5: 9,
  C6: 9,
  C7: 0, // the parent line: the matrix maps its eight sub-lines
  'E-government': 3,
  'E-business': 6,
  'E-learning': 1,
  'E-health': 5,
  'E-employment': 5,
  'E-environment': 5,
  'E-agriculture': 10,
  'E-science': 8,
  C8: 8, // 7 + SDG5 (disputed, sdgs.json only)
  C9: 4,
  C10: 13,
  C11: 1,
};

/** Per SDG, from summary_by_sdg (disputed cells included). */
const EXPECTED_COLUMNS = [10, 8, 6, 10, 11, 4, 3, 10, 11, 5, 7, 7, 6, 4, 3, 8, 13];

/** The six disputed cells: C2–SDG8, C3–SDG4, C4–SDG8, C8–SDG5, C8–SDG9, C9–SDG5. */
const DISPUTED = ['C2×SDG 8', 'C3×SDG 4', 'C4×SDG 8', 'C8×SDG 5', 'C8×SDG 9', 'C9×SDG 5'];

describe('WSIS–SDG matrix from the built-in data', () => {
  const m = matrixOf(indexDataset(dataset), 'wsis-action-line', 'sdg', { throughChain: false });
  if (!m) throw new Error('no matrix');
  const rowName = (i: number) => m.rows[i]?.code ?? m.rows[i]?.label ?? '?';

  it('has every action line and C7 sub-line against the 17 SDGs', () => {
    expect(m.rows.map((_, i) => rowName(i)).sort()).toEqual(Object.keys(EXPECTED_ROWS).sort());
    expect(m.columns.map((n) => n.code)).toEqual(Array.from({ length: 17 }, (_, i) => `SDG ${i + 1}`));
  });

  it('has the reference counts per action line, per SDG and in all', () => {
    const rows = Object.fromEntries(m.rowCounts.map((c, i) => [rowName(i), c.direct]));
    expect(rows).toEqual(EXPECTED_ROWS);
    expect(m.columnCounts.map((c) => c.direct)).toEqual(EXPECTED_COLUMNS);
    expect(m.total.direct).toBe(126);
  });

  it('marks exactly the disputed cells', () => {
    const marked: string[] = [];
    m.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell?.type === 'direct' && cell.uncertain) marked.push(`${rowName(r)}×${m.columns[c]?.code ?? ''}`);
      }),
    );
    expect(marked.sort()).toEqual(DISPUTED);
    expect(m.total.uncertain).toBe(6);
  });
});
