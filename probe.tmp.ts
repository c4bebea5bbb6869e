import { preview } from 'vite';
import { launchChromium } from './test/e2e/chromium';
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const b = await launchChromium();
for (const [w, h] of [[1024, 768], [1920, 1080]] as const) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await p.goto(url);
  await p.locator('.mnode').first().waitFor();
  await p.locator('.map-wrap [data-kind="goal"]').nth(1).click();
  const act = async (name: string) => {
    const d = p.locator('.toolbar-actions > button').filter({ hasText: name });
    if (await d.isVisible()) return d.click();
    await p.getByRole('button', { name: /^More/ }).click();
    if (name === 'Save view…') await p.screenshot({ path: `/tmp/meetings/menu-${w}.png` });
    await p.getByRole('menuitem', { name: new RegExp('^' + name) }).click();
  };
  await act('Save view…');
  await p.getByRole('textbox', { name: 'Name' }).fill('Goal 2 for the council');
  await p.getByLabel(/^Note/).fill('The second goal and everything that delivers it.');
  await p.screenshot({ path: `/tmp/meetings/save-${w}.png` });
  await p.getByRole('button', { name: 'Save', exact: true }).click();
  await act('Views');
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/meetings/views-${w}.png` });
  console.log(w, await p.title());
}
await b.close();
await server.close();
