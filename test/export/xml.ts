/** Test helpers: a real XML parser for exported SVG (jsdom's DOMParser), and the tiny fixture. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Dataset } from '../../src/model/schema';

const { DOMParser } = new JSDOM().window;

/** Parses `svg` as XML; throws with the parser's message when it is not well-formed. */
export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  if (doc.documentElement.localName !== 'svg' || doc.documentElement.namespaceURI !== 'http://www.w3.org/2000/svg') {
    throw new Error(`root element is ${doc.documentElement.nodeName}, not an SVG <svg>`);
  }
  return doc;
}

/** The lines of a node's label as drawn: the text of each `<tspan>` of its `<text class="label">`. */
export function labelLinesOf(doc: Document, nodeId: string): string[] {
  const group = [...doc.querySelectorAll('g[data-node]')].find((g) => g.getAttribute('data-node') === nodeId);
  const text = group?.querySelector('text.label');
  if (!text) throw new Error(`no label for node ${nodeId}`);
  return [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
}

export function loadTiny(): Dataset {
  return JSON.parse(readFileSync(new URL('../fixtures/tiny.json', import.meta.url), 'utf8')) as Dataset;
}

/** The tiny fixture with labels no export may break: markup, quotes, right-to-left and CJK text, emoji. */
export function hostileDataset(): Dataset {
  const d = loadTiny();
  const labels: Record<string, string> = {
    g1: '<script>alert(1)</script>',
    g2: `A & B "quoted" 'single'`,
    tp1: 'الاتصالات',
    p1: '信息通信技术',
    ri1: 'Электросвязь',
    c5: 'Connectivity 📡🌍 for all 👩🏽‍💻 ]]> <![CDATA[x]]>',
  };
  return {
    ...d,
    meta: { ...d.meta, title: 'Hostile <labels> & "friends"' },
    nodes: d.nodes.map((n) => (labels[n.id] !== undefined ? { ...n, label: labels[n.id] as string } : n)),
  };
}
