import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { UNSHOWN_BROWSER_FEATURES } from '../../../src-main/services/report/chromiumPdf';

export const chromiumPath = '/usr/bin/chromium';
const joiningFeatureLists = join(import.meta.dirname, 'chromiumOneFeatureList.sh');

export function chromiumMissingReason(): string | undefined {
  return existsSync(chromiumPath) ? undefined : `${chromiumPath} is absent (apt-get install chromium)`;
}

/**
 * Chromium with everything that could reach the network turned off: the app must work offline. Nor
 * does it load the address bar's own pages, as a print does not: headless Chromium 156 loads them as
 * a tab first navigates, each in a renderer of its own, which took 0.6 s of a core during the app's
 * first page load on two cores, work that neither the app's window nor an open browser does then.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // Through a script that joins Playwright's --disable-features and these into one list (see it).
    executablePath: joiningFeatureLists,
    env: { ...process.env, QARIN_CHROMIUM_BINARY: chromiumPath },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-features=${UNSHOWN_BROWSER_FEATURES.join(',')}`,
    ],
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
