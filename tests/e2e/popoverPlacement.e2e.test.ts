// Issue 10: the editor popover covered the passage being edited, the selection toolbar the line above.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './support/buildRenderer';
import { chromiumMissingReason } from './support/launchChromium';
import { boxOf, covered, guardedBoxes, inside, selectWordsAt } from './support/popoverOverlap';
import { seedsDir, startServedProject, type ServedProject } from './support/servedProject';

const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e-popover-placement');
const skip = chromiumMissingReason();
const VIEWPORT = { width: 1280, height: 800 };
const PLACES = [
  { name: 'top', fraction: 0 },
  { name: 'middle', fraction: 0.5 },
  { name: 'bottom', fraction: 1 },
];

describe('popovers over the reader leave the selected text and its neighbouring lines visible', { skip }, () => {
  let project: ServedProject;
  let page: Page;
  let docId = '';
  const callApi = <T>(method: string, input: unknown) => project.callApi<T>(method, input);

  async function openReport(): Promise<void> {
    await page.getByTestId('side-tab-library').click();
    await page.locator(`[data-testid=library-list] [role=option][data-document-id="${docId}"]`).click();
    await page.locator(`[data-testid=reader-scroller][data-document-id="${docId}"] .para-text`).first().waitFor();
    await page.evaluate(() => document.fonts.ready);
  }

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    project = await startServedProject({
      label: 'popover',
      projectFolder: 'project',
      viewport: VIEWPORT,
      goto: false,
      // A report longer than the window, so text sits at the top, middle and bottom of the reader.
      inputs: (workDir) => {
        const seed = readFileSync(join(seedsDir, '001_f5d3861595008391.txt'), 'utf8');
        const reports = join(workDir, 'reports');
        mkdirSync(reports);
        writeFileSync(join(reports, 'long.txt'), [seed, seed, seed].join('\n\n'));
        return [reports];
      },
    });
    page = project.page;
    const library = await callApi<{ items: Array<{ id: string }> }>('library.list', { limit: 10 });
    docId = library.items[0]?.id ?? '';
    assert.ok(docId, 'the long report was imported');
  });

  after(() => project?.close());

  for (const language of ['ar', 'en'] as const) {
    it(`places the selection toolbar and the editor clear of the passage (${language})`, async () => {
      await callApi('settings.set', { language });
      await page.goto(project.served.url);
      await openReport();
      const problems: string[] = [];
      for (const place of PLACES) {
        const words = await selectWordsAt(page, place.fraction);
        await page.getByTestId('selection-toolbar').waitFor();
        await page.waitForTimeout(100); // the popover settles in the next animation frame
        const toolbar = await boxOf(page, 'selection-toolbar');
        for (const what of covered(toolbar, await guardedBoxes(page)))
          problems.push(`${language}, ${place.name}: the toolbar covers ${what} of «${words}»`);
        if (!inside(toolbar, VIEWPORT)) problems.push(`${language}, ${place.name}: the toolbar leaves the window`);
        await page.screenshot({ path: join(artifactsDir, `${language}-${place.name}-toolbar.png`) });

        await page.keyboard.press('h');
        await page.getByTestId('highlight-editor').waitFor();
        await page.waitForTimeout(100);
        const editor = await boxOf(page, 'highlight-editor');
        for (const what of covered(editor, await guardedBoxes(page)))
          problems.push(`${language}, ${place.name}: the editor covers ${what} of «${words}»`);
        if (!inside(editor, VIEWPORT)) problems.push(`${language}, ${place.name}: the editor leaves the window`);
        await page.screenshot({ path: join(artifactsDir, `${language}-${place.name}-editor.png`) });
        await page.keyboard.press('Escape');
        await page.getByTestId('highlight-editor').waitFor({ state: 'detached' });
      }
      assert.deepEqual(problems, []);
    });
  }

  it('raised no page errors', () => {
    assert.deepEqual(project.pageErrors, []);
  });
});
