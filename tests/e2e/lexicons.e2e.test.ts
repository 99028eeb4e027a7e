import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from './support/launchChromium';
import { artifactsDir, startServedProject, type ServedProject } from './support/servedProject';

declare const document: { readonly fonts: { readonly ready: Promise<unknown> } };

const skip = chromiumMissingReason();
const COMPARED_SEEDS = ['000', '001', '003'];
/** 003 says the army's statement was posted on Facebook; no bundled list knows the name. */
const ADDED_PLACE = 'فيسبوك';

describe('adding a place to the facts lexicons from the compare view', { skip }, () => {
  let project: ServedProject;
  let page: Page;
  let idOfSeed = new Map<string, string>();

  before(async () => {
    project = await startServedProject({ label: 'lexicons', viewport: { width: 1280, height: 800 } });
    page = project.page;
    idOfSeed = await project.seedIds();
  });

  after(() => project?.close());

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
    assert.match(
      readFileSync(join(project.projectDir, 'lexicons', 'additions.tsv'), 'utf8'),
      /^place\tفيسبوك\torganisation$/m,
    );

    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await placeRows.first().waitFor();
    const cells = await placeRows.first().getByTestId('fact-cell').allInnerTexts();
    assert.ok(
      cells.some((cell) => cell.includes(ADDED_PLACE)),
      `the row holds the place: ${cells.join(' | ')}`,
    );
    await placeRows.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'lexicons-02-fact-row-ar.png') });
    assert.deepEqual(project.pageErrors, []);
  });

  it('reads a Windows-1256 file, lists a line in no readable encoding, and names an unusable folder', async () => {
    const folder = join(project.projectDir, 'lexicons');
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
    assert.deepEqual(project.pageErrors, []);
  });
});
