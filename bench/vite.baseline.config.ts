/**
 * Build of the benchmark's own pages, apart from the app's build: the Cytoscape.js baseline
 * (`baseline/index.html`) and the layout probe (`probe/index.html`), into `bench/results/dist-baseline/` (ignored by git and ESLint).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: here('results/dist-baseline'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { baseline: here('baseline/index.html'), probe: here('probe/index.html') } },
  },
});
