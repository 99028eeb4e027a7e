import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { invoke } from '../../src-main/api/dispatch';
import type { Workbench } from '../../src-main/services/workbench';
import { chromiumMissingReason } from './support/launchChromium';
import { artifactsDir } from './support/servedProject';
import { startServedWorkbench, type ServedWorkbench } from './support/servedWorkbench';

const skip = chromiumMissingReason();

/**
 * Importing from the browser: files chosen in the page (a file chooser, a folder chooser, a drop on
 * the window) are uploaded to `qarin serve` and imported into the real project, with the report.
 */
describe('uploads from the browser into a real project', { skip }, () => {
  let session: ServedWorkbench;
  let uploadRoot: string;
  let filesDir: string;
  let workbench: Workbench;
  let page: Page;

  const titles = async () =>
    (await invoke(workbench.handlers, 'library.list', { limit: 100 })).items.map((item) => item.title).sort();

  async function openImport(): Promise<void> {
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-formats').waitFor();
  }

  async function closeReport(): Promise<void> {
    await page.keyboard.press('Escape');
    await page.getByTestId('import-report').waitFor({ state: 'hidden' });
  }

  before(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'qarin-upload-files-'));
    writeFileSync(
      join(filesDir, 'سرت.txt'),
      'اجتماع عسكري في سرت\n\nعقد القادة اجتماعا في مدينة سرت لبحث توحيد المؤسسة العسكرية.',
    );
    writeFileSync(join(filesDir, 'بنغازي.md'), '# مؤتمر صحفي في بنغازي\n\nتحدث المتحدث باسم الجيش عن الوضع الأمني.');
    writeFileSync(join(filesDir, 'فارغ.txt'), '');
    const folder = join(filesDir, 'مجلد');
    mkdirSync(join(folder, 'فرعي'), { recursive: true });
    writeFileSync(join(folder, 'طرابلس.txt'), 'لقاء في طرابلس\n\nالتقى الوفد بممثلين عن المجلس الرئاسي.');
    writeFileSync(
      join(folder, 'فرعي', 'مصراتة.html'),
      '<html><head><title>بيان من مصراتة</title></head><body><p>أصدر المجلس البلدي بيانا.</p></body></html>',
    );
    session = await startServedWorkbench({ label: 'upload', viewport: { width: 1280, height: 860 } });
    ({ uploadRoot, workbench, page } = session);
    await page.getByTestId('import-button').waitFor();
  });

  after(async () => {
    await session?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('the dialog offers files, a folder and a drop, names every format, and keeps typed paths as an advanced option', async () => {
    await openImport();
    const formats = await page.getByTestId('import-formats').innerText();
    for (const format of ['.txt', '.md', 'Markdown', '.html', '.docx', '.jsonl', 'JSON Lines', 'TREC']) {
      assert.ok(formats.includes(format), `the hint names ${format}: ${formats}`);
    }
    assert.equal(await page.getByTestId('import-choose-files').count(), 1);
    assert.equal(await page.getByTestId('import-choose-folder').getAttribute('webkitdirectory'), '');
    assert.equal(await page.getByTestId('import-paths').isVisible(), false, 'typed paths are folded away');
    await page.screenshot({ path: join(artifactsDir, 'upload-dialog-ar.png') });
  });

  it('uploads files from the file chooser and imports them; a bad file is reported by its name', async () => {
    await page
      .getByTestId('import-choose-files')
      .setInputFiles([join(filesDir, 'سرت.txt'), join(filesDir, 'بنغازي.md'), join(filesDir, 'فارغ.txt')]);
    await page.getByTestId('import-selected').waitFor();
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-report').waitFor();
    assert.equal(await page.getByTestId('import-added').textContent(), '2');
    assert.equal(await page.getByTestId('import-errors').textContent(), '1');
    const reportText = await page.getByTestId('import-report').innerText();
    assert.ok(reportText.includes('فارغ.txt'), 'the empty file is named');
    assert.ok(reportText.includes('الملف فارغ'), `the reason is said in Arabic: ${reportText}`);
    assert.ok(!/empty file/i.test(reportText), 'and not in English');
    assert.ok(!reportText.includes(uploadRoot), 'the server’s temporary folder is not shown');
    await page.screenshot({ path: join(artifactsDir, 'upload-report-ar.png') });
    await closeReport();
    assert.deepEqual(await titles(), ['اجتماع عسكري في سرت', 'مؤتمر صحفي في بنغازي']);
    await page.locator('[data-testid=library-list] [role=option][data-document-id]').nth(1).waitFor();
  });

  it('uploads a chosen folder with its subfolders', async () => {
    await openImport();
    await page.getByTestId('import-choose-folder').setInputFiles(join(filesDir, 'مجلد'));
    await page.getByTestId('import-selected').waitFor();
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-report').waitFor();
    assert.equal(await page.getByTestId('import-added').textContent(), '2');
    await closeReport();
    assert.ok((await titles()).includes('بيان من مصراتة'));
    assert.ok((await titles()).includes('لقاء في طرابلس'));
  });

  it('uploads files dropped on the window and imports them at once', async () => {
    const lines = [
      JSON.stringify({
        title: 'تقرير أول من ملف JSONL',
        text: 'نص التقرير الأول عن اجتماع في الجفرة.',
        source: 'الوسط',
      }),
      JSON.stringify({ title: 'تقرير ثان من ملف JSONL', text: 'نص التقرير الثاني عن لقاء في سبها.', source: 'الوسط' }),
    ].join('\n');
    // A drop as the browser delivers it: a DataTransfer holding a File, dispatched on the page.
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(lines)}], 'تقارير.jsonl', { type: 'application/jsonl' }));
      for (const type of ['dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    })()`);
    await page.getByTestId('import-report').waitFor();
    assert.equal(await page.getByTestId('import-added').textContent(), '2');
    await closeReport();
    const all = await titles();
    assert.ok(all.includes('تقرير أول من ملف JSONL') && all.includes('تقرير ثان من ملف JSONL'), all.join(', '));
    await page.getByText('تقرير ثان من ملف JSONL').first().waitFor();
  });

  it('leaves nothing behind in the upload folder once the imports are done', async () => {
    for (let tries = 0; tries < 50 && readdirSync(uploadRoot).length > 0; tries++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(readdirSync(uploadRoot), []);
  });
});
