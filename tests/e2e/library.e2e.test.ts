import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './support/buildRenderer';
import { chromiumMissingReason } from './support/launchChromium';
import { startServedProject, type ServedProject } from './support/servedProject';

const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e-library');
const skip = chromiumMissingReason();
const REPORTS = 1_200;
const SOURCES = ['وكالة الشرق', 'وكالة الغرب', 'وكالة الجنوب'];

/** Report `index` of a generated library: a distinct text, an outlet in turn, one day apart. */
function report(index: number) {
  const day = new Date(Date.UTC(2018, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `r${index}`,
    title: `تقرير رقم ${index}`,
    source: SOURCES[index % SOURCES.length],
    date: day,
    text: `نص التقرير رقم ${index} عن الاجتماع في مدينة سرت ${'كلمة '.repeat(index % 7)}`,
  };
}

describe('the library of a large project', { skip }, () => {
  let project: ServedProject;
  let page: Page;

  const list = () => page.getByTestId('library-list');
  const panel = () => page.locator('.side-view', { has: list() });

  /** Titles of the rows painted at the top of the visible list, in order (placeholders as null). */
  async function visibleTitles(count: number): Promise<(string | null)[]> {
    return list().evaluate((element, wanted) => {
      const box = element.getBoundingClientRect();
      return Array.from(element.querySelectorAll('[role=option]'))
        .map((row) => ({ row, top: row.getBoundingClientRect().top }))
        .filter(({ top }) => top >= box.top - 1 && top < box.bottom)
        .sort((a, b) => a.top - b.top)
        .slice(0, wanted)
        .map(({ row }) => row.querySelector('.row-title')?.textContent ?? null);
    }, count);
  }

  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    project = await startServedProject({
      label: 'library',
      viewport: { width: 1280, height: 800 },
      inputs: (workDir) => {
        const input = join(workDir, 'generated.jsonl');
        writeFileSync(input, Array.from({ length: REPORTS }, (_, index) => JSON.stringify(report(index))).join('\n'));
        return [input];
      },
    });
    page = project.page;
    await list().locator('[role=option] .row-title').first().waitFor();
  });

  after(() => project?.close());

  it('lists the newest reports first', async () => {
    assert.deepEqual(await visibleTitles(2), [`تقرير رقم ${REPORTS - 1}`, `تقرير رقم ${REPORTS - 2}`]);
  });

  it('returns to the top and paints rows at once when a filter changes after scrolling', async () => {
    await list().evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await page.waitForFunction(() => document.querySelector('[data-testid=library-list] .row-title') !== null);
    await panel().getByText('عوامل التصفية').click();
    await panel().getByLabel('المصدر', { exact: true }).selectOption(SOURCES[1]!);
    // The newest report of that outlet, then the one three days older.
    const newest = [...Array(REPORTS).keys()].reverse().filter((index) => index % SOURCES.length === 1);
    const expected = newest.slice(0, 3).map((index) => `تقرير رقم ${index}`);
    await page.waitForFunction(
      (title) => document.querySelector('[data-testid=library-list] [role=option] .row-title')?.textContent === title,
      expected[0]!,
      { timeout: 3_000 },
    );
    assert.equal(await list().evaluate((element) => element.scrollTop), 0);
    assert.deepEqual(await visibleTitles(3), expected);
    await page.screenshot({ path: join(artifactsDir, '01-filtered-after-scroll-ar.png') });
  });

  it('returns to the top when the title filter is typed after scrolling', async () => {
    await panel().getByLabel('المصدر', { exact: true }).selectOption('');
    await list().locator('[role=option] .row-title').first().waitFor();
    await list().evaluate((element) => (element.scrollTop = element.scrollHeight * 0.7));
    await panel().getByPlaceholder('تصفية بالعنوان').fill('رقم 11');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=library-list] [role=option] .row-title')?.textContent === 'تقرير رقم 1199',
      undefined,
      { timeout: 3_000 },
    );
    assert.equal(await list().evaluate((element) => element.scrollTop), 0);
  });
});

declare const document: { querySelector(selector: string): { readonly textContent: string | null } | null };
