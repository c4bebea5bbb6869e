/** Toolbar steps shared by the e2e tests of saved views and presenting. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Clicks a toolbar action, through the More menu when the toolbar is folded. */
export async function toolbarAction(page: Page, name: string | RegExp) {
  const direct = page.locator('.toolbar-actions > button').filter({ hasText: name });
  if (await direct.isVisible()) return direct.click();
  await page.getByRole('button', { name: /^More/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name }).click();
}

export async function saveView(page: Page, name: string, note = '') {
  await toolbarAction(page, 'Save view…');
  const dialog = page.getByRole('dialog', { name: 'Save view' });
  await dialog.getByLabel('Name').fill(name);
  if (note) await dialog.getByLabel(/^Note/).fill(note);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}
