// The tests' Chromium: Playwright's own switches kept, the address bar's pages left out.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { UNSHOWN_BROWSER_FEATURES } from '../../src-main/services/report/chromiumPdf';
import { chromiumMissingReason, launchChromium, openPage } from './support/launchChromium';

const skip = chromiumMissingReason();

/** The command lines of this process's children: the browser Playwright started. */
function childCommandLines(): string[][] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const parent = /^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return Number(parent) === process.pid ? [readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

describe('the Chromium the tests and benchmarks drive', { skip }, () => {
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => browser?.close());

  it('runs with one list of disabled features: Playwright’s and the address bar’s pages', () => {
    const browserLine = childCommandLines().find((line) => line.some((arg) => arg === '--remote-debugging-pipe'));
    assert.ok(browserLine, 'the browser is a child of this process');
    const lists = browserLine.filter((arg) => arg.startsWith('--disable-features='));
    assert.equal(lists.length, 1, lists.join(' '));
    const disabled = lists[0]!.slice('--disable-features='.length).split(',');
    // Two of Playwright's: HTTPS upgrades and paint holding, which change what and when pages load.
    for (const feature of ['HttpsUpgrades', 'PaintHolding', ...UNSHOWN_BROWSER_FEATURES]) {
      assert.ok(disabled.includes(feature), `${feature} disabled (${disabled.join(',')})`);
    }
  });

  it('loads no page of its own beside the one a test opens', async () => {
    const page = await openPage(browser);
    await page.goto('data:text/html,<p>قارن</p>');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    assert.deepEqual(
      targetInfos.map((target) => target.type),
      ['page'],
      JSON.stringify(targetInfos.map((target) => target.url)),
    );
    await page.close();
  });
});
