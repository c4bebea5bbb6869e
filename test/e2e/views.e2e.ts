/** Saved views: saved with a name and note, kept across reloads, listed, opened, and named by a link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launch, openApp } from './browser';
import { saveView, toolbarAction } from './toolbarActions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The built-in dataset's own saved views (data/facts/dataset.yaml), listed before any a planner saves. */
const BUILT_IN = ['What delivers Goal 2', 'Cybersecurity: action lines and Questions', 'Arab States', 'Coverage gaps'];

const focusedId = (page: Page) => page.locator('.map-wrap [aria-current="true"]').first().getAttribute('data-node-id');

describe('saved views', () => {
  it('saves two views, keeps them across a reload, lists them and opens each', async () => {
    const page = await openApp(browser, '', { width: 1280, height: 800 });
    const goal = page.locator('.map-wrap [data-kind="goal"]').first();
    const goalId = await goal.getAttribute('data-node-id');
    await goal.click();
    await expect.poll(() => focusedId(page)).toBe(goalId);
    await saveView(page, 'First goal', 'Where the plan starts');
    const programme = page.locator('.map-wrap [data-kind="programme"]').nth(1);
    const programmeId = await programme.getAttribute('data-node-id');
    await programme.click();
    await expect.poll(() => focusedId(page)).toBe(programmeId);
    await saveView(page, 'A programme');
    await expect.poll(() => page.title()).toBe('A programme — Strategy Map');

    await page.goto(inject('baseURL'));
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    await toolbarAction(page, /^Views/);
    const list = page.getByRole('list', { name: 'Saved views' });
    // After the built-in dataset's own views.
    await expect.poll(() => list.getByRole('listitem').count()).toBe(BUILT_IN.length + 2);
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      ...BUILT_IN.map((name) => expect.stringContaining(name)),
      expect.stringContaining('First goal'),
      expect.stringContaining('A programme'),
    ]);
    expect(await list.textContent()).toContain('Where the plan starts');

    await list.locator('.views-open', { hasText: 'First goal' }).click();
    await expect.poll(() => focusedId(page)).toBe(goalId);
    await expect.poll(() => page.title()).toBe('First goal — Strategy Map');
    // Reordered, renamed, deleted: the list follows.
    await list.getByRole('button', { name: 'Move A programme up' }).click();
    await expect.poll(() => list.getByRole('listitem').nth(BUILT_IN.length).textContent()).toContain('A programme');
    await list.getByRole('button', { name: 'Rename First goal' }).click();
    await list.getByLabel('New name for First goal').fill('Goal one');
    await list.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => list.textContent()).toContain('Goal one');
    await list.getByRole('button', { name: 'Delete Goal one' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(BUILT_IN.length + 1);
    await page.close();
  });

  it('opens the saved view a link names', async () => {
    const page = await openApp(browser, '', { width: 1280, height: 800 });
    const node = page.locator('.map-wrap [data-kind="programme"]').first();
    const id = await node.getAttribute('data-node-id');
    await node.click();
    await saveView(page, 'Linked view');
    await page.goto(`${inject('baseURL')}?view=linked-view`);
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    await expect.poll(() => focusedId(page)).toBe(id);
    expect(new URL(page.url()).searchParams.get('f')).toBe(id);
    await page.close();
  });

  it('lists the built-in dataset’s views and opens them: a focused chain, and the coverage table', async () => {
    const page = await openApp(browser, '', { width: 1024, height: 768 });
    await toolbarAction(page, /^Views/);
    const list = page.getByRole('list', { name: 'Saved views' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(BUILT_IN.length);
    expect(await list.textContent()).toContain("analysts' topic mappings");
    await list.locator('.views-open', { hasText: 'What delivers Goal 2' }).click();
    await expect.poll(() => focusedId(page)).toBe('sp24-goal-2');
    await expect.poll(() => page.title()).toBe('What delivers Goal 2 — Strategy Map');
    // Only what connects to Goal 2: Goal 1 is not drawn.
    expect(await page.locator('.map-wrap [data-node-id="sp24-goal-1"]').count()).toBe(0);

    // The list stays open beside the map.
    await list.locator('.views-open', { hasText: 'Coverage gaps' }).click();
    await expect.poll(() => page.title()).toBe('Coverage gaps — Strategy Map');
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('g');
    await expect.poll(() => page.getByRole('table').first().textContent()).toContain('C1');
    await page.close();
  });
});
