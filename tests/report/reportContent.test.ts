import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { invoke } from '../../src-main/api/dispatch';
import { ApiError } from '../../src-main/api/apiError';
import type { AnnotatedProject } from '../annotations-service/support/annotatedProject';
import { PASSAGES } from '../annotations-service/support/sampleAnnotations';
import { everything, openReportProject, saveReport } from './support/reportProject';

/** The text of every `w:t` of a DOCX's document part, in order. */
async function docxParts(bytes: Buffer): Promise<{ xml: string; text: string }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  return { xml, text: text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') };
}

describe('report content: one model, the same in HTML and DOCX', () => {
  let project: AnnotatedProject;
  const titles = new Map<string, string>();

  before(async () => {
    ({ project } = await openReportProject());
    for (const key of ['000', '001', '002'] as const) {
      titles.set(key, (await invoke(project.workbench.handlers, 'document.get', { id: project.docIds[key] })).title);
    }
  });
  after(() => project.close());

  it('an Arabic HTML report is right to left, self-contained and has every part the user chose', async () => {
    const html = (await saveReport(project, { ...everything(project, 'ar'), format: 'html' })).toString('utf8');
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /src: url\(data:font\/woff2;base64,/, 'the Arabic font is embedded');
    assert.doesNotMatch(html, /(src|href)="(?!#|data:)[^"]*"/, 'no attribute points outside the file');
    // The preview frame inherits the app's policy against inline style attributes: colours are classes.
    assert.doesNotMatch(html, / style="/);
    for (const id of ['annotations', 'comparison', 'codebook', 'memos', 'bibliography']) {
      assert.match(html, new RegExp(`<a href="#${id}">`), `the table of contents links to ${id}`);
      assert.match(html, new RegExp(`<section id="${id}">`));
    }
    for (const passage of Object.values(PASSAGES)) assert.ok(html.includes(passage), passage);
    assert.ok(html.includes('المقاطع المعلَّمة حسب التقرير'));
    assert.ok(html.includes('دليل الرموز'));
    assert.match(html, /<mark class="shared">/, 'shared passages are marked in the columns');
    assert.match(html, /<table class="facts">/);
    assert.equal((html.match(/<div class="column( base)?">/g) ?? []).length, 2);
    // The bibliography cites each report once: the two annotated and the compared one.
    for (const key of ['000', '001', '002'] as const) {
      assert.ok(html.includes(`<bdi>${titles.get(key)}</bdi>`), `cites ${key}`);
    }
    assert.equal((html.match(/<li id="ref-/g) ?? []).length, 3);
  });

  it('the codebook counts highlights per code and keeps the nesting', async () => {
    const html = (await saveReport(project, { codebook: true, language: 'en', format: 'html' })).toString('utf8');
    const rows = [
      ...html.matchAll(
        /<tr><td( class="depth-\d")?>.*?<bdi>([^<]*)<\/bdi><\/td><td dir="auto">([^<]*)<\/td><td class="count">(\d+)/g,
      ),
    ];
    assert.deepEqual(
      rows.map((row) => [row[2], row[3], Number(row[4]), row[1] !== undefined]),
      [
        ['فاعلون', 'من يظهر في التقارير', 2, false],
        ['ألقاب عسكرية', '', 1, true],
        ['Security', '', 1, false],
      ],
    );
    assert.match(html, /<html lang="en" dir="ltr">/);
    assert.ok(html.includes('>Codebook<'));
    assert.doesNotMatch(html, /id="bibliography"/, 'nothing cited, no bibliography');
  });

  it('by code, each passage stands under each of its codes, and uncoded ones last', async () => {
    const html = (await saveReport(project, { annotations: 'by-code', language: 'en', format: 'html' })).toString(
      'utf8',
    );
    const headings = [...html.matchAll(/<h3>(?:<span class="swatch[^"]*"><\/span>)?<bdi>([^<]*)<\/bdi>/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(headings, ['فاعلون', 'فاعلون / ألقاب عسكرية', 'Security', 'Uncoded']);
    assert.equal(html.split(PASSAGES.haftar).length - 1, 2, 'the two-code passage appears under both codes');
  });

  it('the DOCX carries the same passages, right to left, with complex-script fonts and sizes', async () => {
    const { xml, text } = await docxParts(await saveReport(project, { ...everything(project, 'ar'), format: 'docx' }));
    for (const passage of Object.values(PASSAGES)) assert.ok(text.includes(passage), passage);
    for (const key of ['000', '001', '002'] as const) assert.ok(text.includes(titles.get(key)!), `cites ${key}`);
    assert.match(xml, /<w:bidi\/>/);
    assert.match(xml, /<w:bidiVisual\/>/, 'tables run right to left');
    assert.match(xml, /<w:rtl\/>/);
    assert.match(xml, /w:cs="Noto Naskh Arabic"/);
    assert.match(xml, /<w:szCs w:val="\d+"\/>/);
    // Every run of Arabic letters is marked right to left; no run of Latin letters is.
    for (const run of xml.matchAll(/<w:r><w:rPr>(.*?)<\/w:rPr>(.*?)<\/w:r>/g)) {
      const runText = run[2]!.replace(/<[^>]+>/g, '');
      if (/[\u0627-\u064a]/.test(runText)) assert.match(run[1]!, /<w:rtl\/>/, runText);
      if (/[A-Za-z]/.test(runText)) assert.doesNotMatch(run[1]!, /<w:rtl\/>/, runText);
    }
    assert.match(xml, /w:fill="FFE08A"/, 'shared passages are shaded');
  });

  it('an English DOCX keeps English paragraphs left to right and Arabic ones right to left', async () => {
    const { xml } = await docxParts(
      await saveReport(project, { annotations: 'by-report', language: 'en', format: 'docx' }),
    );
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((match) => match[1]!);
    const heading = paragraphs.find((p) => p.includes('Annotated passages by report'))!;
    assert.doesNotMatch(heading, /<w:bidi\/>/);
    const quote = paragraphs.find((p) => p.includes(PASSAGES.borders))!;
    assert.match(quote, /<w:bidi\/>/);
  });

  it('a report with nothing chosen, or a comparison of one report, is refused in both languages', async () => {
    await assert.rejects(
      invoke(project.workbench.handlers, 'report.build', { language: 'ar' }),
      (error: unknown) =>
        error instanceof ApiError &&
        error.code === 'invalid-input' &&
        /codebook/.test(error.bilingual.en) &&
        /دليل الرموز/.test(error.bilingual.ar),
    );
    await assert.rejects(
      invoke(project.workbench.handlers, 'report.build', { compare: [project.docIds['000']] }),
      (error: unknown) => error instanceof ApiError && error.code === 'invalid-input',
    );
    await assert.rejects(
      invoke(project.workbench.handlers, 'report.build', { compare: [project.docIds['000'], 'no-such-report'] }),
      (error: unknown) => error instanceof ApiError && error.code === 'not-found',
    );
  });

  it('a note written in Markdown shows its emphasis, lists and links, not its asterisks', async () => {
    const { handlers } = project.workbench;
    const body = [
      'الرواية **الأولى** نشرت *قبل* الثانية.',
      '',
      '- بند أول',
      '- بند ثانٍ مع [مصدر](https://example.org/a) و[رابط خطر](javascript:alert(1))',
      '',
      '1. Step one',
      '2. Step two',
      '   1. Sub one',
      '3. Step three',
      '',
      'Counted from zero:',
      '',
      '0. Zero',
    ].join('\n');
    const memo = await invoke(handlers, 'memos.save', { title: 'مذكرة منسقة', body, highlightIds: [] });
    try {
      const html = (await saveReport(project, { memos: true, language: 'ar', format: 'html' })).toString('utf8');
      const section = html.slice(html.indexOf('مذكرة منسقة'));
      assert.match(section, /الرواية <strong>الأولى<\/strong> نشرت <em>قبل<\/em> الثانية\./);
      assert.match(
        section,
        /<ul dir="auto"><li dir="auto">بند أول<\/li><li dir="auto">بند ثانٍ مع <a href="https:\/\/example\.org\/a">مصدر<\/a> ورابط خطر<\/li><\/ul>/,
      );
      assert.match(
        section,
        /<ol dir="auto"><li dir="auto" value="1">Step one<\/li><li dir="auto" value="2">Step two<\/li><li dir="auto" class="depth-2" value="1">Sub one<\/li><li dir="auto" value="3">Step three<\/li><\/ol>/,
      );
      assert.match(section, /<ol dir="auto"><li dir="auto" value="0">Zero<\/li><\/ol>/, 'a list may start at 0');
      assert.doesNotMatch(section, /\*\*|javascript:/);

      const { xml, text } = await docxParts(await saveReport(project, { memos: true, language: 'ar', format: 'docx' }));
      assert.ok(text.includes('• بند أول'), 'a bulleted item keeps a bullet');
      assert.ok(text.includes('1. Step one'), 'a numbered item keeps its number');
      // The Arabic report's paragraphs are right to left by default: an English one must say it is not.
      const english = xml.split('<w:p>').find((each) => each.includes('Step one')) ?? '';
      assert.match(english, /<w:bidi w:val="0"\/>/, 'an English paragraph in an Arabic report runs left to right');
      assert.ok(text.includes('مصدر (https://example.org/a)'), 'a link shows its address');
      assert.doesNotMatch(text, /\*\*|javascript:/);
      assert.match(
        xml,
        /<w:b\/><w:bCs\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">الأولى<\/w:t>/,
        'the bold word is a bold run',
      );
    } finally {
      await invoke(handlers, 'memos.delete', { id: memo.id });
    }
  });

  it('what the user wrote cannot become markup in the HTML', async () => {
    const { handlers } = project.workbench;
    await invoke(handlers, 'memos.save', {
      title: '<img src=x onerror=alert(1)>',
      body: '<script>alert(1)</script> [x](javascript:alert(1))',
      highlightIds: [],
    });
    const { html } = await invoke(handlers, 'report.build', { memos: true, language: 'en' });
    assert.doesNotMatch(html, /<img|<script/);
    assert.ok(html.includes('&lt;script&gt;'));
  });
});
