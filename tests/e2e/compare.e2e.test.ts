import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Comparison } from '../../src-main/api/compareSchemas';
import { chromiumMissingReason } from './support/launchChromium';
import { seedsDir, startServedProject, type ServedProject } from './support/servedProject';

/* Page-side shapes (see support/pageGlobals.ts for why the Node test program declares them itself). */
interface PageRange {
  setStart(node: unknown, offset: number): void;
  setEnd(node: unknown, offset: number): void;
  getBoundingClientRect(): { top: number; bottom: number; left: number; right: number };
  toString(): string;
}
interface PageNode {
  readonly data: string;
  readonly firstChild: PageNode | null;
  readonly parentElement: (PageColumn & { scrollIntoView(options: { block: string }): void }) | null;
}
interface PageColumn {
  readonly scrollTop: number;
  readonly clientHeight: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number; bottom: number; left: number; right: number };
  querySelector(selector: string): PageColumn | null;
  querySelectorAll(selector: string): Iterable<PageNode & PageColumn>;
}
declare const document: {
  readonly fonts: { readonly ready: Promise<unknown> };
  querySelectorAll(selector: string): Iterable<PageColumn>;
  querySelector(selector: string): PageColumn | null;
  getSelection(): { removeAllRanges(): void; addRange(range: PageRange): void; toString(): string } | null;
};
declare const Range: new () => PageRange;
declare const CSS: {
  readonly highlights: Iterable<[string, Iterable<PageRange>]> & { get(name: string): Iterable<PageRange> | undefined };
};

const skip = chromiumMissingReason();
const COMPARED_SEEDS = ['000', '001', '003'];

describe('compare view in the browser against the real qarin serve', { skip }, () => {
  let project: ServedProject;
  let page: Page;
  /** Seed number ("000") → document id. */
  let idOfSeed = new Map<string, string>();
  const texts = new Map<string, string>();
  const callApi = <T>(method: string, input: unknown) => project.callApi<T>(method, input);

  const shot = (name: string) => project.shot(name);
  const comparedIds = () => COMPARED_SEEDS.map((seed) => idOfSeed.get(seed)!);

  /** Each column's document id and scrollTop, in column order. */
  async function columnScrolls(): Promise<Array<{ id: string; top: number }>> {
    return page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=compare-column]')].map((column) => ({
        id: column.getAttribute('data-document-id') ?? '',
        top: column.querySelector('[data-testid=reader-scroller]')?.scrollTop ?? -1,
      })),
    );
  }

  before(async () => {
    project = await startServedProject({ label: 'compare', viewport: { width: 1280, height: 800 } });
    page = project.page;
    idOfSeed = await project.seedIds();
    assert.equal(idOfSeed.size, readdirSync(seedsDir).length);
    for (const id of idOfSeed.values()) texts.set(id, (await callApi<{ text: string }>('document.get', { id })).text);
  });

  after(() => project?.close());

  it('opens 000, 001 and 003 side by side from the library, right to left, the first as the base', async () => {
    const row = (seed: string) =>
      page.locator(`[data-testid=library-list] [role=option][data-document-id="${idOfSeed.get(seed)}"]`);
    await row('000').waitFor();
    for (const seed of COMPARED_SEEDS) await row(seed).click({ modifiers: ['Control'] });
    assert.equal(await page.locator('[data-testid=library-list] [data-picked=true]').count(), 3);
    await page.getByTestId('compare-picked').click();
    await page.locator('[data-testid=compare-view][data-painted=true]').waitFor();
    const columns = await columnScrolls();
    assert.deepEqual(
      columns.map((column) => column.id),
      comparedIds(),
    );
    // The first column is the rightmost one.
    const lefts = await page
      .getByTestId('compare-column')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().left));
    assert.ok(lefts[0]! > lefts[1]! && lefts[1]! > lefts[2]!, `columns run right to left: ${lefts.join(', ')}`);
    assert.equal(await page.getByTestId('compare-column').first().getByTestId('compare-base').count(), 1);
    assert.equal(
      await page.locator('#side-panel').isVisible(),
      false,
      'the side panel folds away for the compare view',
    );
    await page.evaluate(() => document.fonts.ready);
    await shot('compare-01-three-columns-1280');
  });

  // The view paints what the engine returns: the passage spread over the most reports (all three when
  // the engine finds one in all three) must be painted under one name in every column that holds it.
  it('paints a shared passage in one colour in every column where it occurs', async (t) => {
    const comparison = await callApi<Comparison>('compare.run', { ids: comparedIds() });
    const reach = (at: number) => new Set(comparison.passages[at]!.spans.map((span) => span.docId)).size;
    const index = comparison.passages.reduce((best, _, at) => (best < 0 || reach(at) > reach(best) ? at : best), -1);
    if (index < 0) return t.skip('compare.run returned no shared passage for these reports');
    t.diagnostic(`the widest passage spans ${reach(index)} of the 3 reports`);
    const passage = comparison.passages[index]!;
    const name = `qarin-cmp-passage-${index % 8}`;
    const painted = await page.evaluate((highlight) => [...(CSS.highlights.get(highlight) ?? [])].map(String), name);
    for (const span of passage.spans) {
      const quote = texts.get(span.docId)!.slice(span.start, span.end);
      // A passage crossing a line break is painted as one range per paragraph.
      for (const line of quote.split('\n').filter((each) => each.trim() !== '')) {
        assert.ok(painted.includes(line), `«${line.slice(0, 40)}…» of ${span.docId} is painted under ${name}`);
      }
    }
  });

  it('locks scrolling by alignment, and can be unlocked', async () => {
    const middle = page.getByTestId('compare-column').nth(1).getByTestId('reader-scroller');
    await middle.hover();
    await page.mouse.wheel(0, 500);
    await page.waitForFunction(() => {
      const tops = [...document.querySelectorAll('[data-testid=compare-column] [data-testid=reader-scroller]')].map(
        (s) => s.scrollTop,
      );
      return tops.every((top) => top > 0);
    });
    const locked = await columnScrolls();
    assert.ok(
      locked.every((column) => column.top > 0),
      `every column followed: ${JSON.stringify(locked)}`,
    );
    await shot('compare-02-scrolled-locked-1280');

    await page.getByTestId('compare-lock').click();
    assert.equal(await page.getByTestId('compare-lock').getAttribute('aria-pressed'), 'false');
    await middle.hover();
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(
      (before) =>
        (
          document.querySelectorAll(
            '[data-testid=compare-column] [data-testid=reader-scroller]',
          ) as unknown as PageColumn[]
        )[1]!.scrollTop > before,
      locked[1]!.top,
    );
    await page.waitForTimeout(200);
    const unlocked = await columnScrolls();
    assert.equal(unlocked[0]!.top, locked[0]!.top, 'unlocked, the other columns stay put');
    assert.equal(unlocked[2]!.top, locked[2]!.top);
    await page.getByTestId('compare-lock').click();
  });

  it('lays aligned sentences out in rows, level in every column, and switches back', async () => {
    const comparison = await callApi<Comparison>('compare.run', { ids: comparedIds() });
    const inOrder = comparison.alignment.filter((group) => !group.moved);
    assert.ok(inOrder.length > 0, 'the seeds share sentences in order');
    const toggle = page.getByTestId('compare-rows');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'free flow is the default');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.compare-view.is-rows [data-testid=reader-text]')].some((text) =>
        (text.getAttribute('style') ?? '').includes('padding'),
      ),
    );

    /** For each group, its members' tops on screen: the first line of each sentence, in every column. */
    const memberTops = () =>
      page.evaluate(
        (groups) =>
          groups.map((members) =>
            members.map((member) => {
              const column = document.querySelector(
                `[data-testid=compare-column][data-document-id="${member.docId}"]`,
              )!;
              let holder: (PageNode & PageColumn) | undefined;
              for (const block of column.querySelectorAll('[data-testid=reader-text] > .para'))
                if (Number(block.getAttribute('data-start')) <= member.start) holder = block;
              const node = (holder?.querySelector('.para-text') as unknown as PageNode | null)?.firstChild;
              const range = new Range();
              range.setStart(node, member.start - Number(holder!.getAttribute('data-start')));
              range.setEnd(node, member.start + 1 - Number(holder!.getAttribute('data-start')));
              return range.getBoundingClientRect().top;
            }),
          ),
        inOrder.map((group) => group.members.map(({ docId, start }) => ({ docId, start }))),
      );
    const assertLevel = (tops: number[][], where: string) =>
      tops.forEach((group, index) =>
        assert.ok(
          Math.max(...group) - Math.min(...group) <= 2,
          `${where}: group ${index} is level across its columns: ${group.join(', ')}`,
        ),
      );

    const middle = page.getByTestId('compare-column').nth(1).getByTestId('reader-scroller');
    await middle.hover();
    await page.mouse.wheel(0, -5000);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=compare-column] [data-testid=reader-scroller]')].every(
        (s) => s.scrollTop === 0,
      ),
    );
    assertLevel(await memberTops(), 'at the top');
    await page.evaluate(() => document.fonts.ready);
    await shot('compare-08-aligned-rows-1280');

    const before = (await columnScrolls())[1]!.top;
    await middle.hover();
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((top) => {
      const tops = [...document.querySelectorAll('[data-testid=compare-column] [data-testid=reader-scroller]')].map(
        (s) => s.scrollTop,
      );
      return tops[1] !== top && tops.every((each) => each === tops[1]);
    }, before);
    assertLevel(await memberTops(), 'scrolled');
    await shot('compare-09-aligned-rows-scrolled-1280');

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('.compare-view.is-rows').count(), 0);
    const leftovers = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid=compare-column] .para')].filter((block) =>
          (block.getAttribute('style') ?? '').includes('min-height'),
        ).length,
    );
    assert.equal(leftovers, 0, 'free flow gives every paragraph its natural height back');
    const blocks = await page
      .getByTestId('compare-column')
      .evaluateAll((nodes) => nodes.map((node) => node.querySelectorAll('[data-testid=reader-text] > .para').length));
    const paragraphs = comparedIds().map(
      (id) =>
        texts
          .get(id)!
          .split('\n')
          .filter((line) => line.trim() !== '').length,
    );
    assert.deepEqual(blocks, paragraphs, 'free flow draws whole paragraphs again');
  });

  it('scrolls every column to its cell when a fact is clicked', async (t) => {
    const comparison = await callApi<Comparison>('compare.run', { ids: comparedIds() });
    const rowIndex = comparison.facts.findIndex((row) => new Set(row.cells.map((cell) => cell.docId)).size >= 2);
    if (rowIndex < 0) return t.skip('compare.run returned no fact reported by two of the reports');
    const row = comparison.facts[rowIndex]!;
    await page.getByTestId('fact-row').nth(rowIndex).getByTestId('fact-cell').first().click();
    const expected = [...new Set(row.cells.map((cell) => cell.docId))].map((docId) => {
      const cell = row.cells.find((each) => each.docId === docId)!;
      return texts.get(docId)!.slice(cell.start, cell.end);
    });
    await page.waitForFunction(
      (count) => [...(CSS.highlights.get('qarin-focus') ?? [])].length >= count,
      expected.length,
    );
    const inView = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=compare-column]')].map((column) => {
        const scroller = column.querySelector('[data-testid=reader-scroller]')!;
        const box = scroller.getBoundingClientRect();
        const flashed = [...(CSS.highlights.get('qarin-focus') ?? [])].find((range) => {
          const rect = range.getBoundingClientRect();
          // Columns stand side by side: a range is this column's only if it lies inside it both ways.
          return rect.top >= box.top && rect.bottom <= box.bottom && rect.left >= box.left && rect.right <= box.right;
        });
        return flashed ? String(flashed) : undefined;
      }),
    );
    for (const quote of expected)
      assert.ok(inView.includes(quote), `«${quote}» is flashed in view: ${JSON.stringify(inView)}`);
    await shot('compare-03-fact-clicked-1280');
  });

  it('highlights a passage selected in a compare column with H', async () => {
    const docId = idOfSeed.get('001')!;
    const text = texts.get(docId)!;
    const phrase = 'الفريق أول ركن';
    assert.ok(text.includes(phrase));
    const column = page.locator(`[data-testid=compare-column][data-document-id="${docId}"]`);
    await column.locator('.para-text').first().click();
    await page.evaluate(
      ({ id, wanted }) => {
        const column = document.querySelector(`[data-testid=compare-column][data-document-id="${id}"]`)!;
        for (const paragraph of column.querySelectorAll('.para-text')) {
          const node = paragraph.firstChild;
          const at = node ? node.data.indexOf(wanted) : -1;
          if (!node || at < 0) continue;
          node.parentElement?.scrollIntoView({ block: 'center' });
          const range = new Range();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
      },
      { id: docId, wanted: phrase },
    );
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('h');
    const editor = page.getByTestId('highlight-editor');
    await editor.waitFor();
    await page.getByTestId('highlight-save').click();
    await editor.waitFor({ state: 'detached' });
    const listed = await callApi<{
      items: Array<{ docId: string; target: { position: { start: number; end: number } } }>;
    }>('annotations.list', { docId });
    const start = text.indexOf(phrase);
    assert.ok(
      listed.items.some(
        (item) => item.target.position.start === start && item.target.position.end === start + phrase.length,
      ),
      'the highlight is stored at the phrase’s offsets',
    );
    await page.waitForFunction(
      (wanted) =>
        [...CSS.highlights].some(
          ([name, ranges]) => name.startsWith('qarin-ann-') && [...ranges].some((r) => String(r) === wanted),
        ),
      phrase,
    );
    await shot('compare-04-highlight-1280');
  });

  it('adds a fourth column and stays usable at 1920 px; closing one keeps the rest', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('compare-add-column').click();
    const picker = page.getByTestId('compare-picker');
    await picker.locator(`[data-testid=picker-item][data-document-id="${idOfSeed.get('004')}"]`).click();
    await page.locator('[data-testid=compare-view][data-painted=true]').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=compare-column]')].length === 4);
    await page.locator('[data-testid=compare-view][data-painted=true]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await shot('compare-05-four-columns-1920');
    await page.getByTestId('compare-column').nth(1).getByTestId('compare-make-base').click();
    await page.getByTestId('compare-column').nth(1).getByTestId('compare-base').waitFor();
    await page.getByTestId('compare-column').nth(2).getByTestId('compare-close-column').click();
    const remaining = (await columnScrolls()).map((column) => column.id);
    assert.deepEqual(remaining, [idOfSeed.get('000'), idOfSeed.get('001'), idOfSeed.get('004')]);
  });

  it('offers the most similar reports first in «compare with…» from the reader', async () => {
    await page.getByTestId('compare-panels').click();
    await page.getByTestId('side-tab-library').click();
    await page.locator(`[data-testid=library-list] [role=option][data-document-id="${idOfSeed.get('000')}"]`).click();
    await page.locator(`[data-testid=reader-scroller][data-document-id="${idOfSeed.get('000')}"]`).waitFor();
    await page.getByTestId('compare-with').click();
    const similar = await callApi<{ hits: Array<{ id: string }> }>('compare.similar', {
      id: idOfSeed.get('000'),
      limit: 8,
    });
    const items = page.getByTestId('compare-picker').getByTestId('picker-item');
    await items.first().waitFor();
    await page.waitForFunction(
      (count) => [...document.querySelectorAll('[data-testid=compare-picker] .picker-note')].length === count,
      similar.hits.length,
    );
    const offered = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-document-id')));
    assert.deepEqual(
      offered.slice(0, similar.hits.length),
      similar.hits.map((hit) => hit.id),
      'similar reports come first, in order',
    );
    await shot('compare-06-compare-with-1920');
    await items.first().click();
    await page.locator('[data-testid=compare-view][data-painted=true]').waitFor();
    assert.deepEqual(
      (await columnScrolls()).map((column) => column.id),
      [idOfSeed.get('000'), similar.hits[0]?.id],
    );
  });

  it('keeps the columns right to left in the English interface', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByRole('button', { name: 'Scroll locked by alignment' }).waitFor();
    const lefts = await page
      .getByTestId('compare-column')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().left));
    assert.ok(lefts[0]! > lefts[1]!, 'the first report is still the rightmost column');
    await shot('compare-07-english-1920');
  });

  it('raised no page errors', () => {
    assert.deepEqual(project.pageErrors, []);
  });
});
