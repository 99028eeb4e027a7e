import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { ensureRendererBuilt, repoRoot } from './support/buildRenderer';
import { chromiumMissingReason, launchChromium, openPage } from './support/launchChromium';
import { importWithCli, startQarinServe, type ServedQarin } from './support/startQarinServe';

declare const document: { readonly fonts: { readonly ready: Promise<unknown> } };

const seedsDir = join(repoRoot, 'seeds');
const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e');
const skip = chromiumMissingReason();
const COMPARED_SEEDS = ['000', '001', '003'];
/** 003 says the army's statement was posted on Facebook; no bundled list knows the name. */
const ADDED_PLACE = 'فيسبوك';

describe('adding a place to the facts lexicons from the compare view', { skip }, () => {
  let projectDir: string;
  let served: ServedQarin;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const idOfSeed = new Map<string, string>();

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    ensureRendererBuilt();
    projectDir = mkdtempSync(join(tmpdir(), 'qarin-e2e-lexicons-'));
    importWithCli(projectDir, [seedsDir]);
    served = await startQarinServe(projectDir);
    const response = await fetch(`${served.origin}/api/call/library.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ limit: 100 }),
    });
    const listed = (await response.json()) as { result: { items: Array<{ id: string; path: string }> } };
    for (const item of listed.result.items) idOfSeed.set(basename(item.path).slice(0, 3), item.id);
    browser = await launchChromium();
    page = await openPage(browser, { width: 1280, height: 800 });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(served.url);
  });

  after(async () => {
    await browser?.close();
    await served?.stop();
    if (projectDir) rmSync(projectDir, { recursive: true, force: true });
  });

  it('adds an organisation in the dialog, shows the gazetteer sources, and the facts table finds it', async () => {
    const row = (seed: string) =>
      page.locator(`[data-testid=library-list] [role=option][data-document-id="${idOfSeed.get(seed)}"]`);
    await row('000').waitFor();
    for (const seed of COMPARED_SEEDS) await row(seed).click({ modifiers: ['Control'] });
    await page.getByTestId('compare-picked').click();
    await page.locator('[data-testid=compare-view][data-painted=true]').waitFor();
    const placeRows = page.getByTestId('fact-row').filter({ hasText: ADDED_PLACE });
    await page.getByTestId('facts-table').waitFor();
    assert.equal(await placeRows.count(), 0, 'before the addition no row names it');

    await page.getByTestId('lexicons-open').click();
    const dialog = page.getByTestId('lexicons-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('lexicon-kind-place').check();
    await dialog.getByTestId('lexicon-name').fill(ADDED_PLACE);
    await dialog.getByTestId('lexicon-placeKind').selectOption('organisation');
    // A refused addition says why, in Arabic, and keeps what was typed to be corrected.
    await dialog.getByTestId('lexicon-country').fill('LBY');
    await dialog.getByTestId('lexicon-add').click();
    await dialog.locator('[data-testid=lexicon-outcome][role=alert]').waitFor();
    assert.match(await dialog.getByTestId('lexicon-outcome').innerText(), /«LBY» ليس رمزًا من حرفين/);
    assert.equal(await dialog.getByTestId('lexicon-name').inputValue(), ADDED_PLACE);
    await dialog.getByTestId('lexicon-country').fill('');
    await dialog.getByTestId('lexicon-add').click();
    await dialog.getByTestId('lexicon-entries').getByText(ADDED_PLACE, { exact: true }).waitFor();
    assert.match(await dialog.getByTestId('lexicon-outcome').innerText(), /فيسبوك/);
    const sources = await dialog.getByTestId('gazetteer-sources').innerText();
    assert.match(sources, /geonames\.org/);
    assert.match(sources, /CC-BY 4\.0/);
    assert.match(sources, /ODbL/);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(artifactsDir, 'lexicons-01-dialog-ar.png') });
    assert.match(readFileSync(join(projectDir, 'lexicons', 'additions.tsv'), 'utf8'), /^place\tفيسبوك\torganisation$/m);

    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await placeRows.first().waitFor();
    const cells = await placeRows.first().getByTestId('fact-cell').allInnerTexts();
    assert.ok(
      cells.some((cell) => cell.includes(ADDED_PLACE)),
      `the row holds the place: ${cells.join(' | ')}`,
    );
    await placeRows.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'lexicons-02-fact-row-ar.png') });
    assert.deepEqual(pageErrors, []);
  });

  it('reads a Windows-1256 file, lists a line in no readable encoding, and names an unusable folder', async () => {
    const folder = join(projectDir, 'lexicons');
    writeFileSync(join(folder, 'windows.tsv'), iconv.encode('title\tالعقيد\trank\r\n', 'windows-1256'));
    writeFileSync(
      join(folder, 'mixed.tsv'),
      Buffer.concat([Buffer.from('given-name\tمفتاح\nplace\tCaf', 'utf8'), Buffer.from([0xe9, 0x0a])]),
    );
    const dialog = page.getByTestId('lexicons-dialog');
    await page.getByTestId('lexicons-open').click();
    await dialog.getByTestId('lexicon-entries').getByText('العقيد', { exact: true }).waitFor();
    await dialog.getByTestId('lexicon-entries').getByText('مفتاح', { exact: true }).waitFor();
    const problems = await dialog.getByTestId('lexicon-problems').innerText();
    assert.match(problems, /mixed\.tsv:2/);
    assert.match(problems, /البايت \u2068?0xE9\u2069? في العمود 10/);
    await dialog.getByTestId('lexicon-problems').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(artifactsDir, 'lexicons-03-encoding-problem-ar.png') });
    await dialog.getByRole('button', { name: 'إغلاق' }).click();

    // A file where the folder was: the dialog says which folder and why, and still opens.
    renameSync(folder, `${folder}-aside`);
    writeFileSync(folder, '');
    await page.getByTestId('lexicons-open').click();
    const folderError = dialog.getByTestId('lexicon-folder-error');
    await folderError.waitFor();
    const said = await folderError.innerText();
    assert.ok(said.includes(folder), said);
    assert.match(said, /هو ملف، ليس مجلدًا/);
    assert.match(said, /المعاجم المرفقة وحدها/);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(artifactsDir, 'lexicons-04-folder-error-ar.png') });
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    assert.deepEqual(pageErrors, []);
  });
});
