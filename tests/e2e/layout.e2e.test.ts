import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from './support/buildRenderer';
import { chromiumMissingReason, openPage } from './support/launchChromium';
import { startServedProject, type ServedProject } from './support/servedProject';
import type { ServedQarin } from './support/startQarinServe';

const skip = chromiumMissingReason();
const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e-layout');

interface Box {
  width: number;
  left: number;
}

describe('search from the first screen, and a layout that fits the window', { skip }, () => {
  let project: ServedProject;
  let served: ServedQarin;
  let browser: Browser;

  const boxOf = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element): Box => {
        const rect = element.getBoundingClientRect();
        return { width: rect.width, left: rect.left };
      });
  const overflowsWindow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth,
    );
  const searchFocused = (page: Page) =>
    page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'search-input');
  const firstResult = (page: Page) => page.locator('[data-testid=search-results] [role=option]').first();

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    // Each test opens a page of its own width; the helper's page stays blank.
    project = await startServedProject({ label: 'layout', goto: false });
    ({ served, browser } = project);
  });

  after(() => project?.close());

  for (const width of [1024, 1280, 1920]) {
    it(`searches from the top bar and fits ${width} px`, async () => {
      const page = await openPage(browser, { width, height: 800 });
      try {
        await page.goto(served.url);
        await page.locator('[data-testid=library-list] [role=option] .row-title').first().waitFor();
        // The first screen has the search field, and Ctrl+K reaches it.
        assert.equal(await page.getByRole('searchbox', { name: 'بحث', exact: true }).isVisible(), true);
        await page.keyboard.press('Control+k');
        await searchFocused(page);
        await page.keyboard.type('حفتر');
        await firstResult(page).waitFor();
        // No report is open: the results take the centre's room, not a side column.
        assert.ok(
          (await boxOf(page, '[data-testid=search-results]')).width > Math.min(width * 0.6, 900),
          'results use the width',
        );
        assert.equal(await overflowsWindow(page), false);
        await page.screenshot({ path: join(artifactsDir, `${width}-1-search.png`) });

        // The arrows and Enter in the top field move in the results and open one.
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.locator('[data-testid=reader-scroller] .para-text').first().waitFor();
        const reader = await boxOf(page, '[data-testid=reader-scroller]');
        assert.equal(await overflowsWindow(page), false, 'nothing runs past the window');
        if (width <= 1100) {
          assert.ok(reader.width > width * 0.85, `the reader comes first on a narrow window (${reader.width} px)`);
          assert.equal(await page.locator('.side-panel').isVisible(), false, 'the side panel folds away');
          await page.getByTestId('side-panel-toggle').click();
          assert.equal(await page.locator('.side-panel').isVisible(), true, 'and comes back on demand');
          await firstResult(page).click();
          assert.equal(await page.locator('.side-panel').isVisible(), false, 'opening a report folds it again');
        } else {
          assert.equal(await page.locator('.side-panel').isVisible(), true);
          assert.equal(await page.getByTestId('side-panel-toggle').count(), 0);
        }
        await page.screenshot({ path: join(artifactsDir, `${width}-2-report.png`) });

        // From the reader, Ctrl+K goes back to the corpus search.
        await page.locator('[data-testid=reader-scroller]').first().click();
        await page.keyboard.press('Control+k');
        await searchFocused(page);
      } finally {
        await page.close();
      }
    });
  }

  it('opens a report from the library with an empty find bar after a search that found nothing', async () => {
    const page = await openPage(browser, { width: 1440, height: 800 });
    try {
      await page.goto(served.url);
      await page.locator('[data-testid=library-list] [role=option] .row-title').first().waitFor();
      await page.keyboard.press('Control+k');
      await searchFocused(page);
      // An unclosed quote around a word no report has: the find bar must not inherit it.
      await page.keyboard.type('"ززززززز');
      await page.getByTestId('search-status').getByText('لا نتائج').waitFor();
      await page.getByTestId('side-tab-library').click();
      await page.locator('[data-testid=library-list] [role=option]').first().click();
      await page.locator('[data-testid=reader-scroller] .para-text').first().waitFor();
      assert.equal(await page.getByPlaceholder('ابحث في هذا التقرير').inputValue(), '');
    } finally {
      await page.close();
    }
  });
});

declare const document: {
  readonly documentElement: { readonly scrollWidth: number };
  readonly body: { readonly scrollWidth: number };
  readonly activeElement: { getAttribute(name: string): string | null } | null;
};
declare const window: { readonly innerWidth: number };
