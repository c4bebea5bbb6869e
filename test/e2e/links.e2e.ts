/** The map's link layer: drawn, moved with the view during a gesture, drawn sharp (with dashes) after it, hoverable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './browser';
import { LINK_LAYER, linkLayer, linkLayerAtRest, linkPixels, pointOnALink } from './linkLayer';
import { THEMES } from '../../src/draw/look';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the link layer', () => {
  it('keeps its drawing while the map is dragged, and draws again, dashed, once the drag ends', async () => {
    const page = await openApp(browser, '?vp=0,0,1&v=1');
    const before = await linkLayerAtRest(page);
    expect(before.links).toBeGreaterThan(20);
    expect(before.dashed).toBeGreaterThan(0);
    expect(await linkPixels(page)).toBeGreaterThan(500);
    const transformBefore = await page.locator(LINK_LAYER).evaluate((c) => c.getBoundingClientRect().left);

    // Drag the empty background by 120 px to the right, in steps.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    const x = pane!.x + pane!.width / 2;
    const y = pane!.y + pane!.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(x + i * 20, y + i * 5);
    // Mid-gesture: the same drawing, moved with the view (not drawn again).
    const during = (await linkLayer(page))!;
    expect(during.draws).toBe(before.draws);
    const moved = await page.locator(LINK_LAYER).evaluate((c) => c.getBoundingClientRect().left);
    expect(moved - transformBefore).toBeCloseTo(120, 0);
    expect(await linkPixels(page)).toBeGreaterThan(500);
    await page.mouse.up();

    // After: drawn again for the new view, sharp and with its dashes.
    await expect.poll(async () => (await linkLayer(page))!.draws).toBeGreaterThan(before.draws);
    const after = (await linkLayer(page))!;
    expect(after.moving).toBe(false);
    expect(after.dashed).toBeGreaterThan(0);
    expect(after.links).toBeGreaterThan(20);
    expect(await linkPixels(page)).toBeGreaterThan(500);
    await page.close();
  });

  it('shows a link’s relation, basis and rationale when the pointer rests on it', async () => {
    const page = await openApp(browser, '?vp=0,0,1&v=1');
    await linkLayerAtRest(page);
    const point = await pointOnALink(page);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 3, point!.y);
    await page.mouse.move(point!.x, point!.y);
    const tip = page.getByTestId('link-tip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/ — (official|derived|proposed), (high|medium|low) confidence/);
    // The hovered link is drawn highlighted, on a layer of its own above the others.
    const hover = await page
      .locator('.map-links-hover')
      .evaluate(
        (c: HTMLCanvasElement) =>
          Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data).filter(
            (v, i) => i % 4 === 3 && v > 200,
          ).length,
      );
    expect(hover).toBeGreaterThan(20);
    // Moving off the link hides the tip.
    await page.mouse.move(point!.x, point!.y + 60);
    await page.mouse.move(5, 300);
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });

  it('draws a focused goal’s chains in the chain colour and fades the rest', async () => {
    const page = await openApp(browser);
    await expect.poll(async () => (await linkLayer(page))?.links ?? 0).toBeGreaterThan(20);
    expect(await linkPixels(page, THEMES.screen.chainLink)).toBe(0);
    await page.locator('[data-kind="goal"]').first().click();
    await expect.poll(async () => (await linkLayer(page))!.chain).toBeGreaterThan(0);
    const state = (await linkLayer(page))!;
    expect(state.faded).toBeGreaterThan(0);
    expect(await linkPixels(page, THEMES.screen.chainLink)).toBeGreaterThan(200);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await linkLayer(page))!.chain).toBe(0);
    expect(await linkPixels(page, THEMES.screen.chainLink)).toBe(0);
    await page.close();
  });
});
