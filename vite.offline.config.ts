/**
 * The meeting-room copy: one self-contained HTML file (`dist/strategy-map.html`) with the app, its styles, the
 * layout worker and the built-in dataset inside, which opens from a USB stick or an email attachment with no
 * server and no network. `npm run build` writes it after the normal build, which it leaves as it is.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const OFFLINE_FILE = 'strategy-map.html';

/** Names the page `strategy-map.html` (beside the normal build's `index.html`) and carries the icon inside it. */
function offlinePage(): Plugin {
  return {
    name: 'strategy-map:offline-page',
    enforce: 'post',
    transformIndexHtml(html) {
      const icon = readFileSync(new URL('./public/favicon.svg', import.meta.url)).toString('base64');
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${icon}"`);
    },
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (!page) return;
      page.fileName = OFFLINE_FILE;
    },
  };
}

// The same app as vite.config.ts (React, relative base, ES2022), built into one file. The worker is a classic
// one: Chromium refuses module workers from blob URLs on a page opened from disk, but runs classic ones.
export default defineConfig({
  mode: 'offline',
  base: './',
  publicDir: false,
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true }), offlinePage()],
  worker: { format: 'iife' },
  resolve: {
    alias: [
      {
        // The worker comes from a blob URL inside the page instead of a file beside it.
        find: /^\.\/layoutWorker$/,
        replacement: fileURLToPath(new URL('./src/views/layoutWorker.inline.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: 'dist',
    emptyOutDir: false,
    // Everything inline, the dataset too (a `data:` URL, which `fetch` reads from `file://` as well).
    assetsInlineLimit: () => true,
  },
});
