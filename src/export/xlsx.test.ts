import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { exportXlsx } from './xlsx';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import { hostileDataset } from '../../test/export/xml';

describe('exportXlsx', () => {
  it('reads back as the same nodes, links and sources as the view, text kept as text', async () => {
    const d = hostileDataset();
    const evil = {
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'g2' ? { ...n, label: '=HYPERLINK("http://evil","x")' } : n)),
    };
    const visible = applyFilters(indexDataset(evil), {
      ...NO_FILTERS,
      kinds: ['goal', 'thematic-priority', 'programme'],
    });
    const blob = await exportXlsx({ dataset: evil, visible });
    const sheets = await readXlsxFile(await blob.arrayBuffer());
    expect(sheets.map((s) => s.sheet)).toEqual(['Nodes', 'Links', 'Sources']);
    const [nodes, links, sources] = sheets.map((s) => s.data as (string | null)[][]);
    expect(nodes?.[0]?.slice(0, 4)).toEqual(['ID', 'Kind', 'Code', 'Title']);
    expect(nodes?.slice(1).map((r) => r[0])).toEqual(visible.nodes.map((n) => n.id));
    expect(nodes?.slice(1).map((r) => r[3])).toEqual(visible.nodes.map((n) => n.label));
    expect(links?.[0]).toContain('Source title');
    const got = links
      ?.slice(1)
      .map((r) => `${r[0]}->${r[3]}:${r[7]}`)
      .sort();
    const want = visible.links.map((l) => `${l.source}->${l.target}:${l.basis}`).sort();
    expect(got).toEqual(want);
    expect(sources?.slice(1).map((r) => r[0])).toEqual(['doc']);
  });

  it('adds the matrix sheet when a matrix is shown', async () => {
    const d = hostileDataset();
    const blob = await exportXlsx({
      dataset: d,
      visible: d,
      matrix: { corner: 'Goal \\ Priority', columns: ['T1', 'T2'], rows: [{ header: 'G1', cells: [2, null] }] },
    });
    const sheets = await readXlsxFile(await blob.arrayBuffer());
    const matrix = sheets.find((s) => s.sheet === 'Matrix');
    expect(matrix?.data).toEqual([
      ['Goal \\ Priority', 'T1', 'T2'],
      ['G1', '2', null],
    ]);
  });
});
