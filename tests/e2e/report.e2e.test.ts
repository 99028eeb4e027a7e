import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { chromiumMissingReason } from './support/launchChromium';
import { artifactsDir, startServedProject, type ServedProject } from './support/servedProject';

const skip = chromiumMissingReason();
const PASSAGE = 'الفريق أول خالد خليفة حفتر';

describe('the report dialog in the browser against the real qarin serve', { skip }, () => {
  let project: ServedProject;
  let page: Page;
  const callApi = <T>(method: string, input: unknown) => project.callApi<T>(method, input);

  async function previewFrame(): Promise<Frame> {
    const frame = await page.getByTestId('report-preview').elementHandle();
    const content = await frame?.contentFrame();
    assert.ok(content, 'the preview is a frame');
    await content.waitForSelector('h1');
    return content;
  }

  before(async () => {
    project = await startServedProject({ label: 'report', viewport: { width: 1400, height: 900 }, goto: false });
    page = project.page;
    const { items } = await callApi<{ items: Array<{ id: string }> }>('library.list', { limit: 100 });
    for (const item of items) {
      const { text } = await callApi<{ text: string }>('document.get', { id: item.id });
      const start = text.indexOf(PASSAGE);
      if (start === -1) continue;
      const code = await callApi<{ id: string }>('codes.create', { name: 'ألقاب', description: 'ألقاب القادة' });
      await callApi('annotations.create', {
        docId: item.id,
        start,
        end: start + PASSAGE.length,
        codeIds: [code.id],
        note: 'لقب كامل',
      });
      break;
    }
    await page.goto(project.served.url);
  });

  after(() => project?.close());

  it('previews the report styled, right to left and in the embedded font, then saves a Word file', async () => {
    await page.getByTestId('report-button').click();
    await page.getByTestId('report-dialog').waitFor();
    const frame = await previewFrame();
    await frame.waitForFunction(`document.body.innerText.includes(${JSON.stringify(PASSAGE)})`);
    await frame.evaluate('document.fonts.ready');
    assert.equal(await frame.evaluate('getComputedStyle(document.body).direction'), 'rtl');
    // The report's own sheet reached the frame although the app's policy refuses inline styles.
    assert.match(String(await frame.evaluate('getComputedStyle(document.body).fontFamily')), /Qarin Report Naskh/);
    assert.notEqual(
      await frame.evaluate(`getComputedStyle(document.querySelector('main h2')).borderBottomStyle`),
      'none',
    );
    assert.equal(await frame.evaluate(`document.fonts.check('16px "Qarin Report Naskh"', 'حفتر')`), true);
    await page.screenshot({ path: join(artifactsDir, 'report-dialog-ar.png') });

    const download = page.waitForEvent('download');
    await page.getByTestId('report-save-docx').click();
    const saved = await (await download).path();
    assert.equal(readFileSync(saved).subarray(0, 2).toString('latin1'), 'PK', 'a Word file is a zip');
    await page.getByTestId('report-outcome').waitFor();
  });

  it('switches the report to English, and keeps every request on the machine', async () => {
    await page.getByTestId('report-language').selectOption('en');
    const frame = await previewFrame();
    await frame.waitForFunction(`document.documentElement.lang === 'en'`);
    assert.equal(await frame.evaluate('getComputedStyle(document.body).direction'), 'ltr');
    assert.ok(String(await frame.evaluate('document.body.innerText')).includes('Codebook'));
    await page.screenshot({ path: join(artifactsDir, 'report-dialog-en.png') });
    assert.deepEqual(project.offOrigin, []);
    assert.deepEqual(project.pageErrors, []);
  });
});
