/**
 * Bring your own mapping, end to end in the production build: import a chain table through the mapping step,
 * edit a link, undo, redo, reload and find the edit, kill the page mid-edit and find nothing lost; a link with
 * the dataset opens the same map in a new context.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const profile = mkdtempSync(join(tmpdir(), 'strategy-map-owndata-'));
const SHOTS = process.env.SHOTS_DIR;
const chain = readFileSync('test/fixtures/import/chain.csv');

/** A browser with a profile on disk, so IndexedDB outlives a closed browser, as it does for people. */
async function openBrowser(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(inject('baseURL'));
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  return { context, page };
}

const changesButton = (page: Page) =>
  page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: /^Changes/ });

let context: BrowserContext | null = null;
afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('own data', () => {
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openBrowser());
  });

  it('imports a chain table after showing the columns, the guesses and a preview', async () => {
    await page.getByTestId('dataset-file').setInputFiles({ name: 'chain.csv', mimeType: 'text/csv', buffer: chain });
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    expect(await dialog.getByLabel('Meaning of column ‘Programme’').inputValue()).toBe('chain');
    expect(await dialog.getByLabel('Kind of the items in column ‘Question’').inputValue()).toBe('study-question');
    expect(await dialog.getByTestId('import-counts').textContent()).toMatch(/^15 items, 14 links/);
    expect(await dialog.getByTestId('import-problems').textContent()).toContain(
      "row 6, column 'Thematic priority': empty, the chain stops here",
    );
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'import-dialog.png') });
    // Nothing replaced yet.
    expect(await page.locator('.dataset-title').textContent()).toContain('ITU');
    await dialog.getByRole('button', { name: 'Replace the map' }).click();
    await expect.poll(() => page.locator('[data-node-id="programme-affordable-connectivity"]').count()).toBe(1);
    expect(await page.getByTestId('work-copy').textContent()).toContain('chain.csv');
  });

  it('edits a link, undoes and redoes it', async () => {
    await page.locator('[data-node-id="regional-initiative-afr2"]').click();
    await page.getByRole('button', { name: 'Links of AFR2…' }).click();
    const list = page.getByTestId('links-of');
    await list.getByRole('button', { name: /^Edit link AFR2 → Affordable connectivity/ }).click();
    const form = page.getByTestId('link-form');
    await form.getByLabel('Basis').selectOption('derived');
    await form.getByLabel(/^Note/).fill('');
    expect(await form.getByTestId('form-errors').textContent()).toContain('a derived link needs a note');
    expect(await form.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await form.getByLabel(/^Note/).fill('AFR2 is carried out under this programme (edited in the test).');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => changesButton(page).textContent()).toBe('Changes (1)');
    await page.keyboard.press('Control+z');
    await expect.poll(() => changesButton(page).textContent()).toBe('Changes (0)');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => changesButton(page).textContent()).toBe('Changes (1)');
  });

  it('finds the edit after a reload, in the changes list', async () => {
    await page.reload();
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    const offer = page.getByRole('region', { name: 'Your last working copy' });
    await offer.getByRole('button', { name: 'Open working copy' }).click();
    await expect.poll(() => changesButton(page).textContent()).toBe('Changes (1)');
    await changesButton(page).click();
    const changes = page.getByTestId('changes');
    expect(await changes.textContent()).toContain('basis: proposed → derived');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'changes.png') });
    await changes.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('loses nothing when the browser is closed right after an edit', async () => {
    await page.getByRole('button', { name: 'Add item…' }).click();
    const form = page.getByTestId('node-form');
    await form.getByLabel('Kind').selectOption('regional-initiative');
    await form.getByLabel('Code').fill('ARB5');
    await form.getByLabel('Title').fill('Added just before the crash');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    // Closed at once: no beforeunload, no waiting for anything.
    await context!.close();
    context = null;
    ({ context, page } = await openBrowser());
    await page
      .getByRole('region', { name: 'Your last working copy' })
      .getByRole('button', { name: 'Open working copy' })
      .click();
    await expect.poll(() => changesButton(page).textContent()).toBe('Changes (2)');
    expect(await page.locator('[data-node-id="regional-initiative-arb5"]').count()).toBe(1);
  });

  it('shares the map in a link that opens the same map in a new context', async () => {
    await page.getByRole('button', { name: 'Share with data…' }).click();
    const link = await page.getByLabel('Link with the dataset').inputValue();
    expect(link).toContain('#data=');
    const other = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    try {
      const fresh = await other.newPage();
      await fresh.goto(link);
      await fresh.getByTestId('app-ready').waitFor({ state: 'attached' });
      await expect.poll(() => fresh.locator('[data-node-id="regional-initiative-arb5"]').count()).toBe(1);
      expect(await fresh.locator('.dataset-title').textContent()).toBe('chain');
    } finally {
      await other.close();
    }
  });
});
