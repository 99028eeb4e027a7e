import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { prepareFile } from '../../src-main/services/import/prepareFile';
import { FixtureFolder, utf8 } from './importFixtures';

const folder = new FixtureFolder();
after(() => folder.remove());

/** A TREC report as real collections break it: </TEXT> forgotten, the next field and </DOC> present. */
const UNCLOSED_TEXT = [
  '<DOC>',
  '<DOCNO>OPEN-TEXT-1</DOCNO>',
  '<TITLE>اجتماع عسكري في بنغازي</TITLE>',
  '<TEXT>',
  'التقى المشير خليفة حفتر وفدا عسكريا في بنغازي.',
  'وأكد الطرفان أهمية الهدنة.',
  '<AUTHOR>مراسل</AUTHOR>',
  '</DOC>',
  '<DOC>',
  '<DOCNO>CLOSED-2</DOCNO>',
  '<TEXT>',
  'تقرير ثان سليم.',
  '</TEXT>',
  '</DOC>',
].join('\n');

describe('TREC: a <TEXT> that is never closed', () => {
  it('is read up to the next field or </DOC>, with a warning on the end of its text', async () => {
    const { path } = folder.write('unclosed-text.txt', utf8(UNCLOSED_TEXT));
    const { documents, errors } = await prepareFile(path, 10 * 1024 * 1024);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      documents.map((document) => document.key),
      ['OPEN-TEXT-1', 'CLOSED-2'],
    );
    const [open, closed] = documents;
    assert.equal(open!.text, 'التقى المشير خليفة حفتر وفدا عسكريا في بنغازي.\nوأكد الطرفان أهمية الهدنة.');
    assert.equal(open!.meta.author, 'مراسل');
    const markup = open!.warnings.filter((warning) => warning.kind === 'unclosed-markup');
    assert.equal(markup.length, 1);
    const warning = markup[0]!;
    assert.equal(warning.end, open!.text.length);
    assert.equal(open!.text.slice(warning.start, warning.end), warning.text);
    assert.ok(warning.text.endsWith('أهمية الهدنة.'), warning.text);
    assert.deepEqual(
      closed!.warnings.filter((w) => w.kind === 'unclosed-markup'),
      [],
    );
  });

  it('in a file cut short inside the report, is read to the end of the file', async () => {
    const cut = '<DOC>\n<DOCNO>CUT-1</DOCNO>\n<TEXT>\nالتقى المشير خليفة حفتر وفدا عسكريا في';
    const { path } = folder.write('cut-short.txt', utf8(cut));
    const { documents, errors } = await prepareFile(path, 10 * 1024 * 1024);
    assert.deepEqual(errors, []);
    assert.equal(documents[0]?.text, 'التقى المشير خليفة حفتر وفدا عسكريا في');
    assert.equal(documents[0]?.warnings.filter((warning) => warning.kind === 'unclosed-markup').length, 1);
  });
});
