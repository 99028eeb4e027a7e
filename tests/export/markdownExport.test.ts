import { test } from 'node:test';
import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { exportMarkdown } from '../../src-main/core/export/markdownExport';
import { chiefOfStaffReport, emojiPost, highlights, sampleInput, sirteReport } from './fixtures/sampleExport';

const exportedAt = '2025-03-01T12:00:00.000Z';
/**
 * The export without its direction marks (RLM, RLI, PDI; tested in markdownDirection.test.ts), so
 * these tests read the structure and the text.
 */
const withoutMarks = (markdown: string) => markdown.replace(/[\u200F\u2067\u2069]/g, '');
const byDocument = withoutMarks(exportMarkdown(sampleInput, { groupBy: 'document', exportedAt, scope: 'كل التقارير' }));
const byCode = withoutMarks(exportMarkdown(sampleInput, { groupBy: 'code', exportedAt }));
const html = (markdown: string) =>
  micromark(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), { allowDangerousHtml: true });

function frontMatter(markdown: string): Record<string, string | number> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  assert.ok(match, 'front matter between --- lines');
  return Object.fromEntries(
    match[1]!.split('\n').map((line) => {
      const [, key, value] = /^([a-z_]+): (.*)$/.exec(line) ?? assert.fail(`not a YAML key: value line: ${line}`);
      return [key!, JSON.parse(value!) as string | number];
    }),
  );
}

test('YAML front matter gives title, export date, scope, grouping and counts', () => {
  assert.deepEqual(frontMatter(byDocument), {
    title: 'Qarin annotations',
    exported: exportedAt,
    scope: 'كل التقارير',
    grouped_by: 'document',
    documents: 3,
    highlights: 5,
    codes: 3,
    memos: 1,
  });
});

test('grouped by report: one section per report in the given order, highlights in reading order', () => {
  const headings = [...html(byDocument).matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]);
  assert.deepEqual(headings, [sirteReport.title, chiefOfStaffReport.title, 'Post 😀 with emoji', 'Memos']);
  const quotes = [...html(byDocument).matchAll(/<div dir="rtl" lang="ar">\n<blockquote>\n<p>([\s\S]*?)<\/p>/g)].map(
    (match) => match[1],
  );
  assert.deepEqual(quotes.slice(0, 4), [
    'برئاسة الفريق أول خالد خليفة حفتر',
    'ب epithelialن الشرق والغرب',
    'اللواء خالد حفتر',
    'مصراتة',
  ]);
});

test('Arabic quotes render as blockquotes inside right-to-left divs, and every div closes', () => {
  const rendered = html(byDocument);
  assert.match(
    rendered,
    /<div dir="rtl" lang="ar">\n<blockquote>\n<p>برئاسة الفريق أول خالد خليفة حفتر<\/p>\n<\/blockquote>\n<\/div>/,
  );
  assert.equal((byDocument.match(/<div /g) ?? []).length, (byDocument.match(/<\/div>/g) ?? []).length);
  assert.doesNotMatch(byDocument, /[\u2066-\u2069]/, 'no invisible isolates that would break copy and search');
});

test('each highlight carries its citation: report, source, date, URL, paragraph, codes and note', () => {
  const rendered = html(byDocument);
  for (const label of ['Report', 'Source', 'Date', 'URL', 'Paragraph', 'Codes', 'Note'])
    assert.match(rendered, new RegExp(`<strong>${label}:</strong>`));
  assert.match(rendered, /<li><strong>Paragraph:<\/strong> 4<\/li>/);
  assert.match(rendered, /<a href="https:\/\/example.org\/news\/sirte\?id=1&amp;lang=ar">/);
  assert.match(rendered, /<code>فاعلون \/ حفتر<\/code>, <code>Titles, &quot;ranks&quot;<\/code>/);
  assert.match(rendered, /<strong>الفريق أول<\/strong>/, 'the note is Markdown and renders as such');
});

test('the emoji post is cited by its paragraph, and an orphan is flagged without a paragraph', () => {
  assert.match(
    byDocument,
    new RegExp(`### Paragraph 2\\n\\n<div dir="rtl" lang="ar">\\n\\n> ${highlights[3]!.target.quote.exact}`),
  );
  assert.match(byDocument, /### Orphan\n\n> \[!WARNING\]/);
  assert.ok(emojiPost.text.includes(highlights[3]!.target.quote.exact));
});

test('grouped by code: a section per code path with its description, then the uncoded', () => {
  const headings = [...html(byCode).matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]);
  assert.deepEqual(headings, [
    'فاعلون / حفتر (2)',
    'Titles, &quot;ranks&quot; (2)',
    'Uncoded (2)',
    `Note on the report: ${sirteReport.title}`,
    'Memos',
  ]);
  assert.match(byCode, /ذكر خالد حفتر وألقابه/);
  assert.equal(frontMatter(byCode).grouped_by, 'code');
});

test('memos list their body and the highlights they link', () => {
  assert.match(html(byDocument), /<strong>Linked highlights:<\/strong>[\s\S]*«برئاسة الفريق أول خالد خليفة حفتر»/);
});

test('Markdown in quoted report text is escaped and renders literally', () => {
  const text = '1. عنوان *مهم* <b>وسم</b>\n# ليس عنوانا';
  const document = { id: 'd', title: 'نص', text };
  const highlight = {
    ...highlights[0]!,
    id: 'h',
    docId: 'd',
    codeIds: [],
    note: '',
    target: {
      ...highlights[0]!.target,
      quote: { exact: text, prefix: '', suffix: '' },
      position: { start: 0, end: text.length },
    },
  };
  const markdown = exportMarkdown(
    { highlights: [highlight], codes: [], memos: [], documents: [document] },
    { groupBy: 'document', exportedAt },
  );
  const rendered = html(withoutMarks(markdown));
  assert.match(rendered, /<blockquote>\n<p>1\. عنوان \*مهم\* &lt;b&gt;وسم&lt;\/b&gt;\n# ليس عنوانا<\/p>/);
});

test('Arabic labels when asked', () => {
  const arabic = exportMarkdown(sampleInput, { groupBy: 'document', exportedAt, language: 'ar' });
  assert.match(arabic, /\*\*المصدر:\*\* الوسط/);
  assert.equal(frontMatter(arabic).title, 'تعليقات قارِن');
});
