import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { invoke } from '../../src-main/api/dispatch';
import { chromiumMissingReason, launchChromium, openPage } from '../e2e/support/launchChromium';
import { openSeedProject } from './support/annotatedProject';
import { annotateSamples } from './support/sampleAnnotations';

/** The one browser global the page code below uses; the Node test program has no DOM library. */
declare const getComputedStyle: (element: unknown) => { direction: string };

const artifacts = fileURLToPath(new URL('../../test-artifacts', import.meta.url));

/** The export as a Markdown viewer shows it: CommonMark with its raw HTML (the dir="rtl" blocks) kept. */
function page(markdown: string): string {
  const body = micromark(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), { allowDangerousHtml: true });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Naskh Arabic", "DejaVu Sans", sans-serif; max-width: 46rem; margin: 2rem auto; line-height: 1.7; }
    blockquote { border-inline-start: 4px solid #4e79a7; margin: 0.5rem 0; padding: 0.25rem 1rem; background: #f3f6fa; }
  </style></head><body>${body}</body></html>`;
}

test(
  'the Markdown export renders in Chromium with Arabic quotations right to left',
  { skip: chromiumMissingReason() },
  async () => {
    const project = await openSeedProject();
    let markdown: string;
    try {
      await annotateSamples(project);
      markdown = (await invoke(project.workbench.handlers, 'annotations.export', { format: 'md', language: 'en' }))
        .content;
    } finally {
      await project.close();
    }
    const browser = await launchChromium();
    try {
      const tab = await openPage(browser, { width: 900, height: 1400 });
      await tab.setContent(page(markdown));
      const quotes = await tab.$$eval('blockquote', (elements) =>
        elements.map((element) => ({
          text: element.textContent?.trim() ?? '',
          direction: getComputedStyle(element).direction,
        })),
      );
      const arabic = quotes.filter((quote) => /\p{Script=Arabic}/u.test(quote.text));
      assert.ok(arabic.length >= 4, JSON.stringify(quotes));
      assert.ok(
        arabic.every((quote) => quote.direction === 'rtl'),
        JSON.stringify(arabic),
      );
      assert.equal(
        await tab.$eval('h1', (heading) => getComputedStyle(heading).direction),
        'ltr',
        'English labels stay left to right',
      );
      const note = await tab.$$eval('p', (paragraphs) =>
        paragraphs
          .filter((paragraph) => paragraph.textContent?.includes('Chief of staff'))
          .map((paragraph) => getComputedStyle(paragraph).direction),
      );
      assert.deepEqual(note, ['ltr'], 'an English note is not forced right to left');
      mkdirSync(artifacts, { recursive: true });
      await tab.screenshot({ path: join(artifacts, 'annotations-markdown-export.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  },
);
