import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './support/buildRenderer';
import { chromiumMissingReason } from './support/launchChromium';
import { paintedTexts, phraseBox, selectedText, selectPhrase } from './support/readerSelection';
import { misdirectedPlaceholders } from './support/placeholderDirections';
import { seedsDir, startServedProject, type ServedProject } from './support/servedProject';
import { waitFor } from '../helpers/waitFor';

const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e-annotations');
const skip = chromiumMissingReason();

/** The seed report with the corrupted word «ب epithelialن» inside an Arabic sentence. */
const MIXED_SEED = '000_06f512fe5b46b25a.txt';
const RANK_PHRASE = 'الفريق أول خالد خليفة حفتر';
const NEW_CODE = 'رتبة حفتر';
const NOTE = 'الرتبة هنا **الفريق أول**؛ تقرير آخر يقول «اللواء». تضاربالرتب';
const NOTE_SHOWN = 'الرتبة هنا الفريق أول؛ تقرير آخر يقول «اللواء». تضاربالرتب';
/** Arabic, a Latin run, Arabic: the selection crosses both direction changes. */
const BIDI_PHRASE = 'الجهود ب epithelialن الشرق';

interface ListedHighlight {
  id: string;
  codeIds: string[];
  note: string;
  target: { quote: { exact: string }; position: { start: number; end: number } };
}

describe('annotating in the browser against the real qarin serve', { skip }, () => {
  let project: ServedProject;
  let page: Page;
  let mixedId = '';
  let mixedTitle = '';
  const mixedText = readFileSync(join(seedsDir, MIXED_SEED), 'utf8');
  const callApi = <T>(method: string, input: unknown) => project.callApi<T>(method, input);

  const highlightsOfMixed = async () =>
    (await callApi<{ items: ListedHighlight[] }>('annotations.list', { docId: mixedId })).items;

  /** Polls the real service: a change through the interface lands there asynchronously. */
  const until = (condition: () => Promise<boolean>, what: string) => waitFor(condition, what, { timeoutMs: 5_000 });

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
  }

  async function openMixedReport(): Promise<void> {
    await page.getByTestId('side-tab-library').click();
    await page.locator(`[data-testid=library-list] [role=option][data-document-id="${mixedId}"]`).click();
    await page.locator(`[data-testid=reader-scroller][data-document-id="${mixedId}"] .para-text`).first().waitFor();
    await page.evaluate(() => document.fonts.ready);
  }

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    project = await startServedProject({ label: 'annotations', goto: false });
    page = project.page;
    const library = await callApi<{ items: Array<{ id: string; path: string; title: string }> }>('library.list', {
      limit: 100,
    });
    const mixed = library.items.find((item) => basename(item.path) === MIXED_SEED);
    assert.ok(mixed, 'the mixed-script seed was imported');
    mixedId = mixed.id;
    mixedTitle = mixed.title;
    await page.goto(project.served.url);
  });

  after(() => project?.close());

  it('highlights a selected passage with a new code and a Markdown note', async () => {
    assert.equal(await page.getByTestId('undo-button').isDisabled(), true, 'nothing to undo in a fresh project');
    assert.equal(await page.getByTestId('undo-button').getAttribute('title'), 'لا تغيير للتراجع عنه');
    assert.equal(await page.getByTestId('redo-button').isDisabled(), true);
    await openMixedReport();
    assert.equal(await selectPhrase(page, RANK_PHRASE), RANK_PHRASE);
    await page.getByTestId('selection-toolbar').waitFor();
    await shot('01-selection-toolbar-ar');

    await page.keyboard.press('h');
    const editor = page.getByTestId('highlight-editor');
    await editor.waitFor();
    // The editor takes the focus in the code field, so typing goes straight to the code search.
    await page.keyboard.type(NEW_CODE);
    await page.getByTestId('code-option-create').waitFor();
    await shot('02-editor-new-code-ar');
    await page.keyboard.press('Enter');
    await editor.getByTestId('picked-codes').getByText(NEW_CODE).waitFor();
    await page.getByTestId('highlight-note').fill(NOTE);
    await page.getByTestId('highlight-save').click();
    await editor.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=undo-button]')?.getAttribute('title') ===
        'التراجع عن: تظليل جديد (Ctrl+Z)',
    );
    assert.equal(await page.getByTestId('undo-button').isEnabled(), true, 'undo names the highlight it would undo');

    const [saved] = await highlightsOfMixed();
    assert.ok(saved, 'the highlight was stored');
    const start = mixedText.indexOf(RANK_PHRASE);
    assert.deepEqual(
      saved.target.position,
      { start, end: start + RANK_PHRASE.length },
      'offsets come from the paragraph text node',
    );
    assert.equal(saved.target.quote.exact, RANK_PHRASE);
    assert.equal(saved.note, NOTE);
    const codes = await callApi<{ codes: Array<{ id: string; name: string; color: string }> }>('codes.list', {});
    assert.deepEqual(
      saved.codeIds.map((id) => codes.codes.find((code) => code.id === id)?.name),
      [NEW_CODE],
    );

    await page.waitForFunction((quote) => {
      for (const [name, ranges] of CSS.highlights)
        if (name.startsWith('qarin-ann-fill-') && [...ranges].some((r) => String(r) === quote)) return true;
      return false;
    }, RANK_PHRASE);
    await shot('03-highlight-painted-ar');
  });

  it('finds the highlight again after a reload: painted, in the details panel and in the Analysis view', async () => {
    await page.reload();
    await openMixedReport();
    await page.waitForFunction((quote) => {
      for (const [name, ranges] of CSS.highlights)
        if (name.startsWith('qarin-ann-fill-') && [...ranges].some((r) => String(r) === quote)) return true;
      return false;
    }, RANK_PHRASE);
    assert.deepEqual(await paintedTexts(page, 'qarin-ann-fill-'), [RANK_PHRASE]);
    // Painted through the Custom Highlight API: the paragraph is still one text node.
    assert.equal(await page.locator('[data-testid=reader-text] .para-text *').count(), 0);

    const card = page.getByTestId('details-highlights').getByTestId('highlight-card');
    await card.waitFor();
    assert.equal(await card.count(), 1);
    assert.match((await card.textContent()) ?? '', new RegExp(RANK_PHRASE));
    assert.match((await card.textContent()) ?? '', new RegExp(NEW_CODE));
    assert.equal(await card.getByTestId('highlight-card-note').textContent(), NOTE_SHOWN);
    await shot('04-details-after-reload-ar');

    await page.getByTestId('side-tab-annotations').click();
    const listed = page.getByTestId('highlights-browser').getByTestId('highlight-card');
    await listed.first().waitFor();
    assert.equal(await listed.count(), 1);
    assert.match((await listed.textContent()) ?? '', new RegExp(RANK_PHRASE));
    assert.equal(await listed.getByTestId('highlight-card-note').textContent(), NOTE_SHOWN);
    assert.match(
      (await page.getByTestId('highlights-browser').textContent()) ?? '',
      new RegExp(mixedTitle.slice(0, 20)),
    );
    await shot('05-analysis-highlights-ar');

    // A click on a listed highlight opens its report and marks it as the current one in the text.
    await listed.locator('.highlight-card-main').click();
    await page.waitForFunction(() => [...(CSS.highlights.get('qarin-ann-active') ?? [])].length > 0);
  });

  it('exports Markdown from the export dialog with the quote, the code and the note', async () => {
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await shot('06-export-dialog-ar');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.match(download.suggestedFilename(), /\.md$/);
    const path = await download.path();
    const markdown = readFileSync(path, 'utf8');
    assert.ok(markdown.includes(RANK_PHRASE), 'the quotation');
    assert.ok(markdown.includes(NEW_CODE), 'its code');
    assert.ok(markdown.includes(NOTE), 'its note, as written');
    await page.getByTestId('export-outcome').waitFor();
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('exports REFI-QDA as a zip, and imports its own JSON-LD back (nothing new) or refuses a foreign file', async () => {
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();

    await dialog.getByLabel(/REFI-QDA/).check();
    const [qdpx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.match(qdpx.suggestedFilename(), /\.qdpx$/);
    // Base64 from the service, bytes on disk: a zip starts with «PK».
    assert.equal(
      readFileSync(await qdpx.path())
        .subarray(0, 2)
        .toString('latin1'),
      'PK',
    );

    await dialog.getByLabel(/W3C Web Annotation/).check();
    const [jsonld] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    const exported = readFileSync(await jsonld.path(), 'utf8');
    assert.match(exported, /AnnotationCollection/);

    await page
      .getByTestId('import-annotations-file')
      .setInputFiles({ name: 'qarin.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(exported) });
    const result = page.getByTestId('import-annotations-result');
    await result.waitFor();
    const count = async (key: string) => Number(await result.locator(`[data-count=${key}] .tile-value`).textContent());
    assert.equal(await count('unchanged'), 1, 'the highlight is already in the project');
    assert.equal((await count('exact')) + (await count('fuzzy')) + (await count('orphans')), 0);
    await shot('07-import-result-ar');

    await page.getByTestId('import-annotations-file').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "Something else"}'),
    });
    await page.getByTestId('import-annotations-error').waitFor();
    assert.equal((await highlightsOfMixed()).length, 1, 'a refused file imports nothing');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('highlights a drag across the Latin run inside Arabic with exactly the selected text', async () => {
    await openMixedReport();
    // In right-to-left text a word starts at its right edge: press there, release at the left edge of the last letter.
    const box = await phraseBox(page, BIDI_PHRASE);
    const y = (rect: { top: number; bottom: number }) => (rect.top + rect.bottom) / 2;
    await page.mouse.move(box.first.right - 1, y(box.first));
    await page.mouse.down();
    await page.mouse.move((box.first.left + box.last.left) / 2, y(box.first), { steps: 4 });
    await page.mouse.move(box.last.left + 1, y(box.last), { steps: 4 });
    await page.mouse.up();
    const selected = (await selectedText(page)).trim();
    assert.match(selected, /epithelial/, 'the drag crossed the Latin run');
    await page.getByTestId('selection-toolbar').waitFor();
    await shot('08-bidi-selection-ar');

    await page.getByTestId('highlight-selection').click();
    await page.getByTestId('highlight-editor').waitFor();
    await page.getByTestId('highlight-save').click();
    await page.getByTestId('highlight-editor').waitFor({ state: 'detached' });

    const bidi = (await highlightsOfMixed()).find((highlight) => highlight.target.quote.exact.includes('epithelial'));
    assert.ok(bidi, 'the bidi highlight was stored');
    assert.equal(bidi.target.quote.exact, selected);
    const { start, end } = bidi.target.position;
    assert.equal(mixedText.slice(start, end), selected, 'its offsets point at the selected text in the stored report');

    // The same across the run with a programmatic selection of exactly the phrase.
    assert.equal(await selectPhrase(page, BIDI_PHRASE), BIDI_PHRASE);
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('Control+Shift+H');
    await page.getByTestId('highlight-editor').waitFor();
    await page.getByTestId('highlight-save').click();
    await page.getByTestId('highlight-editor').waitFor({ state: 'detached' });
    const exact = (await highlightsOfMixed()).filter((highlight) => highlight.target.quote.exact === BIDI_PHRASE);
    assert.ok(exact.length >= 1);
    assert.equal(mixedText.slice(exact[0]!.target.position.start, exact[0]!.target.position.end), BIDI_PHRASE);
    await page.waitForFunction(
      (quote) => [...(CSS.highlights.get('qarin-ann-uncoded') ?? [])].some((r) => String(r) === quote),
      BIDI_PHRASE,
    );
    await shot('09-bidi-highlight-ar');
  });

  it('saves one highlight, not two, when Ctrl+Enter is pressed in the note field', async () => {
    const phrase = 'الجهود';
    const countOf = async () =>
      (await highlightsOfMixed()).filter((highlight) => highlight.target.quote.exact === phrase).length;
    const before = await countOf();
    assert.equal(await selectPhrase(page, phrase), phrase);
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('h');
    const editor = page.getByTestId('highlight-editor');
    await editor.waitFor();
    assert.deepEqual(
      await misdirectedPlaceholders(page, 'rtl'),
      [],
      'the code picker and note placeholders read right to left',
    );
    await page.getByTestId('highlight-note').click();
    await page.keyboard.type('ملاحظة بلوحة المفاتيح');
    await page.keyboard.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    await until(async () => (await countOf()) > before, 'the highlight is stored');
    // A second save, if any, lands within milliseconds of the first: give it ample time to show.
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(await countOf(), before + 1, 'one keyboard submission stores exactly one highlight');
  });

  it('reaches the selection toolbar with Tab, returns with Escape, and keeps notices off the editor', async () => {
    const activeTestId = () =>
      page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'));
    assert.equal(await selectPhrase(page, 'الشرق'), 'الشرق');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.getByTestId('reader-scroller').first().focus();
    await page.keyboard.press('Tab');
    assert.equal(await activeTestId(), 'highlight-selection', 'Tab goes from the text to the toolbar');
    await page.keyboard.press('Escape');
    assert.equal(await activeTestId(), 'reader-scroller', 'Escape returns to the text');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('highlight-editor');
    await editor.waitFor();
    await page.getByTestId('highlight-save').click();
    await editor.waitFor({ state: 'detached' });
    // The saved notice shows; a new editor opened at once must not be covered by it.
    const notice = page.getByTestId('annotation-notice');
    await notice.waitFor();
    assert.equal(await selectPhrase(page, 'الجهود'), 'الجهود');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('h');
    await editor.waitFor();
    const noticeBox = await notice.boundingBox();
    for (const button of [page.getByTestId('highlight-save'), editor.getByRole('button', { name: 'إلغاء' })]) {
      const box = await button.boundingBox();
      assert.ok(noticeBox && box, 'both are on screen');
      const overlaps =
        box.x < noticeBox.x + noticeBox.width &&
        noticeBox.x < box.x + box.width &&
        box.y < noticeBox.y + noticeBox.height &&
        noticeBox.y < box.y + box.height;
      assert.equal(overlaps, false, 'the notice leaves the editor buttons uncovered');
    }
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const before = (await highlightsOfMixed()).length;
    const paintedBefore = (await paintedTexts(page, 'qarin-ann-uncoded')).length;
    await page.getByTestId('reader-scroller').focus();
    await page.keyboard.press('Control+z');
    await until(async () => (await highlightsOfMixed()).length === before - 1, 'the last highlight is undone');
    await page.getByTestId('annotation-notice').getByText('تم التراجع عن: تظليل جديد.').waitFor();
    // Painted no more: the reader follows the change event.
    await page.waitForFunction(
      (count) => [...(CSS.highlights.get('qarin-ann-uncoded') ?? [])].length === count,
      paintedBefore - 1,
    );
    await page.keyboard.press('Control+Shift+Z');
    await until(async () => (await highlightsOfMixed()).length === before, 'the highlight is redone');
    await page.getByTestId('annotation-notice').getByText('أُعيد: تظليل جديد.').waitFor();
  });

  it('shows matches in notes among the search results', async () => {
    await page.getByTestId('side-tab-search').click();
    await page.getByTestId('search-input').fill('تضاربالرتب');
    const hits = page.getByTestId('annotation-hits');
    await hits.waitFor();
    const shown = (await hits.textContent()) ?? '';
    assert.match(shown, /تضاربالرتب/);
    assert.match(shown, /الرتبة هنا الفريق أول؛/, 'the note reads as rendered, without its Markdown');
    assert.doesNotMatch(shown, /\*/);
    await shot('10-search-annotation-hits-ar');
  });

  it('looks right in English and in the dark theme', async () => {
    await callApi('settings.set', { language: 'en', theme: 'dark' });
    await page.reload();
    await openMixedReport();
    await page.getByTestId('side-tab-annotations').click();
    await page.getByTestId('highlights-browser').getByTestId('highlight-card').first().waitFor();
    await shot('11-analysis-en-dark');
    await page.getByTestId('analysis-tab-codes').click();
    await page.locator('[data-testid=code-tree] [role=treeitem]').first().click();
    await shot('12-codebook-en-dark');
    await callApi('settings.set', { language: 'ar', theme: 'light' });
  });

  it('stayed offline and raised no page errors', () => {
    assert.deepEqual(project.offOrigin, []);
    assert.deepEqual(project.pageErrors, []);
  });
});

// Page-side globals used by the waitFor functions above.
declare const document: {
  readonly fonts: { readonly ready: Promise<unknown> };
  querySelector(
    selector: string,
  ): { readonly textContent: string | null; getAttribute(name: string): string | null } | null;
  readonly activeElement: { closest(selector: string): { getAttribute(name: string): string | null } | null } | null;
};
declare const CSS: {
  readonly highlights: Iterable<[string, Iterable<{ toString(): string }>]> & {
    get(name: string): Iterable<{ toString(): string }> | undefined;
  };
};
