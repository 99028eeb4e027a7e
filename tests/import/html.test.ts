import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { parseFile } from '../../src-main/core/import/parseFile';
import { ImportError } from '../../src-main/core/import/importError';
import { FixtureFolder, utf8 } from './importFixtures';

const folder = new FixtureFolder();
after(() => folder.remove());

async function importHtml(html: string | Uint8Array, name = 'page.html') {
  const { path, bytes } = folder.write(name, typeof html === 'string' ? utf8(html) : html);
  const { documents, errors } = await parseFile(path, bytes);
  assert.deepEqual(errors, []);
  assert.equal(documents.length, 1);
  return documents[0]!;
}

const newsPage = `<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>اجتماع عسكري في سرت - أخبار ليبيا 24</title>
<meta property="og:site_name" content="أخبار ليبيا 24">
<meta property="article:published_time" content="2025-10-02T09:15:00+02:00">
<meta name="author" content="فريق التحرير">
<link rel="canonical" href="https://example.ly/news/1">
<style>body { color: red }</style>
<script>var tracking = "لا تظهر";</script>
</head><body>
<header><a href="/">الرئيسية</a> <span>أخبار</span></header>
<nav><ul><li>سياسة</li><li>اقتصاد</li></ul></nav>
<div class="content">
<h1>اجتماع عسكري حاسم في سرت</h1>
<p>جمع الاجتماع قيادات من الشرق   والغرب&nbsp;في سرت.</p>
<p>وقال المتحدث: &quot;الاجتماع خطوة أولى&quot; &amp; أكد<br>استمرار الحوار.</p>
<ul><li>البند الأول</li><li>البند الثاني</li></ul>
<form><input name="q"><button>بحث</button></form>
</div>
<aside>الأكثر قراءة</aside>
<footer>جميع الحقوق محفوظة</footer>
<noscript>فعّل جافاسكربت</noscript>
</body></html>`;

describe('HTML import', () => {
  it('keeps the main text, one block a line, and drops page chrome, scripts and styles', async () => {
    const document = await importHtml(newsPage);
    assert.equal(
      document.text,
      [
        'اجتماع عسكري حاسم في سرت',
        'جمع الاجتماع قيادات من الشرق والغرب\u00A0في سرت.',
        'وقال المتحدث: "الاجتماع خطوة أولى" & أكد',
        'استمرار الحوار.',
        'البند الأول',
        'البند الثاني',
      ].join('\n'),
    );
    assert.equal(document.format, 'html');
  });

  it('reads title, source, date, author and canonical URL from the head', async () => {
    const { meta } = await importHtml(newsPage);
    assert.deepEqual(meta, {
      title: 'اجتماع عسكري في سرت',
      source: 'أخبار ليبيا 24',
      date: '2025-10-02T09:15:00+02:00',
      url: 'https://example.ly/news/1',
      author: 'فريق التحرير',
    });
  });

  it('takes the title from the first <h1> when there is no <title>', async () => {
    const { meta } = await importHtml('<body><header><h1>اسم الموقع</h1></header><h1>عنوان الخبر</h1><p>نص</p></body>');
    assert.equal(meta.title, 'عنوان الخبر');
  });

  it('prefers the longest <article> over teasers and comments around it', async () => {
    const { text } = await importHtml(
      '<body><article><p>تشويقة قصيرة</p></article>' +
        '<article><h2>الخبر</h2><p>هذا هو نص الخبر الكامل الطويل بما يكفي ليكون المقال الرئيسي.</p>' +
        '<article><p>تعليق قارئ</p></article></article></body>',
    );
    assert.equal(text, 'الخبر\nهذا هو نص الخبر الكامل الطويل بما يكفي ليكون المقال الرئيسي.\nتعليق قارئ');
  });

  it('drops elements hidden by attribute or ARIA role', async () => {
    const { text } = await importHtml(
      '<body><div role="navigation">قائمة</div><p hidden>مخفي</p><p aria-hidden="true">مخفي</p><p>ظاهر</p></body>',
    );
    assert.equal(text, 'ظاهر');
  });

  it('honours <meta charset="windows-1256">', async () => {
    const html = '<html><head><meta charset="windows-1256"><title>خبر</title></head><body><p>نص عربي</p></body></html>';
    const document = await importHtml(iconv.encode(html, 'windows-1256'), 'cp1256.htm');
    assert.equal(document.encoding, 'windows-1256');
    assert.equal(document.text, 'نص عربي');
    assert.equal(document.meta.title, 'خبر');
  });

  it('honours the http-equiv form with a charset detection alone could not guess (ISO-8859-6)', async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body><p>خبر عاجل</p></body></html>';
    const document = await importHtml(iconv.encode(html, 'iso-8859-6'));
    assert.equal(document.encoding, 'iso-8859-6');
    assert.equal(document.text, 'خبر عاجل');
  });

  it('fails clearly when the page has no text outside the chrome', async () => {
    const { path, bytes } = folder.write(
      'empty-body.html',
      utf8('<html><head><title>t</title><script>x()</script></head><body><nav>قائمة</nav></body></html>'),
    );
    await assert.rejects(
      parseFile(path, bytes),
      (error: unknown) => error instanceof ImportError && /the HTML page has no text/.test(error.reason.en),
    );
  });
});
