import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './support/buildRenderer';
import { chromiumMissingReason } from './support/launchChromium';
import { selectPhrase } from './support/readerSelection';
import { startServedProject, type ServedProject } from './support/servedProject';

const skip = chromiumMissingReason();
const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e-accessibility');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Runs axe-core on the page as it stands and returns its serious and critical findings, readable. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.impact} ${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}`,
      ),
    );
}

describe('accessibility of every view, in Arabic and in English (axe-core)', { skip }, () => {
  let project: ServedProject;
  let page: Page;

  /** Findings of every view of one language, reported together so one run shows them all. */
  let findings: string[] = [];
  async function checkView(name: string): Promise<void> {
    await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
    findings.push(...(await seriousViolations(page)).map((finding) => `${name}: ${finding}`));
  }

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    project = await startServedProject({ label: 'a11y', goto: false });
    page = project.page;
  });

  after(() => project?.close());

  for (const language of ['ar', 'en'] as const) {
    it(`has no serious or critical violations in ${language === 'ar' ? 'Arabic' : 'English'}`, async () => {
      findings = [];
      await project.callApi('settings.set', { language });
      await page.goto(project.served.url);
      const list = page.getByTestId('library-list');
      await list.locator('[role=option] .row-title').first().waitFor();
      await checkView(`${language}-1-library`);

      await page.getByTestId('side-tab-search').click();
      await page.getByRole('searchbox').first().fill('حفتر');
      await page.locator('[data-testid=search-results] [role=option]').first().waitFor();
      await checkView(`${language}-2-search`);

      await page.locator('[data-testid=search-results] [role=option]').first().click();
      await page.locator('[data-testid=reader-scroller] .para-text').first().waitFor();
      await checkView(`${language}-3-reader`);

      assert.equal(await selectPhrase(page, 'حفتر'), 'حفتر');
      await page.getByTestId('selection-toolbar').waitFor();
      await checkView(`${language}-4-selection-toolbar`);
      await page.keyboard.press('h');
      await page.getByTestId('highlight-editor').waitFor();
      await checkView(`${language}-5-editor`);
      await page.getByTestId('highlight-save').click();
      await page.getByTestId('highlight-editor').waitFor({ state: 'detached' });

      await page.getByTestId('side-tab-annotations').click();
      await page.getByTestId('highlights-browser').waitFor();
      await checkView(`${language}-6-analysis-highlights`);
      await page.getByTestId('analysis-tab-codes').click();
      await checkView(`${language}-7-analysis-codebook`);

      await page.getByTestId('export-button').click();
      await page.getByTestId('export-dialog').waitFor();
      await checkView(`${language}-8-export`);
      await page.keyboard.press('Escape');
      assert.deepEqual(findings, [], 'no serious or critical violations in any view');
    });
  }
});
