import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parseFile } from '../../src-main/core/import/parseFile';
import { ImportError } from '../../src-main/core/import/importError';
import { FixtureFolder, buildDocx, utf8 } from './importFixtures';

const folder = new FixtureFolder();
after(() => folder.remove());

function rejectsWith(reason: RegExp) {
  return (error: unknown) => error instanceof ImportError && reason.test(error.reason.en);
}

describe('Word (.docx) import', () => {
  it('extracts the text one paragraph a line and reads title and author from docProps/core.xml', async () => {
    const bytes = await buildDocx(['اجتماع عسكري في سرت', '', 'جمع الاجتماع قيادات من الشرق والغرب.'], {
      title: 'تقرير سرت',
      creator: 'مراسل ليبيا',
    });
    const file = folder.write('report.docx', bytes);
    const { documents, errors } = await parseFile(file.path, file.bytes);
    assert.deepEqual(errors, []);
    assert.deepEqual(documents, [
      {
        key: '1',
        text: 'اجتماع عسكري في سرت\nجمع الاجتماع قيادات من الشرق والغرب.',
        meta: { title: 'تقرير سرت', author: 'مراسل ليبيا' },
        format: 'docx',
        encoding: 'utf-8',
      },
    ]);
  });

  it('titles the document with its first line when the properties have no title', async () => {
    const file = folder.write('untitled.docx', await buildDocx(['السطر الأول', 'الثاني']));
    const { documents } = await parseFile(file.path, file.bytes);
    assert.equal(documents[0]!.meta.title, 'السطر الأول');
  });

  it('rejects a .docx that is not a ZIP archive', async () => {
    const file = folder.write('corrupt.docx', utf8('this is not a zip file at all'));
    await assert.rejects(parseFile(file.path, file.bytes), rejectsWith(/^corrupt \.docx: not a readable ZIP archive/));
  });

  it('rejects a truncated .docx', async () => {
    const whole = await buildDocx(['نص']);
    const file = folder.write('truncated.docx', whole.subarray(0, Math.floor(whole.length / 2)));
    await assert.rejects(parseFile(file.path, file.bytes), rejectsWith(/^corrupt \.docx/));
  });

  it('rejects a ZIP archive that has no word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const file = folder.write('not-word.docx', await zip.generateAsync({ type: 'uint8array' }));
    await assert.rejects(parseFile(file.path, file.bytes), rejectsWith(/no word\/document\.xml/));
  });

  it('rejects a Word document without text', async () => {
    const file = folder.write('blank.docx', await buildDocx(['', '  ']));
    await assert.rejects(parseFile(file.path, file.bytes), rejectsWith(/contains no text/));
  });
});
