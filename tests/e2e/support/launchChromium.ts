import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(fn, "name")`
 * helper; functions handed to `page.evaluate` carry that call into the page, so define it there.
 */
export async function openPage(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  return page;
}
