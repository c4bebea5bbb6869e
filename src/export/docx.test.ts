import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportDocx, DOCX_MARGIN } from './docx';
import { planPages } from './page/plan';
import { parsePage } from './page/pageSize';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import { hostileDataset } from '../../test/export/xml';

describe('exportDocx (WordprocessingML drawing structure)', () => {
  it('glues every connector to shapes of its canvas at connection points they have, as elbows, text 9 pt or more', async () => {
    const d = hostileDataset();
    const visible = applyFilters(indexDataset(d), NO_FILTERS);
    const page = parsePage('a4')!;
    const inner = { ...page, width: page.width - 2 * DOCX_MARGIN, height: page.height - 2 * DOCX_MARGIN };
    const plan = planPages({ dataset: d, visible, page: inner, focus: 'p1' });
    const bytes = await exportDocx({ dataset: d, pages: plan.pages, visible, page, margin: DOCX_MARGIN });
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    const canvases = [...xml.matchAll(/<wpc:wpc>.*?<\/wpc:wpc>/gs)].map((m) => m[0]);
    expect(canvases).toHaveLength(plan.pages.length);
    let connectors = 0;
    for (const canvas of canvases) {
      const shapes = new Map<string, number>();
      for (const m of canvas.matchAll(/<wps:wsp><wps:cNvPr id="(\d+)".*?<\/wps:wsp>/gs))
        shapes.set(m[1] ?? '', (/<a:cxnLst>(.*?)<\/a:cxnLst>/s.exec(m[0])?.[1] ?? '').split('<a:cxn ').length - 1);
      for (const m of canvas.matchAll(/<wps:cNvCnPr>(.*?)<\/wps:cNvCnPr>.*?<a:prstGeom prst="(\w+)"/gs)) {
        connectors++;
        expect(m[2]).toMatch(/^(bentConnector[2-5]|straightConnector1)$/);
        const ends = [...(m[1] ?? '').matchAll(/<a:(stCxn|endCxn) id="(\d+)" idx="(\d+)"\/>/g)];
        expect(ends.map((e) => e[1])).toEqual(['stCxn', 'endCxn']);
        for (const e of ends) {
          const sites = shapes.get(e[2] ?? '');
          expect(sites, `${e[1]} names a shape of the canvas`).toBeDefined();
          expect(Number(e[3])).toBeLessThan(sites ?? 0);
        }
      }
    }
    expect(connectors).toBe(plan.pages.reduce((n, p) => n + p.links.length, 0));
    // Text in the drawings: half-points, at least 9 pt.
    for (const canvas of canvases)
      for (const m of canvas.matchAll(/<w:sz w:val="(\d+)"\/>/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(18);
  });
});
