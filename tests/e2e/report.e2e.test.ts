import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { CallReply } from '../../src-main/api/callReply';
import { ensureRendererBuilt, repoRoot } from './support/buildRenderer';
import { chromiumMissingReason, launchChromium, openPage } from './support/launchChromium';
import { importWithCli, startQarinServe, type ServedQarin } from './support/startQarinServe';

const seedsDir = join(repoRoot, 'seeds');
const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e');
const skip = chromiumMissingReason();
const PASSAGE = 'الفريق أول خالد خليفة حفتر';

describe('the report dialog in the browser against the real qarin serve', { skip }, () => {
  let projectDir: string;
  let served: ServedQarin;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const offOrigin: string[] = [];

  async function callApi<T>(method: string, input: unknown): Promise<T> {
    const response = await fetch(`${served.origin}/api/call/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as CallReply<T>;
    if (!body.ok) throw new Error(`${method}: ${body.error.message.en}`);
    return body.result;
  }

  async function previewFrame(): Promise<Frame> {
    const frame = await page.getByTestId('report-preview').elementHandle();
    const content = await frame?.contentFrame();
    assert.ok(content, 'the preview is a frame');
    await content.waitForSelector('h1');
    return content;
  }

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    ensureRendererBuilt();
    projectDir = mkdtempSync(join(tmpdir(), 'qarin-e2e-report-'));
    importWithCli(projectDir, [seedsDir]);
    served = await startQarinServe(projectDir);
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
    browser = await launchChromium();
    page = await openPage(browser, { width: 1400, height: 900 });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(served.origin) && !/^(data|blob|about):/.test(url)) offOrigin.push(url);
    });
    await page.goto(served.url);
  });

  after(async () => {
    await browser?.close();
    await served?.stop();
    if (projectDir) rmSync(projectDir, { recursive: true, force: true });
  });

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
    assert.deepEqual(offOrigin, []);
    assert.deepEqual(pageErrors, []);
  });
});
