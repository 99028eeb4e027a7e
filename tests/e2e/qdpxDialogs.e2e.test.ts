import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { invoke } from '../../src-main/api/dispatch';
import type { Workbench } from '../../src-main/services/workbench';
import { openSeedProject } from '../annotations-service/support/annotatedProject';
import { waitFor } from '../helpers/waitFor';
import { annotateSamples } from '../annotations-service/support/sampleAnnotations';
import { chromiumMissingReason } from './support/launchChromium';
import { artifactsDir } from './support/servedProject';
import { startServedWorkbench, type ServedWorkbench } from './support/servedWorkbench';

const skip = chromiumMissingReason();

/**
 * REFI-QDA from the window: a .qdpx chosen in the import dialog is uploaded and imported through
 * `project.importQdpx`; the export dialog's REFI-QDA format exports the whole project.
 */
describe('REFI-QDA projects in the import and export dialogs', { skip }, () => {
  let session: ServedWorkbench;
  let uploadRoot: string;
  let qdpx: Buffer;
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    const source = await openSeedProject();
    try {
      await annotateSamples(source);
      const exported = await invoke(source.workbench.handlers, 'annotations.export', { format: 'qdpx' });
      qdpx = Buffer.from(exported.content, 'base64');
    } finally {
      await source.close();
    }
    session = await startServedWorkbench({ label: 'qdpx-dialogs', viewport: { width: 1280, height: 900 } });
    ({ uploadRoot, workbench, page } = session);
    await page.getByTestId('import-button').waitFor();
  });

  after(async () => {
    await session?.close();
  });

  it('the import dialog imports a .qdpx: its reports, highlights and codes arrive, and the upload is gone', async () => {
    await page.getByTestId('import-button').click();
    const section = page.getByTestId('import-qdpx');
    await section.waitFor();
    await page
      .getByTestId('import-qdpx-file')
      .setInputFiles({ name: 'مشروع.qdpx', mimeType: 'application/zip', buffer: qdpx });
    const result = page.getByTestId('import-qdpx-result');
    await result.waitFor({ timeout: 60_000 });
    assert.match(await result.innerText(), /تقارير جديدة 5/);
    // The window's library lists them at once (the import tells every window the library changed).
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="library-list"]')?.querySelectorAll('[role="option"]').length ?? 0) === 5,
    );
    await page.screenshot({ path: join(artifactsDir, 'qdpx-import-ar.png') });
    await waitFor(() => readdirSync(uploadRoot).length === 0, 'the uploaded file is deleted after its import');

    assert.equal((await invoke(workbench.handlers, 'library.list', { limit: 10 })).total, 5);
    assert.equal((await invoke(workbench.handlers, 'annotations.list', {})).total, 4);
    const codes = (await invoke(workbench.handlers, 'codes.list', {})).codes.map((code) => code.name).sort();
    assert.deepEqual(codes, ['Security', 'ألقاب عسكرية', 'فاعلون'].sort());
    await page.keyboard.press('Escape');
  });

  it('a broken .qdpx is refused in the dialog, naming the problem, and nothing is imported', async () => {
    await page.getByTestId('import-button').click();
    await page
      .getByTestId('import-qdpx-file')
      .setInputFiles({ name: 'broken.qdpx', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
    const error = page.getByTestId('import-qdpx-error');
    await error.waitFor({ timeout: 60_000 });
    assert.match(await error.innerText(), /broken\.qdpx/);
    assert.equal((await invoke(workbench.handlers, 'library.list', { limit: 10 })).total, 5);
    await page.keyboard.press('Escape');
  });

  it('the export dialog exports REFI-QDA as the whole project, whatever scope was chosen', async () => {
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await dialog.getByLabel(/REFI-QDA/).check();
    await page.getByTestId('export-whole-project').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'qdpx-export-ar.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.match(download.suggestedFilename(), /\.qdpx$/);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const project = await zip.file('project.qde')!.async('string');
    assert.equal((project.match(/<TextSource /g) ?? []).length, 5, 'every report is a source');
    assert.equal((project.match(/<PlainTextSelection /g) ?? []).length, 4, 'every highlight is a selection');
  });
});
