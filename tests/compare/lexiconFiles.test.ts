import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { UserLexicons } from '../../src-main/services/compare/userLexicons';
import { tempDir } from '../helpers/tempDir';

/** A fresh `<project>/lexicons/` folder holding the given files. */
function lexiconsFolder(files: Record<string, Uint8Array | string>): string {
  const folder = join(tempDir(), 'lexicons');
  mkdirSync(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

const LIBYA_LINES = [
  '# ألقاب وأماكن ليبية',
  'title\tالحاج\trank',
  'place\tتاورغاء\tcity\tLY\tتاورغا',
  'given-name\tمفتاح',
];

function utf16leWithBom(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

test('a file saved in Windows-1256 is read as Arabic, not as garbled UTF-8', async () => {
  const folder = lexiconsFolder({ 'libya.tsv': iconv.encode(LIBYA_LINES.join('\r\n'), 'windows-1256') });
  const list = await new UserLexicons(folder).list();
  assert.deepEqual(list.problems, []);
  assert.deepEqual(
    list.entries.map(({ file, line, name }) => `${file}:${line} ${name}`),
    ['libya.tsv:2 الحاج', 'libya.tsv:3 تاورغاء', 'libya.tsv:4 مفتاح'],
  );
});

test('a UTF-16LE file with a byte-order mark is read, with its line numbers', async () => {
  const folder = lexiconsFolder({ 'libya.txt': utf16leWithBom(LIBYA_LINES.join('\r\n')) });
  const list = await new UserLexicons(folder).list();
  assert.deepEqual(list.problems, []);
  assert.deepEqual(
    list.entries.map(({ line, name }) => `${line} ${name}`),
    ['2 الحاج', '3 تاورغاء', '4 مفتاح'],
  );
});

test('a line whose bytes are in no readable encoding is reported by file and line; the rest loads', async () => {
  // A Latin-1 «é» in an otherwise UTF-8 file: not UTF-8, and not Arabic in Windows-1256 either.
  const bytes = Buffer.concat([
    Buffer.from('title\tالحاج\trank\n', 'utf8'),
    Buffer.from('place\tCaf', 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from('\tcity\ngiven-name\tمفتاح\n', 'utf8'),
  ]);
  const folder = lexiconsFolder({ 'mixed.tsv': bytes, 'other.tsv': 'speech-verb\tصرّح\n' });
  const list = await new UserLexicons(folder).list();
  assert.deepEqual(
    list.entries.map(({ file, line, name }) => `${file}:${line} ${name}`),
    ['mixed.tsv:1 الحاج', 'mixed.tsv:3 مفتاح', 'other.tsv:1 صرّح'],
  );
  assert.deepEqual(
    list.problems.map(({ file, line }) => `${file}:${line}`),
    ['mixed.tsv:2'],
  );
  const [problem] = list.problems;
  assert.match(problem!.reason.en, /0xE9/);
  assert.match(problem!.reason.en, /UTF-8/);
  assert.match(problem!.reason.ar, /0xE9/);
  assert.match(problem!.reason.ar, /احفظ/);
});

test('a file that is not text at all is reported once, and the other files still load', async () => {
  const folder = lexiconsFolder({
    'a-utf32.tsv': Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x74, 0x00, 0x00, 0x00]),
    'b-pdf.txt': Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    'c-good.tsv': 'title\tالحاج\trank\n',
  });
  const list = await new UserLexicons(folder).list();
  assert.deepEqual(
    list.entries.map(({ file, name }) => `${file} ${name}`),
    ['c-good.tsv الحاج'],
  );
  assert.deepEqual(
    list.problems.map(({ file, line }) => `${file}:${line}`),
    ['a-utf32.tsv:1', 'b-pdf.txt:1'],
  );
  assert.match(list.problems[0]!.reason.en, /UTF-32/);
  assert.match(list.problems[1]!.reason.en, /PDF/);
  for (const { reason } of list.problems) assert.match(reason.ar, /لم يُقرأ منه شيء/);
});

test('adding to a Windows-1256 file keeps its entries, rewritten as UTF-8', async () => {
  const folder = lexiconsFolder({ 'additions.tsv': iconv.encode(LIBYA_LINES.join('\r\n'), 'windows-1256') });
  const lexicons = new UserLexicons(folder);
  const list = await lexicons.add({ kind: 'speech-verb', text: 'صرّح' });
  assert.deepEqual(list.problems, []);
  assert.deepEqual(
    list.entries.map(({ name }) => name),
    ['الحاج', 'تاورغاء', 'مفتاح', 'صرّح'],
  );
  const written = readFileSync(join(folder, 'additions.tsv'));
  assert.deepEqual([...written.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark tells Windows tools');
  assert.match(written.toString('utf8'), /^title\tالحاج\trank$/m);
});

test('a file with unreadable lines is not rewritten, so those lines are not lost', async () => {
  const bytes = Buffer.concat([Buffer.from('title\tالحاج\trank\nplace\tCaf', 'utf8'), Buffer.from([0xe9, 0x0a])]);
  const folder = lexiconsFolder({ 'additions.tsv': bytes });
  const lexicons = new UserLexicons(folder);
  await assert.rejects(lexicons.add({ kind: 'given-name', text: 'مفتاح' }), (error: Error) => {
    assert.match(error.message, /additions\.tsv/);
    return true;
  });
  await assert.rejects(lexicons.remove({ kind: 'title', name: 'الحاج' }));
  assert.deepEqual(readFileSync(join(folder, 'additions.tsv')), bytes);
});
