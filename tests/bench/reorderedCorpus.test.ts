import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { reorderText, writeReorderedCorpus } from '../../bench/scale/reorderedCorpus';
import { parseTrec } from '../../src-main/core/import/formats/trec';
import type { ParsedDocument } from '../../src-main/core/text/documentMeta';
import { seededRandom } from '../helpers/seededRandom';
import { tempDir } from '../helpers/tempDir';

const SENTENCES = [
  'قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.',
  'وأضاف أن الوفدين اتفقا على جدول أعمال من ثلاث نقاط؟',
  'ولم يصدر أي تعليق من المعارضة حتى الآن؛',
  'وكانت الجولة السابقة قد انتهت دون نتائج تذكر بعد أسبوعين من المحادثات.',
  'ويرى مراقبون أن فرص النجاح هذه المرة أكبر من أي وقت مضى.',
  'The talks resume in Geneva & the envoy said <nothing> more.',
];

function report(docno: string, sentences: string[]): string {
  const text = [sentences.slice(0, 2).join(' '), sentences.slice(2).join(' ')].join('\n');
  return `<DOC>\n<DOCNO>${docno}</DOCNO>\n<SRC>bbc</SRC>\n<TITLE>عنوان التقرير ${docno} الجديد</TITLE>\n<TIME>Sun, 15 Jul 2018 21:56:56 +0400</TIME>\n<ABSTRACT>ملخص قصير للتقرير</ABSTRACT>\n<TEXT>\n${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}\n</TEXT>\n</DOC>\n`;
}

/** Twelve reports in three files and two folders, one of them twice (a duplicate in the source). */
function sourceCorpus(): string {
  const dir = tempDir('qarin-reordered-source-');
  mkdirSync(join(dir, 'bbc', 'world'), { recursive: true });
  mkdirSync(join(dir, 'cnn'), { recursive: true });
  const rotated = (by: number) => [...SENTENCES.slice(by), ...SENTENCES.slice(0, by)];
  writeFileSync(join(dir, 'bbc', 'world', 'a.txt'), [0, 1, 2, 3].map((n) => report(`A-${n}`, rotated(n))).join(''));
  writeFileSync(join(dir, 'bbc', 'b.txt'), [4, 5].map((n) => report(`B-${n}`, rotated(n))).join(''));
  const cnn = [0, 1, 2, 3, 4].map((n) => report(`C-${n}`, rotated(n).slice(1)));
  writeFileSync(join(dir, 'cnn', 'c.txt'), [...cnn, report('C-again', rotated(0))].join(''));
  return dir;
}

function filesUnder(dir: string): Map<string, string> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(files.map((file) => [relative(dir, file), readFileSync(file, 'utf8')]));
}

function documentsUnder(dir: string): ParsedDocument[] {
  return [...filesUnder(dir).values()].flatMap((content) => parseTrec(content));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The words of a text with their counts, order aside. */
function wordBag(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).sort();
}

describe('reordered corpus for the scale benchmark', () => {
  it('writes the same bytes for the same source and seed, and other bytes for another seed', () => {
    const source = sourceCorpus();
    const first = tempDir('qarin-reordered-');
    const second = tempDir('qarin-reordered-');
    const third = tempDir('qarin-reordered-');
    writeReorderedCorpus({ sourceDir: source, targetDir: first, copies: 3 });
    writeReorderedCorpus({ sourceDir: source, targetDir: second, copies: 3 });
    writeReorderedCorpus({ sourceDir: source, targetDir: third, copies: 3, seed: 7 });
    const written = filesUnder(first);
    assert.equal(written.size, 9, 'three copies of three files');
    assert.deepEqual(filesUnder(second), written);
    assert.notDeepEqual(filesUnder(third), written);
  });

  it('makes every text differ from its source and from every other text, as import hashes them', () => {
    const source = sourceCorpus();
    const target = tempDir('qarin-reordered-');
    const made = writeReorderedCorpus({ sourceDir: source, targetDir: target, copies: 3 });
    const sources = documentsUnder(source);
    assert.equal(made.distinctSources, 11, 'C-again repeats A-0 and is copied once');
    assert.equal(made.leftOut, 0);
    assert.equal(made.reportsWritten, 33);

    const copies = documentsUnder(target);
    assert.equal(copies.length, 33);
    const hashes = new Set([...sources.map((document) => sha256(document.text))]);
    assert.equal(hashes.size, 11);
    for (const copy of copies) {
      const hash = sha256(copy.text);
      assert.ok(!hashes.has(hash), `${copy.key} repeats a text already in the corpus`);
      hashes.add(hash);
    }

    const byDocno = new Map(sources.map((document) => [document.key, document]));
    for (const copy of copies) {
      const origin = byDocno.get(copy.key.replace(/-r\d$/, ''));
      assert.ok(origin, `${copy.key} names its source`);
      assert.deepEqual(wordBag(copy.text), wordBag(origin.text), `${copy.key} has its source's words, reordered`);
      assert.deepEqual(wordBag(copy.meta.title ?? ''), wordBag(origin.meta.title ?? ''));
      assert.equal(copy.meta.date, origin.meta.date);
      assert.equal(copy.meta.source, origin.meta.source);
      assert.equal(copy.text.split('\n').length, origin.text.split('\n').length, 'paragraphs are kept');
    }
  });

  it('leaves out a report too short to be reordered into a new text', () => {
    const source = tempDir('qarin-reordered-source-');
    writeFileSync(
      join(source, 'short.txt'),
      report('ONE', ['كلمة']) + report('TWO', ['جملة قصيرة جدا هنا.', 'وأخرى بعدها مباشرة.']),
    );
    const made = writeReorderedCorpus({ sourceDir: source, targetDir: tempDir('qarin-reordered-'), copies: 2 });
    assert.equal(made.leftOut, 2, 'a one-word report has no other order');
    assert.equal(made.reportsWritten, 2);
  });

  it('reorders sentences across the report and swaps words inside them', () => {
    const text = `${SENTENCES.slice(0, 3).join(' ')}\n${SENTENCES.slice(3).join(' ')}`;
    const reordered = reorderText(text, seededRandom(1));
    assert.notEqual(reordered, text);
    assert.deepEqual(wordBag(reordered), wordBag(text));
    const firstSentences = (text: string) => text.split('\n').map((line) => line.split(/[.؟؛]/)[0]);
    assert.notDeepEqual(firstSentences(reordered), firstSentences(text));
  });
});
