/**
 * Screenshots of the production build after a few clicks:
 * `npx tsx test/e2e/shootSteps.ts out-dir WIDTHxHEIGHT [query] [step…]`, a step being `click:ROLE:NAME`
 * (e.g. `click:button:Table`), `key:KEY` or `wait:MS`; a screenshot is taken after the load and after each step.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const [outDir = '/tmp/shots', size = '1280x800', query = '', ...steps] = process.argv.slice(2);
const [width = 1280, height = 800] = size.split('x').map(Number);
mkdirSync(outDir, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${server.resolvedUrls?.local[0] ?? ''}${query}`);
  await page.getByTestId('app-ready').waitFor();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${outDir}/${size}-0.png` });
  let n = 0;
  for (const step of steps) {
    const [what, role, ...rest] = step.split(':');
    if (what === 'click')
      await page
        .getByRole(role as 'button', { name: rest.join(':') })
        .first()
        .click();
    if (what === 'key') await page.keyboard.press(role ?? 'Tab');
    if (what === 'wait') await page.waitForTimeout(Number(role));
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${outDir}/${size}-${++n}.png` });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('shots in', outDir);
