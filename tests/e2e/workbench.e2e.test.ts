import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from './support/launchChromium';
import { misdirectedPlaceholders } from './support/placeholderDirections';
import { artifactsDir, seedsDir, startServedProject, type ServedProject } from './support/servedProject';
import type { ServedQarin } from './support/startQarinServe';
import type { PageCss, PageDocument, PageGetComputedStyle } from './support/pageGlobals';

// Browser globals for the code run inside the page (see support/pageGlobals.ts).
declare const document: PageDocument;
declare const CSS: PageCss;
declare const getComputedStyle: PageGetComputedStyle;

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
  let project: ServedProject;
  let served: ServedQarin;
  let page: Page;
  /** Document id → seed file name, from the real library. */
  const seedOfId = new Map<string, string>();

  const callApi = <T>(method: string, input: unknown) => project.callApi<T>(method, input);

  before(async () => {
    // Typed paths are imported only under folders the user allowed on serve's command line.
    project = await startServedProject({ label: 'workbench', allowImportFrom: [seedsDir] });
    ({ served, page } = project);
  });

  after(() => project?.close());

  it('lists the five seed reports in the library', async () => {
    await page.locator('[data-testid=library-list] [role=option][data-document-id]').nth(4).waitFor();
    const ids = await page
      .locator('[data-testid=library-list] [role=option][data-document-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-document-id') ?? ''));
    assert.equal(ids.length, 5);

    const page0 = await callApi<{ items: Array<{ id: string; path: string }> }>('library.list', { limit: 100 });
    for (const item of page0.items) seedOfId.set(item.id, basename(item.path));
    assert.deepEqual([...seedOfId.values()].sort(), readdirSync(seedsDir).sort());
    assert.deepEqual(new Set(ids), new Set(seedOfId.keys()));
    await page.evaluate(() => document.fonts.ready);
    await shot(page, '01-library-ar-light');
  });

  it('lists the project’s highlights only once the Analysis tab is shown, not at start', async () => {
    // Opening a report reads its own highlights (with a docId); the Analysis tab reads them all.
    const highlightLists = () =>
      project.calls.filter(
        ({ method, input }) => method === 'annotations.list' && !(input as { docId?: string }).docId,
      );
    const soon = async (what: string, done: () => boolean) => {
      for (let wait = 0; !done(); wait++) {
        assert.ok(wait < 200, `within 10 s: ${what}`);
        await page.waitForTimeout(50);
      }
    };
    const calledSoon = (wanted: string) =>
      soon(`the page asks for ${wanted}`, () => project.calls.some(({ method }) => method === wanted));
    // The start has settled: the library is listed, the empty reader has asked for its story
    // clusters and the workbench for its codes, as the panels that show them mount.
    const firstRow = page.locator('[data-testid=library-list] [role=option][data-document-id]').first();
    await firstRow.waitFor();
    await calledSoon('compare.clusters');
    await calledSoon('codes.list');
    // A report opened and closed before the tab is shown is still offered by its report filter.
    const openedId = await firstRow.getAttribute('data-document-id');
    await firstRow.click();
    await page.locator(`[data-testid=reader-scroller][data-document-id="${openedId}"]`).waitFor();
    await page.locator('.reader-tab-close').click();
    await page.locator('.reader-tab-close').waitFor({ state: 'detached' });
    assert.deepEqual(highlightLists(), []);

    await page.getByTestId('side-tab-annotations').click();
    await page.getByTestId('highlights-browser').waitFor();
    await soon('the Analysis tab lists the highlights', () => highlightLists().length > 0);
    assert.equal(highlightLists().length, 1);
    const offered = await page
      .getByTestId('highlights-browser')
      .getByLabel(/^(Report|التقرير)$/, { exact: true })
      .locator('option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('value')));
    assert.ok(offered.includes(openedId), `the report filter offers ${openedId}: ${offered.join(', ')}`);
    await page.getByTestId('side-tab-library').click();
  });

  it('sorts the library by word count, most first, and back', async () => {
    const listedBy = async (descending: boolean) =>
      (await callApi<{ items: Array<{ id: string }> }>('library.list', { sort: 'words', descending })).items.map(
        (item) => item.id,
      );
    const shownInOrder = async (expected: string[]) => {
      await page.waitForFunction(
        (first) =>
          document
            .querySelector('[data-testid=library-list] [role=option][data-document-id]')
            ?.getAttribute('data-document-id') === first,
        expected[0],
      );
      const shown = await page
        .locator('[data-testid=library-list] [role=option][data-document-id]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-document-id') ?? ''));
      assert.deepEqual(shown, expected);
    };
    await page.getByLabel('ترتيب حسب').selectOption('words');
    await shownInOrder(await listedBy(true));
    await page.getByRole('button', { name: 'تنازلي' }).click();
    await shownInOrder(await listedBy(false));
    await page.getByRole('button', { name: 'تصاعدي' }).click();
    await shownInOrder(await listedBy(true));
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
    // The hits are painted first, then the reader selects the first one: wait for both.
    await page.waitForFunction(
      () =>
        (CSS.highlights.get('qarin-hit')?.size ?? 0) > 0 && (CSS.highlights.get('qarin-hit-current')?.size ?? 0) > 0,
    );
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

    // Every paragraph's text node is exactly its slice of the stored text, at the offset it claims.
    const openId = await page.getByTestId('reader-scroller').getAttribute('data-document-id');
    const stored = await callApi<{ text: string }>('document.get', { id: openId });
    const paragraphs = await page.locator('[data-testid=reader-text] .para').evaluateAll((nodes) =>
      nodes.map((node) => ({
        start: Number(node.getAttribute('data-start')),
        text: node.querySelector('.para-text')?.textContent ?? '',
      })),
    );
    assert.ok(paragraphs.length > 1);
    for (const paragraph of paragraphs) {
      assert.equal(paragraph.text, stored.text.slice(paragraph.start, paragraph.start + paragraph.text.length));
    }

    await page.getByTestId('next-hit').click();
    assert.match((await page.getByTestId('hit-counter').textContent()) ?? '', /^2 \/ \d+$/);
    await shot(page, '03-reader-ar-light');
  });

  it('is driven from the keyboard: arrows choose a result, Enter opens it, F3 steps through hits', async () => {
    const box = page.getByRole('searchbox', { name: 'بحث', exact: true });
    await box.focus();
    const results = page.locator('[data-testid=search-results][data-query="حفتر"] [role=option]');
    const secondId = await results.nth(1).getAttribute('data-document-id');
    await box.press('ArrowDown');
    // The field in the top bar moves the panel's choice, which then names it back: wait for both.
    const secondOptionId = await results.nth(1).getAttribute('id');
    await page.waitForFunction(
      (id) => document.querySelector(`[id="${id}"]`)?.getAttribute('aria-selected') === 'true',
      secondOptionId,
    );
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid=search-input]')?.getAttribute('aria-activedescendant') === id,
      secondOptionId,
    );
    await box.press('Enter');
    await page.locator(`[data-testid=reader-scroller][data-document-id="${secondId}"]`).waitFor();
    await page.waitForFunction(() => (CSS.highlights.get('qarin-hit-current')?.size ?? 0) > 0);
    assert.equal(
      await page.getByRole('tab', { selected: true }).count(),
      2,
      'one side tab and one report tab are selected',
    );
    const counter = page.getByTestId('hit-counter');
    await page.waitForFunction(() =>
      /^1 \/ \d+$/.test(document.querySelector('[data-testid=hit-counter]')?.textContent ?? ''),
    );
    await page.keyboard.press('F3');
    assert.match((await counter.textContent()) ?? '', /^2 \/ \d+$/);
    await page.keyboard.press('Shift+F3');
    assert.match((await counter.textContent()) ?? '', /^1 \/ \d+$/);
    assert.equal(await page.getByRole('tablist', { name: 'التقارير المفتوحة' }).getByRole('tab').count(), 2);
  });

  it('shows the engine’s notice for a query it could not read fully', async () => {
    const box = page.getByRole('searchbox', { name: 'بحث', exact: true });
    await box.fill('"قوة مشتركة');
    await page.locator("[data-testid=search-results][data-query='\"قوة مشتركة']").waitFor({ state: 'attached' });
    // Said in the interface's language (Arabic here), not in the engine's English.
    assert.match((await page.getByRole('note').textContent()) ?? '', /علامة تنصيص لم تُغلق/);
    await box.fill('حفتر');
    await page.locator('[data-testid=search-results][data-query="حفتر"] [role=option]').first().waitFor();
    assert.equal(await page.getByRole('note').count(), 0);
  });

  it('says which mistyped word it read as which, and finds the report', async () => {
    const box = page.getByRole('searchbox', { name: 'بحث', exact: true });
    await box.fill('الهدنة المعلمة');
    const results = page.locator('[data-testid=search-results][data-query="الهدنة المعلمة"] [role=option]');
    await results.first().waitFor();
    const first = await results.first().getAttribute('data-document-id');
    assert.match(seedOfId.get(first ?? '') ?? '', /^002_/);
    const notice = (await page.getByTestId('search-notice').textContent()) ?? '';
    assert.match(notice, /هل تقصد «المعلنة» بدل «المعلمة»؟/);
    await box.fill('الهدنة المعلنة');
    await page.locator('[data-testid=search-results][data-query="الهدنة المعلنة"] [role=option]').first().waitFor();
    assert.equal(await page.getByTestId('search-notice').count(), 0);
  });

  it('finds an exact phrase, as grep does, and marks it in the snippet', async () => {
    const expected = seedsContaining('قوة مشتركة');
    assert.equal(expected.length, 1);
    const box = page.getByRole('searchbox', { name: 'بحث', exact: true });
    await box.fill('"قوة مشتركة"');
    const results = page.locator(`[data-testid=search-results][data-query='"قوة مشتركة"'] [role=option]`);
    await results.first().waitFor();
    const ids = await results.evaluateAll((items) => items.map((item) => item.getAttribute('data-document-id') ?? ''));
    assert.deepEqual(
      ids.map((id) => seedOfId.get(id)),
      expected,
    );
    const marks = await results.first().locator('mark').allTextContents();
    assert.ok(
      marks.some((mark) => mark.includes('قوة مشتركة')),
      `marked: ${marks.join(' | ')}`,
    );
    await box.fill('حفتر');
    await page.locator('[data-testid=search-results][data-query="حفتر"] [role=option]').first().waitFor();
  });

  it('dims boilerplate, can hide it, and marks integrity warnings with a jump from the details panel', async () => {
    const idOf = (seed: string) => [...seedOfId].find(([, name]) => name === seed)?.[0] ?? '';
    await page.getByRole('tab', { name: 'المكتبة' }).click();

    await page.locator(`[data-testid=library-list] [data-document-id="${idOf('004_2fe33e5567d9855b.txt')}"]`).click();
    await page
      .locator(`[data-testid=reader-scroller][data-document-id="${idOf('004_2fe33e5567d9855b.txt')}"]`)
      .waitFor();
    await page.waitForFunction(() => (CSS.highlights.get('qarin-boilerplate')?.size ?? 0) > 0);
    const dimmed = await page.evaluate(() => [...(CSS.highlights.get('qarin-boilerplate') ?? [])].map(String));
    assert.ok(dimmed.includes('مصدر الخبر / اخبار ليبيا 24'), `boilerplate painted: ${dimmed.join(' | ')}`);
    await shot(page, '04a-boilerplate-ar-light');
    const toggle = page.getByRole('checkbox', { name: 'إظهار النصوص الملحقة' });
    await toggle.uncheck();
    await page.waitForFunction(() => !CSS.highlights.has('qarin-boilerplate'));
    assert.ok(
      (await page.locator('[data-testid=reader-text] .para[hidden]').count()) > 0,
      'whole boilerplate lines fold away',
    );
    await toggle.check();
    await page.waitForFunction(() => (CSS.highlights.get('qarin-boilerplate')?.size ?? 0) > 0);
    assert.equal(await page.locator('[data-testid=reader-text] .para[hidden]').count(), 0);

    await page.locator(`[data-testid=library-list] [data-document-id="${idOf('000_06f512fe5b46b25a.txt')}"]`).click();
    await page
      .locator(`[data-testid=reader-scroller][data-document-id="${idOf('000_06f512fe5b46b25a.txt')}"]`)
      .waitFor();
    await page.waitForFunction(() => (CSS.highlights.get('qarin-warning')?.size ?? 0) > 0);
    assert.deepEqual(await page.evaluate(() => [...(CSS.highlights.get('qarin-warning') ?? [])].map(String)), [
      'ب epithelialن',
    ]);
    assert.equal(
      await page.getByRole('button', { name: /عيب في النص: خلط أبجديات/ }).count(),
      1,
      'a named marker in the gutter',
    );
    await page.locator('.details-panel .warning-item').click();
    await page.waitForFunction(() => (CSS.highlights.get('qarin-focus')?.size ?? 0) > 0);
    assert.deepEqual(await page.evaluate(() => [...(CSS.highlights.get('qarin-focus') ?? [])].map(String)), [
      'ب epithelialن',
    ]);
    await shot(page, '04b-warning-ar-light');
    await page.getByRole('tab', { name: 'البحث' }).click();
  });

  it('puts what a reader wants first in the details, and the technical fields last, folded', async () => {
    const labels = await page
      .locator('.details-panel dt')
      .evaluateAll((terms) =>
        terms
          .filter((term) => (term as unknown as { checkVisibility(): boolean }).checkVisibility())
          .map((term) => term.textContent),
      );
    assert.equal(labels[0], 'العنوان');
    assert.ok(!labels.includes('SHA-256'), 'the checksum is folded away');
    const sections = await page.locator('.details-panel .section-title').allTextContents();
    assert.equal(sections.at(-1), 'تفاصيل تقنية', 'the technical fields come last');
    await page.getByText('تفاصيل تقنية').click();
    assert.equal(await page.getByTestId('sha256').isVisible(), true);
  });

  it('lays out every empty field’s placeholder in the interface’s direction, and typed text in its own', async () => {
    await page.getByRole('tab', { name: 'المكتبة' }).click();
    assert.deepEqual(await misdirectedPlaceholders(page, 'rtl'), [], 'library and reader fields, Arabic');
    await page.getByRole('tab', { name: 'البحث' }).click();
    const box = page.getByRole('searchbox', { name: 'بحث', exact: true });
    await box.fill('');
    assert.deepEqual(await misdirectedPlaceholders(page, 'rtl'), [], 'search fields, Arabic');
    await box.fill('Haftar');
    assert.equal(
      await box.evaluate((field) => getComputedStyle(field).direction),
      'ltr',
      'Latin typed text reads left to right',
    );
    await box.fill('');
    await page.getByTestId('language-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    assert.deepEqual(await misdirectedPlaceholders(page, 'ltr'), [], 'search fields, English');
    await page.getByRole('tab', { name: 'Library', exact: true }).click();
    assert.deepEqual(await misdirectedPlaceholders(page, 'ltr'), [], 'library and reader fields, English');
    await page.getByRole('tab', { name: 'Search', exact: true }).click();
    await page.getByTestId('language-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
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

  it('imports through the dialog and shows the report from the import.done event', async () => {
    await page.getByTestId('import-button').click();
    // Typed paths are the advanced way in the browser (files are usually uploaded).
    await page.getByTestId('import-advanced').locator('summary').click();
    await page.getByTestId('import-paths').fill(seedsDir);
    await page.getByTestId('import-start').click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    // The seeds are already in the project: nothing is added, all five are unchanged.
    assert.equal(await page.getByTestId('import-unchanged').textContent(), '5');
    assert.equal(await page.getByTestId('import-added').textContent(), '0');
    assert.equal(await page.getByTestId('import-errors').textContent(), '0');
    await shot(page, '07-import-report-ar-dark');
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'hidden' });
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

  it('with the token, still refuses to import a path the user did not choose', async () => {
    const response = await fetch(`${served.origin}/api/call/import.start`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths: ['/etc/passwd'] }),
    });
    assert.equal(response.status, 403);
    const body = (await response.json()) as { ok: false; error: { code: string; message: { en: string } } };
    assert.equal(body.error.code, 'forbidden');
    assert.match(body.error.message.en, /\/etc\/passwd/);
  });

  it('never reached beyond its own origin and raised no page errors', () => {
    assert.deepEqual(project.offOrigin, []);
    assert.deepEqual(project.pageErrors, []);
  });
});
