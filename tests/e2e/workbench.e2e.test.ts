import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureRendererBuilt, repoRoot } from './support/buildRenderer';
import { chromiumMissingReason, launchChromium } from './support/launchChromium';
import { importWithCli, startQarinServe, type ServedQarin } from './support/startQarinServe';
import type { PageCss, PageDocument, PageGetComputedStyle } from './support/pageGlobals';

// Browser globals for the code run inside the page (see support/pageGlobals.ts).
declare const document: PageDocument;
declare const CSS: PageCss;
declare const getComputedStyle: PageGetComputedStyle;

const seedsDir = join(repoRoot, 'seeds');
const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e');
const skip = chromiumMissingReason();

/** The seed files that contain the name, found the plain way (as grep would), to check search against. */
function seedsContaining(word: string): string[] {
  return readdirSync(seedsDir)
    .filter((name) => readFileSync(join(seedsDir, name), 'utf8').includes(word))
    .sort();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

describe('workbench in the browser against the real qarin serve', { skip }, () => {
  let projectDir: string;
  let served: ServedQarin;
  let browser: Browser;
  let page: Page;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  /** Document id → seed file name, from the real library. */
  const seedOfId = new Map<string, string>();

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    ensureRendererBuilt();
    projectDir = mkdtempSync(join(tmpdir(), 'qarin-e2e-'));
    importWithCli(projectDir, [seedsDir]);
    served = await startQarinServe(projectDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(served.origin) && !url.startsWith('data:')) offOrigin.push(url);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(served.url);
  });

  after(async () => {
    await browser?.close();
    await served?.stop();
    if (projectDir) rmSync(projectDir, { recursive: true, force: true });
  });

  it('lists the five seed reports in the library', async () => {
    await page.locator('[data-testid=library-list] [role=option][data-document-id]').nth(4).waitFor();
    const ids = await page
      .locator('[data-testid=library-list] [role=option][data-document-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-document-id') ?? ''));
    assert.equal(ids.length, 5);

    const page0 = await fetch(`${served.origin}/api/call/library.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ limit: 100 }),
    }).then((response) => response.json() as Promise<{ result: { items: Array<{ id: string; path: string }> } }>);
    for (const item of page0.result.items) seedOfId.set(item.id, basename(item.path));
    assert.deepEqual([...seedOfId.values()].sort(), readdirSync(seedsDir).sort());
    assert.deepEqual(new Set(ids), new Set(seedOfId.keys()));
    await page.evaluate(() => document.fonts.ready);
    await shot(page, '01-library-ar-light');
  });

  it('finds exactly the reports that name حفتر, with the hits marked in the snippets', async () => {
    const expected = seedsContaining('حفتر');
    assert.equal(expected.length, 3, 'the seeds name Haftar in three reports');

    await page.getByRole('tab', { name: 'البحث' }).click();
    const box = page.getByRole('searchbox', { name: 'بحث', exact: true });
    await box.fill('حفتر');
    const results = page.locator('[data-testid=search-results][data-query="حفتر"] [role=option]');
    await results.first().waitFor();
    const ids = await results.evaluateAll((items) => items.map((item) => item.getAttribute('data-document-id') ?? ''));
    assert.deepEqual(ids.map((id) => seedOfId.get(id)).sort(), expected);

    const marks = await page.locator('[data-testid=search-results] mark').allTextContents();
    assert.ok(marks.length > 0, 'snippets mark the hits');
    for (const mark of marks) assert.match(mark, /حفتر/);
    assert.match((await page.getByTestId('search-status').textContent()) ?? '', /3/);
    await shot(page, '02-search-ar-light');
  });

  it('opens a result in the reader with the hits painted as CSS highlights', async () => {
    await page.getByRole('searchbox', { name: 'بحث', exact: true }).press('Enter');
    await page.waitForFunction(() => (CSS.highlights.get('qarin-hit')?.size ?? 0) > 0);
    const painted = await page.evaluate(() => {
      const hits = CSS.highlights.get('qarin-hit');
      const first = hits ? [...hits][0] : undefined;
      return {
        size: hits?.size ?? 0,
        first: first?.toString(),
        // The text DOM stays untouched: no <mark> or <span> was wrapped around hits in the reader.
        wrapped: document.querySelectorAll('[data-testid=reader-text] .para-text *').length,
        current: CSS.highlights.get('qarin-hit-current')?.size ?? 0,
      };
    });
    assert.ok(painted.size > 0);
    assert.equal(painted.first, 'حفتر');
    assert.equal(painted.wrapped, 0);
    assert.equal(painted.current, 1, 'opening from search selects the first hit');
    assert.match((await page.getByTestId('hit-counter').textContent()) ?? '', /^1 \/ \d+$/);

    const readerDir = await page.locator('[data-testid=reader-text] .para-text').first().getAttribute('dir');
    assert.equal(readerDir, 'rtl');
    const fontFamily = await page
      .locator('[data-testid=reader-text] .para-text')
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily);
    assert.match(fontFamily, /Noto Naskh Arabic/);
    assert.ok(await page.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', 'حفتر')));

    await page.getByTestId('next-hit').click();
    assert.match((await page.getByTestId('hit-counter').textContent()) ?? '', /^2 \/ \d+$/);
    await shot(page, '03-reader-ar-light');
  });

  it('switches to English: the layout turns left to right and the search box is named Search', async () => {
    await page.getByTestId('language-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('tab', { name: 'Search', exact: true }).click();
    assert.equal(await page.getByRole('searchbox', { name: 'Search', exact: true }).count(), 1);
    // Reports stay right to left whatever the interface language.
    assert.equal(await page.locator('[data-testid=reader-text] .para-text').first().getAttribute('dir'), 'rtl');
    await shot(page, '04-reader-en-light');
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await shot(page, '05-reader-en-dark');
    await page.getByTestId('language-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await shot(page, '06-reader-ar-dark');
  });

  it('refuses requests without the session token', async () => {
    const call = await fetch(`${served.origin}/api/call/project.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(call.status, 401);
    const wrong = await fetch(`${served.origin}/api/call/project.info`, {
      method: 'POST',
      headers: { Authorization: 'Bearer not-the-token', 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(wrong.status, 401);
    assert.equal((await fetch(`${served.origin}/`)).status, 401);
  });

  it('never reached beyond its own origin and raised no page errors', () => {
    assert.deepEqual(offOrigin, []);
    assert.deepEqual(pageErrors, []);
  });
});
