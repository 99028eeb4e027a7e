import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { Browser, Page } from 'playwright-core';
import { exportMarkdown } from '../../src-main/core/export/markdownExport';
import { chromiumMissingReason, launchChromium, openPage } from '../e2e/support/launchChromium';
import { repoRoot } from '../e2e/support/buildRenderer';
import { sampleInput } from './fixtures/sampleExport';

const artifactsDir = join(repoRoot, 'test-artifacts', 'markdown-direction');
const exportedAt = '2025-03-01T12:00:00.000Z';
const withoutFrontMatter = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The exports whose direction is checked: English labels around Arabic content, by code and by report. */
const exports = {
  'by-code-en': exportMarkdown(sampleInput, { groupBy: 'code', exportedAt, language: 'en' }),
  'by-report-ar': exportMarkdown(sampleInput, { groupBy: 'document', exportedAt, language: 'ar' }),
};

/** Two common renderers, each with raw HTML rendered and not (then `<div dir>` is text or dropped). */
const renderers: Record<string, (markdown: string) => string> = {
  'markdown-it-html': (markdown) => new MarkdownIt({ html: true }).render(markdown),
  'markdown-it-no-html': (markdown) => new MarkdownIt({ html: false }).render(markdown),
  'micromark-gfm-html': (markdown) =>
    micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  'micromark-gfm-no-html': (markdown) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
};

interface BlockDirection {
  tag: string;
  text: string;
  /** What the browser computes for the block as rendered (the page is left to right). */
  computed: string;
  /** What it computes for the same block under `dir="auto"`: its first strong letter's direction. */
  firstStrong: string;
}

describe(
  'the Markdown export reads right to left in two renderers, raw HTML on and off',
  { skip: chromiumMissingReason() },
  () => {
    let browser: Browser;
    let page: Page;

    before(async () => {
      mkdirSync(artifactsDir, { recursive: true });
      browser = await launchChromium();
      page = await openPage(browser, { width: 900, height: 1200 });
    });
    after(async () => browser?.close());

    async function blocksOf(html: string): Promise<BlockDirection[]> {
      await page.setContent(`<!doctype html><html lang="en" dir="ltr"><body>${html}</body></html>`);
      return page.evaluate(() =>
        Array.from(document.body.querySelectorAll('h1, h2, h3, p, li'))
          .filter((element) => /\p{Script=Arabic}/u.test(element.textContent ?? ''))
          // Citation lines and labels («**Source:** الوسط») start with their label, in the export's
          // language: they read in the label's direction, like the rest of the export's own words.
          .filter((element) => {
            const label = element.firstElementChild;
            return !(label?.tagName === 'STRONG' && (element.textContent ?? '').startsWith(label.textContent ?? ''));
          })
          // A GitHub alert («[!WARNING]») must start its quotation as written: GitHub draws it as a box.
          .filter((element) => !(element.textContent ?? '').startsWith('[!'))
          // A paragraph that only wraps a list item's text is checked as the item.
          .filter((element) => !(element.tagName === 'P' && element.parentElement?.tagName === 'LI'))
          .map((element) => {
            const probe = element.cloneNode(true) as HTMLElement;
            probe.dir = 'auto';
            document.body.append(probe);
            const firstStrong = getComputedStyle(probe).direction;
            probe.remove();
            return {
              tag: element.tagName.toLowerCase(),
              text: (element.textContent ?? '').slice(0, 60),
              computed: getComputedStyle(element).direction,
              firstStrong,
            };
          }),
      );
    }

    for (const [exportName, markdown] of Object.entries(exports)) {
      for (const [rendererName, render] of Object.entries(renderers)) {
        it(`${exportName} in ${rendererName}: every block holding Arabic starts right to left`, async () => {
          const blocks = await blocksOf(render(withoutFrontMatter(markdown)));
          assert.ok(blocks.length > 10, `Arabic blocks found (${blocks.length})`);
          assert.ok(
            blocks.some((block) => block.tag.startsWith('h')),
            'headings among them',
          );
          assert.ok(
            blocks.some((block) => block.tag === 'li'),
            'list items among them',
          );
          const leftToRight = blocks.filter((block) => block.firstStrong !== 'rtl');
          assert.deepEqual(leftToRight, [], 'blocks whose first strong letter is left to right');
          if (!rendererName.endsWith('no-html')) {
            const notRtl = blocks.filter((block) => block.computed !== 'rtl');
            assert.deepEqual(notRtl, [], 'blocks the dir blocks do not make right to left');
          }
          await page.screenshot({ path: join(artifactsDir, `${exportName}-${rendererName}.png`), fullPage: true });
        });
      }
    }
  },
);
