/** Links carry what is seen, not pixels: a view made on a large monitor shows the same content on a projector. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The node's box and the map's box on screen. */
async function placement(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const node = document.querySelector(`.map-wrap [data-node-id="${CSS.escape(nodeId)}"]`);
    const map = document.querySelector('.map-wrap');
    if (!node || !map) return null;
    const n = node.getBoundingClientRect();
    const m = map.getBoundingClientRect();
    return {
      inside: n.left >= m.left && n.top >= m.top && n.right <= m.right && n.bottom <= m.bottom,
      node: { left: n.left, top: n.top, right: n.right, bottom: n.bottom },
    };
  }, id);
}

describe('camera as content', () => {
  it('a link made at 1920×1080 opened at 1024×768 shows its focused node inside the viewport', async () => {
    const sender = await openApp(browser, '', { width: 1920, height: 1080 });
    // The node furthest right and down on the sender's screen: where a pixel viewport would leave it off a
    // 1024×768 screen.
    const id = await sender.evaluate(() => {
      const map = document.querySelector('.map-wrap')!.getBoundingClientRect();
      let best: { id: string; score: number } | null = null;
      for (const el of document.querySelectorAll<HTMLElement>('.map-wrap .mnode[data-node-id]')) {
        const r = el.getBoundingClientRect();
        if (r.left < map.left || r.right > map.right - 260 || r.top < map.top || r.bottom > map.bottom - 40) continue;
        const score = r.left + r.top;
        if (!best || score > best.score) best = { id: el.dataset.nodeId ?? '', score };
      }
      return best?.id ?? '';
    });
    const question = sender.locator(`.map-wrap [data-node-id="${id}"]`);
    await question.click();
    await expect.poll(() => question.getAttribute('aria-current')).toBe('true');
    // The map brings the focus into view and reports what it shows; the address bar then carries it.
    await expect.poll(() => sender.url(), { timeout: 5000 }).toMatch(/[?&]cam=-?\d+,-?\d+,\d+,\d+/);
    // The map has brought the focus into view (it centres it when the detail panel narrows the map). Pan the map so
    // the node sits in the lower right of this large screen, as a planner arranging the view would: dragged on
    // an empty spot of the map, which pans it.
    await expect.poll(async () => (await placement(sender, id))?.inside ?? false).toBe(true);
    await sender.waitForTimeout(600);
    const start = (await placement(sender, id))!;
    const grab = await sender.evaluate(() => {
      const map = document.querySelector('.map-wrap')!.getBoundingClientRect();
      for (let y = map.top + 60; y < map.bottom - 60; y += 23) {
        for (let x = map.left + 60; x < map.right - 60; x += 31) {
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return null;
    });
    expect(grab).not.toBeNull();
    const dx = 1300 - start.node.right;
    const dy = 900 - start.node.bottom;
    await sender.mouse.move(grab!.x, grab!.y);
    await sender.mouse.down();
    await sender.mouse.move(grab!.x + dx / 2, grab!.y + dy / 2, { steps: 5 });
    await sender.mouse.move(grab!.x + dx, grab!.y + dy, { steps: 5 });
    await sender.mouse.up();
    // Settled: the node stays where it is.
    let sent = (await placement(sender, id))!;
    await expect
      .poll(async () => {
        const before = sent;
        sent = (await placement(sender, id))!;
        return JSON.stringify(before) === JSON.stringify(sent);
      })
      .toBe(true);
    expect(sent.inside).toBe(true);
    // Off a 1024×768 screen, were the link in pixels.
    expect(sent.node.right > 1024 || sent.node.bottom > 768).toBe(true);
    await expect.poll(() => sender.url()).toMatch(/[?&]cam=/);
    const link = new URL(sender.url());
    await sender.close();

    const receiver = await openApp(browser, link.search, { width: 1024, height: 768 });
    await expect.poll(async () => (await placement(receiver, id))?.inside ?? false).toBe(true);
    expect(await receiver.locator(`[data-node-id="${id}"]`).getAttribute('aria-current')).toBe('true');
    await receiver.close();
  });

  it('still opens an old pixel-viewport link where it points', async () => {
    const page = await openApp(browser, '?vp=-300,-100,0.9&v=1', { width: 1024, height: 768 });
    await expect
      .poll(() => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform))
      .toMatch(/translate\(-300px, -100px\) scale\(0\.9\)/);
    await page.close();
  });
});
