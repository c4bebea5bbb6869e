/**
 * The production build under a strict Content-Security-Policy, as a static host would send it (README, "Hosting"):
 * no inline script, no eval, workers from the same origin only. It must run without a single violation report; and
 * under a policy that blocks workers it must still draw the map, laid out on the page, with a notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launch } from './browser';
import { syntheticDataset } from '../../src/model/synthetic';

/** The policy the README recommends. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const NO_WORKERS = STRICT_CSP.replace("worker-src 'self'", "worker-src 'none'");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app with `policy` on every response, serving `dataset` as the built-in one; collects violations. */
async function openUnder(policy: string, dataset: string) {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.route('**/assets/itu*.json', (route) =>
    route.fulfill({
      body: dataset,
      contentType: 'application/json',
      headers: { 'content-security-policy': policy },
    }),
  );
  await page.goto(inject('baseURL'));
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  return { page, errors, violations };
}

// Over the worker threshold, so the layout goes to the worker.
const large = JSON.stringify(syntheticDataset({ nodes: 1_200, seed: 9 }));

describe('under a strict Content-Security-Policy', { timeout: 120_000 }, () => {
  it('runs with no violation report, the layout in its worker', async () => {
    const { page, errors, violations } = await openUnder(STRICT_CSP, large);
    await expect.poll(() => page.locator('[data-node-id]').count(), { timeout: 60_000 }).toBeGreaterThan(10);
    expect(await page.locator('.layout-notice').count()).toBe(0);
    // Open the table and come back: more code paths, still no report.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => page.locator('[data-node-id]').count(), { timeout: 60_000 }).toBeGreaterThan(10);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the map on the page, with a notice, when the policy blocks workers', async () => {
    const { page, errors, violations } = await openUnder(NO_WORKERS, large);
    await expect.poll(() => page.locator('[data-node-id]').count(), { timeout: 60_000 }).toBeGreaterThan(10);
    expect(await page.locator('.layout-notice').textContent()).toMatch(/this page lays the map out itself/);
    expect(await page.getByText(/Laying out/).count()).toBe(0);
    // The only report is the blocked worker itself.
    expect((await violations()).every((v) => v.startsWith('worker-src'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
