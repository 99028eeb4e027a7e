import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { DEFAULT_MAX_IMPORT_BYTES, MAX_REPORT_CHARACTERS, parseFile } from '../../src-main/core/import/parseFile';
import { ImportError } from '../../src-main/core/import/importError';
import { FixtureFolder, utf8 } from './importFixtures';

const folder = new FixtureFolder();
after(() => folder.remove());

const report = 'اجتماع عسكري في سرت\nجمع الاجتماع قيادات من الشرق والغرب.';

async function rejection(
  name: string,
  content: Uint8Array | string,
  options?: { maxBytes?: number },
): Promise<ImportError> {
  const { path, bytes } = folder.write(name, content);
  try {
    await parseFile(path, bytes, options);
  } catch (error) {
    assert.ok(error instanceof ImportError, `expected an ImportError, got ${String(error)}`);
    assert.equal(error.path, path);
    return error;
  }
  assert.fail(`${name} was imported but should have been rejected`);
}

describe('parseFile: each encoding end to end', () => {
  const encodings: [string, Uint8Array][] = [
    ['utf-8', utf8(report)],
    ['utf-8', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(report)])],
    ['utf-16le', iconv.encode(report, 'utf-16le', { addBOM: true })],
    ['utf-16be', Uint8Array.from([0xfe, 0xff, ...iconv.encode(report, 'utf-16be')])],
    ['windows-1256', iconv.encode(report, 'windows-1256')],
  ];
  for (const [index, [encoding, bytes]] of encodings.entries()) {
    it(`imports ${encoding}${index === 1 ? ' with BOM' : ''} to the same text`, async () => {
      const file = folder.write(`report-${index}.txt`, bytes);
      const { documents } = await parseFile(file.path, file.bytes);
      assert.equal(documents[0]!.text, report);
      assert.equal(documents[0]!.encoding, encoding);
      assert.equal(documents[0]!.meta.title, 'اجتماع عسكري في سرت');
    });
  }
});

describe('parseFile: files it cannot import, each with a specific reason', () => {
  it('binary content (NUL bytes)', async () => {
    const error = await rejection('image.txt', Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 1]));
    assert.match(error.reason.en, /^binary file: the content is a GIF image/);
    const nul = await rejection('data.txt', Uint8Array.from([...utf8('نص'), 0, 0, 7, 8]));
    assert.match(nul.reason.en, /^binary file: contains NUL bytes \(first at byte 4\)/);
  });

  it('an empty file and a file of only whitespace', async () => {
    assert.equal((await rejection('empty.txt', new Uint8Array())).reason.en, 'empty file (0 bytes)');
    assert.equal(
      (await rejection('blank.md', ' \n\t\r\n ')).reason.en,
      'empty file: it contains only whitespace (6 bytes)',
    );
  });

  it('a file over the size limit, giving the size and the limit', async () => {
    const error = await rejection('big.txt', 'x'.repeat(3000), { maxBytes: 2048 });
    assert.equal(error.reason.en, 'file too large: 2.9 KB, over the 2 KB limit');
    assert.equal(DEFAULT_MAX_IMPORT_BYTES, 50 * 1024 * 1024);
  });

  it('undecodable bytes', async () => {
    const error = await rejection('latin1.txt', iconv.encode('Élysée: déclaration', 'latin1'));
    assert.match(
      error.reason.en,
      /^undecodable bytes: not valid UTF-8 \(byte 0 is 0xC9\) and not Arabic in Windows-1256/,
    );
  });

  it('an unsupported extension, with what is supported', async () => {
    assert.match(
      (await rejection('photo.png', 'x')).reason.en,
      /^unsupported file type "\.png"; Qarin imports \.txt, \.md, \.html/,
    );
    assert.match((await rejection('old.doc', 'x')).reason.en, /save it as \.docx/);
  });

  it('a .xml file that is not a TREC collection', async () => {
    const error = await rejection('feed.xml', '<?xml version="1.0"?><rss></rss>');
    assert.equal(
      error.reason.en,
      'unsupported: this .xml file is not a TREC collection (it does not start with <DOC>)',
    );
  });

  // A <DOC> the file ends inside is read to the end (see trecUnclosed.test.ts); one with no <TEXT> is an error.
  it('a TREC file whose only <DOC> is unclosed and holds no <TEXT> reports that DOC as an error', async () => {
    const file = folder.write('broken.sgml', '<DOC>\n<DOCNO>X-1</DOCNO>\n');
    const outcome = await parseFile(file.path, file.bytes);
    const inEnglish = outcome.errors.map(({ path, reason }) => ({ path, reason: reason.en }));
    assert.deepEqual(outcome.documents, []);
    assert.deepEqual(inEnglish, [{ path: file.path, reason: '<DOC> X-1 (line 1): no <TEXT> element' }]);
  });
});

describe('parseFile: reports longer than the reader can show', () => {
  it('refuses a report over the limit, naming it and saying what to do, and keeps the others', async () => {
    const long = 'ا'.repeat(MAX_REPORT_CHARACTERS + 1);
    const alone = await parseFile('/reports/long.txt', utf8(long));
    assert.deepEqual(alone.documents, []);
    assert.equal(alone.errors.length, 1);
    assert.equal(alone.errors[0]!.path, '/reports/long.txt');
    assert.match(
      alone.errors[0]!.reason.en,
      /2,000,001 characters, over the 2,000,000 the reader can show at once; split it/,
    );

    const lines = [
      JSON.stringify({ id: 'short', text: 'تقرير قصير' }),
      JSON.stringify({ id: 'long', text: long }),
    ].join('\n');
    const mixed = await parseFile('/reports/mixed.jsonl', utf8(lines));
    assert.deepEqual(
      mixed.documents.map((document) => document.key),
      ['short'],
    );
    assert.match(mixed.errors[0]!.reason.en, /^report long: 2,000,001 characters/);
    const exact = await parseFile('/reports/exact.txt', utf8('ا'.repeat(MAX_REPORT_CHARACTERS)));
    assert.equal(exact.documents.length, 1, 'a report at the limit imports');
  });
});
