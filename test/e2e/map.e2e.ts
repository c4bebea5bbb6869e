import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser';
import { linkLayer, linkLayerAtRest, linkPixels } from './linkLayer';
import { THEMES } from '../../src/draw/look';
import { syntheticDataset } from '../../src/model/synthetic';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The map node that has the keyboard focus, once one has it (an off-screen node gets it when the camera brings
 * it into view, so the focus may rest on the map itself for a few frames). */
const activeNode = async (page: Page) => {
  await page
    .waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.nodeId !== undefined, null, {
      timeout: 3000,
    })
    .catch(() => undefined);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.dataset.nodeId ?? null, kind: el?.dataset.kind ?? null };
  });
};

describe('the map', () => {
  it('highlights a goal’s chains on click, lists its links, and clears on Escape', async () => {
    const page = await openApp(browser);
    const goal = page.locator('[data-kind="goal"]').first();
    const goalId = await goal.getAttribute('data-node-id');
    await goal.click();
    await expect.poll(() => goal.getAttribute('aria-current')).toBe('true');
    // Its downstream chain is highlighted and the rest fades.
    expect(await page.locator('.mnode-chain').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await linkLayer(page))?.chain ?? 0).toBeGreaterThan(0);
    expect(await linkPixels(page, THEMES.screen.chainLink)).toBeGreaterThan(0);
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBeTruthy();
    const linked = await panel.getByRole('heading', { name: /^Linked \(\d+\)$/ }).textContent();
    expect(Number(/\d+/.exec(linked ?? '')?.[0])).toBeGreaterThan(0);
    expect(await page.getByTestId('announcer').textContent()).toMatch(/: \d+ /);
    // A linked node's button moves the focus there.
    const firstLinked = panel.locator('.detail-group button').first();
    await firstLinked.click();
    await expect.poll(() => page.locator('[aria-current="true"]').getAttribute('data-node-id')).not.toBe(goalId);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[aria-current="true"]').count()).toBe(0);
    expect(await page.locator('.mnode-faded').count()).toBe(0);
    expect(await page.getByRole('complementary').count()).toBe(0);
    await page.close();
  });

  it('can be walked by keyboard alone from a goal to a Question', async () => {
    const page = await openApp(browser);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('map-wrap'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');
    await page.keyboard.press('Home');
    await expect.poll(async () => (await activeNode(page)).kind).toBe('goal');
    // Depth-first along links with arrow keys only: Right goes deeper, Down tries the next sibling, Left goes
    // back exactly where it came from.
    const press = (key: string) => page.keyboard.press(key);
    let presses = 0;
    const walk = async (depth: number): Promise<boolean> => {
      const here = await activeNode(page);
      if (here.kind === 'study-question') return true;
      if (depth > 8 || presses > 400) return false;
      await press('ArrowRight');
      presses++;
      const first = await activeNode(page);
      if (first.id === here.id) return false;
      for (let sibling = 0; sibling < 60; sibling++) {
        if (await walk(depth + 1)) return true;
        await press('ArrowDown');
        presses++;
        if ((await activeNode(page)).id === first.id) break;
      }
      await press('ArrowLeft');
      presses++;
      expect((await activeNode(page)).id).toBe(here.id);
      return false;
    };
    const reached = await walk(0);
    expect(reached).toBe(true);
    const question = await activeNode(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[aria-current="true"]').getAttribute('data-node-id')).toBe(question.id);
    expect(await page.getByTestId('announcer').textContent()).toMatch(/^Study Question/);
    await page.close();
  });

  it('selects the same node from the table and back', async () => {
    const page = await openApp(browser);
    await page.getByRole('button', { name: 'Table' }).click();
    const row = page.locator('tbody tr[data-node-id]').nth(3);
    const id = await row.getAttribute('data-node-id');
    await row.locator('.row-select').click();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => page.locator('[aria-current="true"]').getAttribute('data-node-id')).toBe(id);
    // Focus on the map shows in the table.
    const other = page.locator('[data-kind="goal"]').last();
    const otherId = await other.getAttribute('data-node-id');
    await other.click();
    await page.getByRole('button', { name: 'Table' }).click();
    await expect
      .poll(() => page.locator(`tbody tr[data-node-id="${otherId}"]`).getAttribute('aria-selected'))
      .toBe('true');
    await page.close();
  });

  it('zoomed out as far as nodes are simplified: links solid, basis by lightness, small maps keep node elements', async () => {
    const near = await openApp(browser, '?vp=0,0,1&v=1');
    const nearDrawn = await linkLayerAtRest(near);
    expect(nearDrawn.dashed).toBeGreaterThan(0);
    expect(await near.locator('.mnode-simple').count()).toBe(0);
    await near.close();
    const far = await openApp(browser, '?vp=0,0,0.3&v=1');
    await expect.poll(() => far.locator('.mnode-simple').count()).toBeGreaterThan(0);
    const drawn = await linkLayerAtRest(far);
    expect(drawn.dashed).toBe(0);
    // Under a hundred nodes in view: each stays an element (a button a click and a screen reader find).
    expect(drawn.nodes).toBe(0);
    expect(await linkPixels(far)).toBeGreaterThan(100);
    // The legend says so.
    await far.getByText('Legend').click();
    await far.getByText(/drawn lighter instead of dashed/).waitFor();
    await far.close();
  });

  it('zoomed out on a big map, paints the nodes with the links, each still named on hover and focused by a click', async () => {
    const big = JSON.stringify(syntheticDataset({ nodes: 2000, seed: 7 }));
    const near = await openApp(browser, '?vp=0,0,1&v=1', undefined, big);
    await linkLayerAtRest(near);
    // Where a node sits on the map: at this camera (no pan, zoom 1) its place in the map is its place on screen.
    const first = near.locator('.react-flow__node-map').first();
    const id = await first.locator('.mnode').getAttribute('data-node-id');
    const label = await first.locator('.mnode').getAttribute('aria-label');
    const origin = await near.locator('.react-flow').boundingBox();
    const box = await first.boundingBox();
    if (!origin || !box || !id || !label) throw new Error('no node on the map');
    const centre = { x: box.x - origin.x + box.width / 2, y: box.y - origin.y + box.height / 2 };
    await near.close();

    const zoom = 0.15;
    const far = await openApp(browser, `?vp=0,0,${zoom}&v=1`, undefined, big);
    const drawn = await linkLayerAtRest(far);
    expect(drawn.dashed).toBe(0);
    expect(drawn.nodes).toBeGreaterThan(200);
    // The nodes are on the canvas, not in the page: no element per node while zoomed out.
    await expect.poll(() => far.locator('.react-flow__node-map').count()).toBe(0);
    const farOrigin = await far.locator('.react-flow').boundingBox();
    if (!farOrigin) throw new Error('no map');
    const at = { x: farOrigin.x + centre.x * zoom, y: farOrigin.y + centre.y * zoom };
    await far.mouse.move(at.x, at.y);
    const title = label.slice(label.indexOf(': ') + 2);
    await expect.poll(() => far.getByTestId('node-tip').textContent()).toContain(title);
    await far.mouse.click(at.x, at.y);
    await expect.poll(() => far.locator('[aria-current="true"]').getAttribute('data-node-id')).toBe(id);
    await far.close();

    // Focus fades what is off its chains, on the canvas too (a link to a focused node, zoomed out).
    const focused = await openApp(browser, `?f=${id}&vp=0,0,${zoom}&v=1`, undefined, big);
    const faded = await linkLayerAtRest(focused);
    expect(faded.nodes).toBeGreaterThan(200);
    expect(faded.fadedNodes).toBeGreaterThan(0);
    expect(faded.fadedNodes).toBeLessThan(faded.nodes);
    await focused.close();
  });
});
