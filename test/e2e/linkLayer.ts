/** Reading the map's link layer (one canvas for all links) as a user sees it: its pixels and what it last drew. */
import type { Page } from 'playwright-core';

export const LINK_LAYER = '[data-testid="map-links"]';

export interface LinkLayerState {
  /** Links, chain links, faded and dashed links in the last drawing (the canvas's data attributes). */
  links: number;
  chain: number;
  faded: number;
  dashed: number;
  draws: number;
  moving: boolean;
  /** Nodes painted on the canvas (zoomed out), with their codes written, faded and search matches. */
  nodes: number;
  nodeTexts: number;
  fadedNodes: number;
  matchedNodes: number;
}

export function linkLayer(page: Page): Promise<LinkLayerState | null> {
  return page.evaluate((selector) => {
    const c = document.querySelector<HTMLCanvasElement>(selector);
    if (!c) return null;
    const n = (v: string | undefined) => Number(v ?? 'NaN');
    return {
      links: n(c.dataset.links),
      chain: n(c.dataset.chainLinks),
      faded: n(c.dataset.fadedLinks),
      dashed: n(c.dataset.dashedLinks),
      draws: n(c.dataset.draws),
      moving: c.dataset.moving === 'true',
      nodes: n(c.dataset.nodes),
      nodeTexts: n(c.dataset.nodeTexts),
      fadedNodes: n(c.dataset.fadedNodes),
      matchedNodes: n(c.dataset.matchedNodes),
    };
  }, LINK_LAYER);
}

/**
 * Opaque pixels painted on the link layer, those of `colour` (#rrggbb, within a small tolerance) when given. The
 * pixels are the canvas's own, so this counts what is drawn, not what the DOM says.
 */
export function linkPixels(page: Page, colour?: string): Promise<number> {
  return page.evaluate(
    ([selector, hex]) => {
      const c = document.querySelector<HTMLCanvasElement>(selector);
      const ctx = c?.getContext('2d');
      if (!c || !ctx) return -1;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const want = hex ? [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) : null;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] as number) < 200) continue;
        if (!want) count++;
        else if (
          Math.abs((data[i] as number) - (want[0] as number)) +
            Math.abs((data[i + 1] as number) - (want[1] as number)) +
            Math.abs((data[i + 2] as number) - (want[2] as number)) <
          24
        )
          count++;
      }
      return count;
    },
    [LINK_LAYER, colour ?? ''] as const,
  );
}

/**
 * A point on screen where a link is drawn and nothing covers it (the map's background is what the pointer would
 * hit there), found from the canvas's pixels; null when there is none.
 */
export function pointOnALink(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate((selector) => {
    const c = document.querySelector<HTMLCanvasElement>(selector);
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return null;
    const rect = c.getBoundingClientRect();
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const sx = rect.width / c.width;
    const sy = rect.height / c.height;
    for (let y = 0; y < c.height; y += 3)
      for (let x = 0; x < c.width; x += 3) {
        if ((data[(y * c.width + x) * 4 + 3] as number) < 200) continue;
        const px = rect.left + x * sx;
        const py = rect.top + y * sy;
        if (px < 0 || py < 0 || px > window.innerWidth || py > window.innerHeight) continue;
        if (document.elementFromPoint(px, py)?.classList.contains('react-flow__pane')) return { x: px, y: py };
      }
    return null;
  }, LINK_LAYER);
}

/** Waits until the link layer has drawn for a view at rest and stopped drawing again (at most about 8 s). */
export async function linkLayerAtRest(page: Page): Promise<LinkLayerState> {
  let last: LinkLayerState | null = null;
  for (let i = 0; i < 20; i++) {
    const now = await linkLayer(page);
    if (now && last && now.draws === last.draws && !now.moving && now.links > 0) return now;
    last = now;
    await page.waitForTimeout(400);
  }
  throw new Error(`the link layer did not come to rest: ${JSON.stringify(last)}`);
}
