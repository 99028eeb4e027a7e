import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Comparison } from '../../src-main/api/compareSchemas';
import { chromiumMissingReason } from './support/launchChromium';
import { seedsDir, startServedProject, type ServedProject } from './support/servedProject';

/* Page-side shapes (see support/pageGlobals.ts for why the Node test program declares them itself). */
interface PageRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface PageRange {
  getBoundingClientRect(): PageRect;
  toString(): string;
  readonly startContainer: { readonly parentElement: { scrollIntoView(options: { block: string }): void } | null };
}
interface PageElement {
  scrollTop: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageRect;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: {
  readonly fonts: { readonly ready: Promise<unknown> };
  readonly activeElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare const getComputedStyle: (element: PageElement) => { readonly borderRightWidth: string };
declare const CSS: {
  readonly highlights: { get(name: string): Iterable<PageRange> | undefined };
};

const skip = chromiumMissingReason();

/**
 * The seeds as one JSON Lines file with outlets and publication times, so provenance and the
 * timeline have dates to go by: 003 published first, then 000, then 001 the same day.
 */
const DATED: Record<string, { source: string; date: string }> = {
  '000': { source: 'وكالة الأنباء الليبية', date: '2024-05-01T09:30:00Z' },
  '001': { source: 'بوابة الوسط', date: '2024-05-01T11:45:00Z' },
  '002': { source: 'ليبيا الأحرار', date: '2024-05-03T08:00:00Z' },
  '003': { source: 'الساعة 24', date: '2024-05-01T08:00:00Z' },
  '004': { source: 'اخبار ليبيا 24', date: '2024-05-02T13:00:00Z' },
};

describe('compare view: provenance, story timeline and the keyboard', { skip }, () => {
  let project: ServedProject;
  let page: Page;
  const idOfSeed = new Map<string, string>();
  const seedOfId = new Map<string, string>();
  const texts = new Map<string, string>();
  const callApi = <T>(method: string, input: unknown) => project.callApi<T>(method, input);

  const shot = (name: string) => project.shot(name);
  const columnIds = () =>
    page
      .getByTestId('compare-column')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-document-id')));
  const painted = () => page.locator('[data-testid=compare-view][data-painted=true]').waitFor();

  before(async () => {
    project = await startServedProject({
      label: 'compare-parts',
      projectFolder: 'project',
      viewport: { width: 1280, height: 800 },
      inputs: (workDir) => {
        const lines = readdirSync(seedsDir)
          .sort()
          .map((name) => {
            const seed = name.slice(0, 3);
            const text = readFileSync(join(seedsDir, name), 'utf8');
            return JSON.stringify({ id: `seed-${seed}`, text, ...DATED[seed] });
          });
        const jsonl = join(workDir, 'dated-seeds.jsonl');
        writeFileSync(jsonl, `${lines.join('\n')}\n`);
        return [jsonl];
      },
    });
    page = project.page;
    const listed = await callApi<{ items: Array<{ id: string; externalId?: string; source?: string }> }>(
      'library.list',
      { limit: 100 },
    );
    for (const item of listed.items) {
      const seed = Object.keys(DATED).find((each) => DATED[each]!.source === item.source);
      if (seed) {
        idOfSeed.set(seed, item.id);
        seedOfId.set(item.id, seed);
      }
    }
    assert.equal(idOfSeed.size, 5, 'every dated seed is in the library');
    for (const id of idOfSeed.values()) texts.set(id, (await callApi<{ text: string }>('document.get', { id })).text);
  });

  after(() => project?.close());

  it('shows a story as a timeline, earliest first; an entry opens its report, the story opens side by side', async () => {
    const clusters = await callApi<{ clusters: Array<{ ids: string[] }> }>('compare.clusters', {});
    const story = clusters.clusters.find((cluster) => cluster.ids.includes(idOfSeed.get('000')!));
    assert.ok(story, 'the Sirte story is a cluster');
    await page.getByTestId('story-timeline-toggle').first().click();
    const entries = page.getByTestId('timeline-entry');
    await entries.first().waitFor();
    const listed = await entries.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-document-id')));
    const expected = [...story.ids].sort((a, b) =>
      DATED[seedOfId.get(a)!]!.date.localeCompare(DATED[seedOfId.get(b)!]!.date),
    );
    assert.deepEqual(listed, expected, 'who published first is listed first');
    const firstBox = await entries.first().boundingBox();
    const lineSide = await page
      .locator('.timeline-list')
      .first()
      .evaluate((list) => getComputedStyle(list as unknown as PageElement).borderRightWidth);
    assert.equal(lineSide, '2px', 'in Arabic the timeline runs down the right-hand side');
    assert.ok(firstBox);
    await page.evaluate(() => document.fonts.ready);
    await shot('compare-parts-01-timeline-ar');

    await entries.first().click();
    await page.locator(`[data-testid=reader-scroller][data-document-id="${expected[0]}"]`).waitFor();
    await page.locator('.reader-tab-close').first().click();
    await page.getByTestId('story-timeline-toggle').first().click();
    await page.getByTestId('timeline-compare').click();
    await painted();
    assert.deepEqual(await columnIds(), story.ids.slice(0, 4));
  });

  it('picks reports in the library with Space and compares them with Ctrl+Enter, by keyboard only', async () => {
    await page.getByTestId('compare-panels').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('side-tab-library').focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('library-list');
    await list.locator('[role=option]').first().waitFor();
    await list.focus();
    const wanted = ['001', '000', '003'].map((seed) => idOfSeed.get(seed)!);
    for (let row = 0; row < 5; row++) {
      const active = await list.evaluate((node) => {
        const id = node.getAttribute('aria-activedescendant');
        return id ? (node.querySelector(`[id="${id}"]`)?.getAttribute('data-document-id') ?? null) : null;
      });
      if (active && wanted.includes(active)) await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await list.locator('[data-picked=true]').count(), 3);
    await page.keyboard.press('Control+Enter');
    await painted();
    // The library lists newest first, so the columns come in that order: 001, 000, 003.
    assert.deepEqual(await columnIds(), wanted);
  });

  it('marks a shared passage in the column that published it first and names that report elsewhere', async (t) => {
    if (await page.locator('#side-panel').isVisible()) await page.getByTestId('compare-panels').click();
    const ids = await columnIds();
    const comparison = await callApi<Comparison>('compare.run', { ids });
    const index = comparison.passages.findIndex(
      (passage) => passage.firstDocId !== undefined && passage.spans.some((span) => span.docId !== passage.firstDocId),
    );
    if (index < 0) return t.skip('compare.run dated no shared passage');
    const passage = comparison.passages[index]!;
    const firstId = passage.firstDocId!;
    const holders = [...new Set(passage.spans.map((span) => seedOfId.get(span.docId)!))];
    const earliest = holders.sort((a, b) => DATED[a]!.date.localeCompare(DATED[b]!.date))[0]!;
    assert.equal(seedOfId.get(firstId), earliest, 'the report that published first among those holding it');
    const marked = await page.evaluate(() => [...(CSS.highlights.get('qarin-cmp-first') ?? [])].map(String));
    const firstSpan = passage.spans.find((span) => span.docId === firstId)!;
    const firstLine = texts.get(firstId)!.slice(firstSpan.start, firstSpan.end).split('\n')[0]!;
    assert.ok(marked.includes(firstLine), 'the first publisher’s column marks the passage');
    for (const span of passage.spans.filter((each) => each.docId !== firstId)) {
      const line = texts.get(span.docId)!.slice(span.start, span.end).split('\n')[0]!;
      assert.ok(!marked.includes(line), 'the other columns do not');
    }

    // The tooltip over the passage in another column names the first publisher with its time.
    const other = passage.spans.find((span) => span.docId !== firstId)!;
    const otherLine = texts.get(other.docId)!.slice(other.start, other.end).split('\n')[0]!;
    const locate = (scroll: boolean) =>
      page.evaluate(
        ({ name, docId, wanted, scroll }) => {
          const column = document.querySelector(`[data-testid=compare-column][data-document-id="${docId}"]`)!;
          const box = column.getBoundingClientRect();
          const inColumn = (rect: PageRect) => rect.left >= box.left && rect.right <= box.right;
          const range = [...(CSS.highlights.get(name) ?? [])].find(
            (each) => String(each) === wanted && inColumn(each.getBoundingClientRect()),
          );
          if (!range) return undefined;
          // A paragraph can be taller than the column: scroll the passage's first line, not its paragraph, into view.
          const scroller = column.querySelector('[data-testid=reader-scroller]')!;
          if (scroll)
            scroller.scrollTop += range.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 120;
          const rect = range.getBoundingClientRect();
          return { x: (rect.left + rect.right) / 2, y: rect.top + 4 };
        },
        { name: `qarin-cmp-passage-${index % 8}`, docId: other.docId, wanted: otherLine, scroll },
      );
    await locate(true);
    await page.waitForTimeout(300);
    const point = await locate(false);
    assert.ok(point, 'the passage is painted in the other column');
    await page.mouse.move(point.x, point.y);
    await page.mouse.move(point.x + 2, point.y + 1);
    const body = page.locator(
      `[data-testid=compare-column][data-document-id="${other.docId}"] [data-testid=compare-column-body]`,
    );
    await page.waitForFunction(
      (docId) =>
        !!document
          .querySelector(`[data-testid=compare-column][data-document-id="${docId}"] [data-testid=compare-column-body]`)
          ?.getAttribute('title'),
      other.docId,
    );
    const when = DATED[earliest]!.date.slice(0, 16).replace('T', ' ');
    assert.equal(await body.getAttribute('title'), `نُشر أولًا في «${DATED[earliest]!.source}»، ${when}`);

    await page.getByTestId('compare-passages-toggle').click();
    const item = page.getByTestId('shared-passage').nth(index);
    assert.equal(await item.getAttribute('data-first-doc-id'), firstId);
    assert.ok(((await item.textContent()) ?? '').includes(`نُشر أولًا في «${DATED[earliest]!.source}»`));
    await page.evaluate(() => document.fonts.ready);
    await shot('compare-parts-02-provenance-1280');
    await page.getByTestId('compare-passages-toggle').click();
  });

  it('moves between columns, sets the base and closes a column by keyboard', async () => {
    const scrollers = page.getByTestId('compare-column').getByTestId('reader-scroller');
    await scrollers.first().focus();
    const focusedColumn = () =>
      page.evaluate(() =>
        document.activeElement?.closest('[data-testid=compare-column]')?.getAttribute('data-document-id'),
      );
    const ids = await columnIds();
    await page.keyboard.press('Control+ArrowLeft');
    assert.equal(await focusedColumn(), ids[1], 'Ctrl+← goes to the next column, on the left');
    await page.keyboard.press('Control+ArrowLeft');
    assert.equal(await focusedColumn(), ids[2]);
    await page.keyboard.press('Control+ArrowRight');
    assert.equal(await focusedColumn(), ids[1], 'Ctrl+→ goes back');
    await page.keyboard.press('Control+b');
    await page.getByTestId('compare-column').nth(1).getByTestId('compare-base').waitFor();
    await page.keyboard.press('Control+Delete');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=compare-column]')].length === 2);
    assert.deepEqual(await columnIds(), [ids[0], ids[2]]);
    assert.ok(await focusedColumn(), 'the focus stays in a column');
  });

  it('raised no page errors', () => {
    assert.deepEqual(project.pageErrors, []);
  });
});
