import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { micromark } from 'micromark';
import type { Code } from '../../src-main/core/annotations/code';
import type { Highlight } from '../../src-main/core/annotations/highlight';
import type { AnnotationExportInput, ExportDocument } from '../../src-main/core/export/exportInput';
import { exportMarkdown } from '../../src-main/core/export/markdownExport';
import { highlights } from './fixtures/sampleExport';

/**
 * Payloads that ran when an export was opened in a viewer that allows raw HTML (pandoc, markdown-it
 * with html on), and their usual variations: scripts, event handlers, frames, CSS requests,
 * dangerous link schemes, an escape the user wrote, HTML split across lines.
 */
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>@import url(https://evil.example/x.css);</style>',
  '<div style="background:url(https://evil.example/t.png)">نص</div>',
  '<svg onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<a href="javascript:alert(1)">انقر</a>',
  '<object data="data:text/html,x"></object>',
  '<!-- x --><script>alert(1)</script>',
  '\\<script>alert(1)</script>',
  '`x`<script>alert(1)</script>',
  'سطر\n<script>\nalert(1)\n</script>',
  '<javascript:alert(1)>',
  '[انقر](javascript:alert(1))',
  '[انقر](&#106;avascript:alert(1))',
  '[انقر]( <javascript:alert(1)> )',
  '![صورة](javascript:alert(1))',
  '[انقر](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '[ref]\n\n[ref]:\n  vbscript:msgbox(1)',
  '[نص]{onclick="alert(1)"}',
];

const hostileUrls = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
];

function hostileInput(): AnnotationExportInput {
  const documents: ExportDocument[] = payloads.map((payload, index) => ({
    id: `doc-${index}`,
    title: `تقرير ${index} ${payload}`,
    source: payload,
    url: hostileUrls[index % hostileUrls.length],
    text: `نص التقرير رقم ${index} وفيه جملة للتظليل.`,
  }));
  const codes: Code[] = payloads.map((payload, index) => ({
    id: `code-${index}`,
    name: `رمز ${index} ${payload}`,
    color: '#123456',
    description: payload,
  }));
  const base = highlights[0]!;
  const highlighted: Highlight[] = documents.map((document, index) => {
    const start = document.text.indexOf('جملة');
    return {
      ...base,
      id: `h-${index}`,
      docId: document.id,
      codeIds: [`code-${index}`],
      note: `ملاحظة ${payloads[index]}`,
      target: {
        ...base.target,
        quote: { exact: 'جملة للتظليل', prefix: '', suffix: '' },
        position: { start, end: start + 'جملة للتظليل'.length },
      },
      status: 'anchored',
    };
  });
  return {
    highlights: highlighted,
    codes,
    documents,
    memos: payloads.map((payload, index) => ({
      id: `m-${index}`,
      title: `مذكرة ${payload}`,
      body: `نص المذكرة ${payload}`,
      highlightIds: [`h-${index}`],
      created: '2025-02-02T10:00:00.000Z',
      modified: '2025-02-02T10:00:00.000Z',
    })),
    documentNotes: payloads.map((payload, index) => ({ docId: `doc-${index}`, body: `ملاحظة التقرير ${payload}` })),
  };
}

const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'style',
  'object',
  'embed',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'form',
  'details',
  'textarea',
]);
const safeUrl = /^(https?:\/\/|mailto:|#)/i;

interface Found {
  elements: string[];
  attributes: string[];
  text: string;
}

function inspect(html: string): Found {
  const found: Found = { elements: [], attributes: [], text: '' };
  const visit = (node: ReturnType<typeof parseDocument>['children'][number]): void => {
    if (node.type === 'text') found.text += node.data;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      found.elements.push(node.name);
      for (const [name, value] of Object.entries(node.attribs)) {
        const dangerousUrl = (name === 'href' || name === 'src' || name === 'data') && !safeUrl.test(value.trim());
        if (name.startsWith('on') || name === 'style' || dangerousUrl)
          found.attributes.push(`<${node.name} ${name}="${value}">`);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const child of parseDocument(html).children) visit(child);
  return found;
}

for (const groupBy of ['document', 'code'] as const) {
  for (const language of ['en', 'ar'] as const) {
    test(`a ${groupBy} export (${language}) rendered with raw HTML allowed runs nothing the user wrote`, () => {
      const markdown = exportMarkdown(hostileInput(), {
        groupBy,
        exportedAt: '2025-03-01T12:00:00.000Z',
        title: 'تصدير <script>alert(1)</script>',
        scope: 'رمز: <img src=x onerror=alert(1)>',
        language,
      });
      // The whole file, front matter included: a viewer without front-matter support renders it as text.
      const html = micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });
      const found = inspect(html);
      const dangerous = found.elements.filter((name) => forbiddenElements.has(name));
      assert.deepEqual(dangerous, [], 'elements that run or load something');
      assert.deepEqual(found.attributes, [], 'handlers, inline styles or non-http(s) links');
      const allowed = new Set([
        'p',
        'h1',
        'h2',
        'h3',
        'blockquote',
        'ul',
        'li',
        'strong',
        'em',
        'code',
        'div',
        'a',
        'hr',
        'br',
        'pre',
      ]);
      assert.deepEqual(
        [...new Set(found.elements.filter((name) => !allowed.has(name)))],
        [],
        'only the export’s own elements',
      );
    });
  }
}

test('what the user wrote renders as written: the payloads appear as text', () => {
  const markdown = exportMarkdown(hostileInput(), { groupBy: 'document', exportedAt: '2025-03-01T12:00:00.000Z' });
  const { text } = inspect(micromark(markdown, { allowDangerousHtml: true }));
  for (const payload of [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">انقر</a>',
  ]) {
    assert.ok(text.includes(`ملاحظة ${payload}`), `note shown as written: ${payload}`);
    assert.ok(text.includes(`نص المذكرة ${payload}`), `memo shown as written: ${payload}`);
    assert.ok(text.includes(`ملاحظة التقرير ${payload}`), `report note shown as written: ${payload}`);
  }
  assert.ok(text.includes('[انقر](javascript:alert(1))'), 'a link to a dangerous scheme stays visible as text');
  assert.ok(text.includes('javascript:alert(document.domain)'), 'a dangerous report URL is cited as text');
});

test('an http(s) report URL is still written as a link, and Markdown formatting in notes still works', () => {
  const input = hostileInput();
  input.documents = input.documents.map((document) => ({ ...document, url: 'https://example.org/news?id=1&lang=ar' }));
  input.highlights = input.highlights.map((highlight) => ({
    ...highlight,
    note: 'مهم **جدا** و[المصدر](https://example.org/a)',
  }));
  const html = micromark(exportMarkdown(input, { groupBy: 'document', exportedAt: '2025-03-01T12:00:00.000Z' }));
  assert.match(html, /<a href="https:\/\/example\.org\/news\?id=1&amp;lang=ar">/);
  assert.match(html, /مهم <strong>جدا<\/strong> و<a href="https:\/\/example\.org\/a">المصدر<\/a>/);
});
