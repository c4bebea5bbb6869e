/**
 * The architecture's fences are lint rules (eslint.config.js); these probes break each one, as a careless edit
 * would, and check that lint refuses them, so a fence cannot silently stop holding.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// `import/no-cycle` cannot follow a file that exists only in memory; every other rule runs as in `npm run lint`.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });

/** The rules that refuse `code` placed at `file` (a path under the repository). */
async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const PURE = ['model', 'layout', 'draw', 'export', 'io'];

describe('lint fences', () => {
  it('accepts a plain pure module (the probes below fail for what they break, not for being probes)', async () => {
    for (const folder of PURE) {
      expect(await refusals(`src/${folder}/probe.ts`, `export const twice = (n: number): number => 2 * n;\n`)).toEqual(
        [],
      );
    }
  });

  const pureProbes: Record<string, string> = {
    'a node: built-in': `import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n`,
    'a bare Node built-in (fs)': `import { readFileSync } from 'fs';\nexport const f = readFileSync;\n`,
    'a bare Node built-in (path)': `import path from 'path';\nexport const p = path;\n`,
    process: `export const env = process.env;\n`,
    Buffer: `export const b = Buffer.from('x');\n`,
    document: `export const t = () => document.title;\n`,
    window: `export const w = () => window.innerWidth;\n`,
    localStorage: `export const s = () => localStorage.getItem('x');\n`,
    'a DOM class': `export const isEl = (x: unknown) => x instanceof HTMLElement;\n`,
    React: `import { useState } from 'react';\nexport const u = useState;\n`,
    'the store': `import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n`,
  };
  for (const folder of PURE) {
    for (const [what, code] of Object.entries(pureProbes)) {
      it(`refuses ${what} in src/${folder}`, async () => {
        expect(await refusals(`src/${folder}/probe.ts`, code)).not.toEqual([]);
      });
    }
  }

  it('lets the layout worker use its own globals', async () => {
    expect(await refusals('src/layout/probe.ts', `export const now = () => [performance.now(), self];\n`)).toEqual([]);
  });

  const shellProbes: [string, string, string][] = [
    ['src/flow/probe.ts', `import { MapView } from '../views/MapView';\nexport const v = MapView;\n`, 'flow → views'],
    ['src/store/probe.ts', `import { MapView } from '../views/MapView';\nexport const v = MapView;\n`, 'store → views'],
    ['src/store/probe.ts', `import { FlowMap } from '../flow/FlowMap';\nexport const v = FlowMap;\n`, 'store → flow'],
    ['src/store/probe.ts', `import { App } from '../app/App';\nexport const v = App;\n`, 'store → app'],
    ['src/views/probe.ts', `import { App } from '../app/App';\nexport const v = App;\n`, 'views → app'],
  ];
  for (const [file, code, arrow] of shellProbes) {
    it(`refuses the arrow ${arrow}`, async () => {
      expect((await refusals(file, code)).some((m) => m.startsWith('import/no-restricted-paths'))).toBe(true);
    });
  }

  it('allows the arrows that point the right way', async () => {
    expect(
      await refusals('src/views/probe.ts', `import { FlowMap } from '../flow/FlowMap';\nexport const v = FlowMap;\n`),
    ).toEqual([]);
    expect(
      await refusals(
        'src/flow/probe.ts',
        `import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n`,
      ),
    ).toEqual([]);
  });
});
