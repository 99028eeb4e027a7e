import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export function chromiumMissingReason(): string | undefined {
  return existsSync(chromiumPath) ? undefined : `${chromiumPath} is absent (apt-get install chromium)`;
}

/** Chromium with everything that could reach the network turned off: the app must work offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
