import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { buildDocx, utf8 } from '../import/importFixtures';
import { qarin } from '../helpers/runQarin';
import { tempDir } from '../helpers/tempDir';

const MAX_FILE_MB = 1;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** A Word document of a few kilobytes that inflates to megabytes. */
async function zipBombDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx(['placeholder']));
  zip.file(
    'word/document.xml',
    `<w:document><w:body><w:p><w:r><w:t>${'ن'.repeat(3_000_000)}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** One real file for each way an import can fail, and one good report so the import itself runs. */
async function folderOfBadFiles(): Promise<{ folder: string; missing: string; expected: string[] }> {
  const folder = tempDir();
  const files: Record<string, Uint8Array> = {
    'good.txt': utf8('اجتماع عسكري في القاهرة\nجمع الاجتماع قيادات من الشرق والغرب.'),
    'too-big.txt': utf8('ن'.repeat(MAX_FILE_BYTES / 2 + 1)),
    'empty.txt': new Uint8Array(),
    'blank.md': utf8('  \n\t\n'),
    'empty-text.trec': utf8(
      '<DOC>\n<DOCNO>A-1</DOCNO>\n<TEXT>\n  \n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>A-2</DOCNO>\n<TEXT>\nنص التقرير\n</TEXT>\n</DOC>\n',
    ),
    'no-text.trec': utf8('<DOC>\n<DOCNO>B-1</DOCNO>\n</DOC>\n'),
    // A <DOC> the file ends inside is read, with a warning; one left open before the next is an error.
    'unclosed.trec': utf8(
      '<DOC>\n<DOCNO>C-1</DOCNO>\n<TEXT>\nنص\n</TEXT>\n<DOC>\n<DOCNO>C-2</DOCNO>\n<TEXT>\nنص آخر\n</TEXT>\n</DOC>\n',
    ),
    'not-trec.xml': utf8('<rss><item>خبر</item></rss>'),
    'latin-1.txt': new Uint8Array([
      0x63, 0x61, 0x66, 0xe9, 0x20, 0xc9, 0x74, 0xe9, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x0a,
    ]),
    'utf-32.txt': new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]),
    'picture.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    'nul.txt': new Uint8Array([0x41, 0x42, 0x43, 0x44, 0x00, 0x45]),
    'scan.pdf': utf8('%PDF-1.4'),
    'old.doc': utf8('x'),
    'data.csv': utf8('a,b'),
    'lines.jsonl': utf8(
      '{"text":"تقرير أول"}\nnot json\n{"title":"بلا نص"}\n[1]\n{"text":5}\n{"text":""}\n{"text":"ب","date":7}\n{"text":"ج","id":{}}\n{"id":"x","text":"د"}\n{"id":"x","text":"هـ"}\n',
    ),
    'empty-page.html': utf8('<html><body><script>var a = 1;</script><nav>قائمة</nav></body></html>'),
    'bomb.docx': await zipBombDocx(),
    'broken.docx': utf8('not a zip archive'),
    'empty.docx': await buildDocx([]),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  const noDocumentXml = new JSZip();
  noDocumentXml.file('other.xml', '<x/>');
  writeFileSync(join(folder, 'no-document.docx'), await noDocumentXml.generateAsync({ type: 'uint8array' }));
  const missing = join(folder, 'gone', 'report.txt');
  const expected = [...Object.keys(files), 'no-document.docx'].filter((name) => name !== 'good.txt');
  return { folder, missing, expected };
}

/** Latin words a reader of Arabic would have to read as English: isolated runs are shown verbatim. */
function englishWords(arabic: string): string[] {
  return arabic.replace(/\u2068[^\u2069]*\u2069/gu, ' ').match(/[A-Za-z]+/g) ?? [];
}

/** The reason as a terminal prints it: isolates are for interfaces that lay out both directions. */
function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/gu, '');
}

const bad = folderOfBadFiles();
let arabicReasons: Array<{ path: string; reason: string }> = [];

test('every reason an import gives is said in Arabic, with only names and values shown verbatim', async () => {
  const { folder, missing, expected } = await bad;
  const workbench = await openWorkbench({ projectDir: tempDir(), preloadSearch: false });
  try {
    const report = await runImport(workbench, [folder, missing], { maxFileBytes: MAX_FILE_BYTES });
    const failedNames = new Set(report.errors.map((error) => error.path.slice(folder.length + 1)));
    for (const name of [...expected, 'gone/report.txt']) assert.ok(failedNames.has(name), `${name} is reported`);
    const english = report.errors.flatMap((error) =>
      englishWords(error.reason.ar).map((word) => `${error.path}: ${word} in «${error.reason.ar}»`),
    );
    assert.deepEqual(english, []);
    for (const error of report.errors) {
      assert.match(error.reason.ar, /[\u0600-\u06FF]/u, `${error.path} has an Arabic reason`);
      assert.doesNotMatch(error.reason.en, /[\u0600-\u06FF]{2}/u, `${error.path} has an English reason`);
    }
    arabicReasons = report.errors
      .filter((error) => error.path !== missing)
      .map((error) => ({ path: error.path, reason: error.reason.ar }));
  } finally {
    await workbench.close();
  }
});

test('the command line in Arabic prints each failed file with its Arabic reason', async () => {
  const { folder } = await bad;
  assert.ok(arabicReasons.length > 10, 'the reasons of the import above');
  const run = qarin(['import', folder, '--project', tempDir(), '--lang', 'ar', '--max-file-mb', String(MAX_FILE_MB)]);
  assert.equal(run.code, 2, run.stderr);
  const printed = new Set(run.stderr.split('\n'));
  for (const { path, reason } of arabicReasons) {
    const line = `خطأ: ${path}: ${withoutIsolates(reason)}`;
    assert.ok(printed.has(line), `printed: ${line}\n${run.stderr}`);
  }
});
