import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../src-main/core/import/parseFile';
import { titleFromText } from '../../src-main/core/import/titleFromText';
import { FixtureFolder, seedText, utf8 } from './importFixtures';

const folder = new FixtureFolder();
after(() => folder.remove());

async function importOne(name: string, text: string) {
  const { path, bytes } = folder.write(name, utf8(text));
  const { documents, errors } = await parseFile(path, bytes);
  assert.deepEqual(errors, []);
  assert.equal(documents.length, 1);
  return documents[0]!;
}

describe('plain text import', () => {
  it('keeps a seed report exactly and titles it with its first line', async () => {
    const seed = seedText('000_06f512fe5b46b25a.txt');
    const document = await importOne('000.txt', seed);
    assert.equal(document.text, seed);
    assert.deepEqual(document.meta, { title: 'اجتماع عسكري حاسم في سرت يجمع قيادات الجيش البارزة ومسؤولي مصراتة.' });
    assert.deepEqual([document.key, document.format, document.encoding], ['1', 'txt', 'utf-8']);
  });

  it('skips blank leading lines for the title and caps a paragraph-long first line at a word', () => {
    assert.equal(titleFromText('\n\n   عنوان   الخبر  \nنص'), 'عنوان الخبر');
    const long = 'كلمة '.repeat(60).trim();
    const title = titleFromText(long)!;
    assert.ok(title.endsWith('كلمة…'), title);
    assert.ok(title.length <= 121);
  });

  it('treats an extensionless file that is not TREC as plain text', async () => {
    const document = await importOne('README', 'ملاحظات\nسطر');
    assert.equal(document.format, 'txt');
  });
});

describe('Markdown import', () => {
  it('keeps the markup in the text and takes the title from the first ATX heading', async () => {
    const markdown = 'مقدمة قصيرة\n\n## **اجتماع** [سرت](https://example.ly) ##\n\nنص الخبر.\n';
    const document = await importOne('report.md', markdown);
    assert.equal(document.text, markdown);
    assert.equal(document.meta.title, 'اجتماع سرت');
    assert.equal(document.format, 'md');
  });

  it('recognises setext headings and ignores headings inside code fences', async () => {
    const document = await importOne('setext.markdown', '```\n# ليس عنوانا\n```\nالعنوان الحقيقي\n===\n\nنص');
    assert.equal(document.meta.title, 'العنوان الحقيقي');
  });

  it('prefers a front-matter title', async () => {
    const document = await importOne(
      'front.md',
      '---\ntitle: "عنوان من المقدمة"\ndate: 2025-10-01\n---\n# عنوان آخر\n',
    );
    assert.equal(document.meta.title, 'عنوان من المقدمة');
  });

  it('falls back to the first line when there is no heading', async () => {
    const document = await importOne('plain.md', '\nسطر *أول*\nسطر ثان');
    assert.equal(document.meta.title, 'سطر أول');
  });
});
