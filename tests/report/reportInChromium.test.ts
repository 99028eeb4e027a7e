import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../e2e/support/buildRenderer';
import { launchChromium, openPage } from '../e2e/support/launchChromium';
import type { AnnotatedProject } from '../annotations-service/support/annotatedProject';
import { PASSAGES } from '../annotations-service/support/sampleAnnotations';
import { everything, openReportProject, saveReport } from './support/reportProject';
import { missingTool } from './support/requireTool';

const skip = missingTool('chromium', 'chromium');
const artifactsDir = join(repoRoot, 'test-artifacts', 'report');

describe('the HTML report in Chromium', { skip }, () => {
  let project: AnnotatedProject;
  let browser: Browser;

  before(async () => {
    ({ project } = await openReportProject());
    browser = await launchChromium();
    mkdirSync(artifactsDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await project?.close();
  });

  for (const language of ['ar', 'en'] as const) {
    it(`${language}: no request leaves the page, the direction follows the language and the embedded font is used`, async () => {
      const html = (await saveReport(project, { ...everything(project, language), format: 'html' })).toString('utf8');
      const page = await openPage(browser, { width: 1100, height: 900 });
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      page.on('request', (request) => {
        if (!request.url().startsWith('data:')) requests.push(request.url());
      });
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      // Following the table of contents and the citation numbers stays inside the file.
      const links = page.locator('a[href^="#"]');
      const count = await links.count();
      assert.ok(count > 5);
      for (let index = 0; index < count; index++) await links.nth(index).click({ force: true });
      assert.deepEqual(
        [...new Set(requests)].filter((url) => !url.startsWith('data:') && !url.startsWith('about:')),
        [],
      );

      const direction = await page.evaluate('getComputedStyle(document.body).direction');
      assert.equal(direction, language === 'ar' ? 'rtl' : 'ltr');
      const quoteDirection = await page.evaluate(
        `getComputedStyle([...document.querySelectorAll('blockquote')].find((q) => q.textContent === ${JSON.stringify(PASSAGES.haftar)})).direction`,
      );
      assert.equal(quoteDirection, 'rtl', 'an Arabic quote reads right to left in an English report too');
      const fontsLoaded = await page.evaluate(
        `[...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Qarin Report Naskh' && face.status === 'loaded').length`,
      );
      assert.ok(Number(fontsLoaded) >= 1, 'the embedded Arabic face is loaded');
      const usesEmbedded = await page.evaluate(`document.fonts.check('16px "Qarin Report Naskh"', 'حفتر')`);
      assert.equal(usesEmbedded, true);

      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(artifactsDir, `report-${language}.png`), fullPage: false });
      await page.close();
    });
  }
});
