import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Workbench } from '../../src-main/services/workbench';
import { chromiumMissingReason } from './support/launchChromium';
import { createSeedWorkbench } from './support/seedWorkbench';
import { seedsDir } from './support/servedProject';
import { startServedWorkbench, type ServedWorkbench } from './support/servedWorkbench';
import { emptyImportReport } from '../../src-main/services/import/emptyImportReport';

declare const document: { querySelector(selector: string): { close(): void } | null };

const skip = chromiumMissingReason();

/** The seed workbench with an import that runs until it is cancelled, so the dialog must stay open. */
function workbenchWithEndlessImport(): Workbench {
  const workbench = createSeedWorkbench(seedsDir);
  const jobId = 'endless';
  return {
    ...workbench,
    handlers: {
      ...workbench.handlers,
      'import.start': async () => {
        setTimeout(() => workbench.events.emit('import.progress', { jobId, phase: 'reading', done: 1, total: 5 }), 50);
        return { jobId };
      },
      'import.cancel': async () => {
        setTimeout(() =>
          workbench.events.emit('import.done', {
            jobId,
            report: { ...emptyImportReport(), cancelled: true, filesScanned: 1, elapsedMs: 10 },
          }),
        );
        return { cancelled: true };
      },
    },
  };
}

describe('a modal dialog its owner keeps open', { skip }, () => {
  let session: ServedWorkbench;
  let page: Page;

  before(async () => {
    session = await startServedWorkbench({
      label: 'modal-dialog',
      workbench: workbenchWithEndlessImport,
      allowImportFrom: [seedsDir],
    });
    page = session.page;
  });

  after(() => session?.close());

  /** The import dialog is shown (again), its Cancel button inside an open dialog; fails after a few seconds otherwise. */
  const importDialogShown = (what: string) =>
    page
      .waitForFunction(() => document.querySelector('dialog[open] [data-testid=import-cancel]') !== null, undefined, {
        timeout: 5_000,
      })
      .catch(() => assert.fail(`the import dialog is not shown ${what}`));

  it('is shown again when the browser closes it while an import runs', async () => {
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-advanced').locator('summary').click();
    await page.getByTestId('import-paths').fill(seedsDir);
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-cancel').waitFor();

    // Chromium lets a second Escape close a dialog whatever its cancel handler said.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await importDialogShown('after two Escapes');

    // Closed outright (as a form's method="dialog" would): the owner refuses, and it is shown again.
    await page.evaluate(() => document.querySelector('dialog[open]')?.close());
    await importDialogShown('after a forced close');
    await page.getByTestId('import-cancel').click();
  });
});
