/**
 * What a page loads before it can draw: the JS and CSS its HTML references (scripts, stylesheets, module
 * preloads) and, transitively, the chunks those scripts import statically, gzipped (level 9) as a server would
 * send them. Dynamic imports, workers and fetched data are not initial; they are listed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageSizes {
  js: AssetSize[];
  css: AssetSize[];
  /** Files of the build the page does not load up front (worker, lazy chunks, data). */
  later: AssetSize[];
  jsGzip: number;
  cssGzip: number;
}

const sizeOf = (root: string, path: string): AssetSize => {
  const data = readFileSync(path);
  return { file: relative(root, path), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

/** Sizes for the page `html` (a path inside `root`, the build's output folder). */
export function pageSizes(root: string, html: string): PageSizes {
  const htmlPath = join(root, html);
  const text = readFileSync(htmlPath, 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of text.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const path = resolve(dirname(htmlPath), url);
    if (tag.startsWith('<script') || /rel="modulepreload"/.test(tag)) js.add(path);
    else if (/rel="stylesheet"/.test(tag)) css.add(path);
  }
  // Static imports of the initial chunks: `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"`.
  const queue = [...js];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const path = resolve(dirname(file), match[1] ?? '');
      if (!js.has(path)) {
        js.add(path);
        queue.push(path);
      }
    }
  }
  // CSS written inline in the page (the baseline's few rules) counts too.
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
  const initial = new Set([...js, ...css]);
  const later = readdirSync(join(root, 'assets'))
    .map((f) => resolve(root, 'assets', f))
    .filter((f) => !initial.has(f))
    .map((f) => sizeOf(root, f));
  const jsSizes = [...js].map((f) => sizeOf(root, f));
  const cssSizes = [...css].map((f) => sizeOf(root, f));
  if (inlineCss) {
    const data = Buffer.from(inlineCss);
    cssSizes.push({ file: `${html} <style>`, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
  const sum = (list: AssetSize[]) => list.reduce((s, a) => s + a.gzip, 0);
  return { js: jsSizes, css: cssSizes, later, jsGzip: sum(jsSizes), cssGzip: sum(cssSizes) };
}
