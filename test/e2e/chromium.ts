/**
 * Debian's Chromium through playwright-core (never a downloaded browser), with the flags this machine needs:
 * no sandbox as root, and no background networking, whose connections the closed network refuses. Used by the
 * e2e tests, the screenshot tool and the benchmark.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** @param extraArgs flags added to `CHROMIUM_ARGS` (the benchmark turns off background throttling). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
