/**
 * Screenshots of the production build for looking at the UI as a user would:
 * `npx tsx test/e2e/shoot.ts out-dir [query] [width]x[height] [--click=node-id] [--table]`.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const [outDir = '/tmp/shots', query = '', size = '1280x800', ...flags] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
mkdirSync(outDir, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: width ?? 1280, height: height ?? 800 } });
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const synthetic = flags.find((f) => f.startsWith('--synthetic='));
if (synthetic) {
  const { syntheticDataset } = await import('../../src/model/synthetic');
  const body = JSON.stringify(syntheticDataset({ nodes: Number(synthetic.slice(12)), seed: 1 }));
  await page.route('**/assets/itu*.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
}
const started = Date.now();
await page.goto(`${url}${query}`);
await page.getByTestId('app-ready').waitFor();
await page.locator('.mnode').first().waitFor();
console.log('first node after', Date.now() - started, 'ms');
await page.waitForTimeout(800);
const name = `${width}x${height}`;
await page.screenshot({ path: `${outDir}/${name}.png` });
for (const flag of flags) {
  if (flag.startsWith('--click=')) {
    await page
      .locator(`[data-node-id="${flag.slice(8)}"]`)
      .first()
      .click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${outDir}/${name}-focus.png` });
  }
  if (flag === '--table') {
    await page.getByRole('button', { name: 'Table' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/${name}-table.png` });
  }
}
await browser.close();
await server.close();
console.log('shots in', outDir);
