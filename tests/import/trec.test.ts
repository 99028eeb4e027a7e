import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalText } from '../../src-main/core/import/canonicalText';
import { parseTrec, readTrec } from '../../src-main/core/import/formats/trec';
import { parseFile } from '../../src-main/core/import/parseFile';
import { ContentError } from '../../src-main/core/import/contentError';
import { FixtureFolder, utf8 } from './importFixtures';

/** The English of each problem: the wording these tests pin; both languages are checked elsewhere. */
const english = (problems: Array<{ en: string }>) => problems.map((problem) => problem.en);

/** Shaped like an ANT corpus file: indented lines, a blank first line, a bare ampersand. */
function antDoc(docno: string, overrides: Partial<Record<'TITLE' | 'TIME' | 'AUTHOR' | 'TEXT', string>> = {}): string {
  return [
    '<DOC>',
    `<DOCNO>${docno}</DOCNO>`,
    '<URL>http://www.alarabiya.net/ar/aswaq/2018/05/22/sp.html</URL>',
    '<SRC>alarabia</SRC>',
    '<CAT>economy</CAT>',
    `<TITLE>${overrides.TITLE ?? 'S&P: مشاكل تركيا قد تدفع ماليتها إلى "التدهور" سريعا'}</TITLE>`,
    `<TIME>${overrides.TIME ?? 'Tue, 22 May 2018 20:28:19 +0400'}</TIME>`,
    `<AUTHOR>${overrides.AUTHOR ?? 'العربية.نت'}</AUTHOR>`,
    '<ABSTRACT>',
    '  قالت وكالة S&P إن مشاكل تركيا قد تدفع ماليتها إلى التدهور.',
    '</ABSTRACT>',
    '<TEXT>',
    overrides.TEXT ??
      ' \nقالت وكالة S&P إن مشاكل تركيا &amp; ديونها قد تدفع ماليتها إلى التدهور.  \n وأضافت الوكالة أن الليرة فقدت كثيرا من قيمتها.\n',
    '</TEXT>',
    '</DOC>',
  ].join('\n');
}

const folder = new FixtureFolder();
after(() => folder.remove());

describe('parseTrec: ANT-style documents', () => {
  it('maps every field to the document and its metadata', () => {
    const [document, ...rest] = parseTrec(antDoc('AL-economy-62-20180522'));
    assert.equal(rest.length, 0);
    assert.deepEqual(document, {
      key: 'AL-economy-62-20180522',
      text: 'قالت وكالة S&P إن مشاكل تركيا & ديونها قد تدفع ماليتها إلى التدهور.\nوأضافت الوكالة أن الليرة فقدت كثيرا من قيمتها.',
      meta: {
        title: 'S&P: مشاكل تركيا قد تدفع ماليتها إلى "التدهور" سريعا',
        source: 'alarabia',
        date: '2018-05-22T20:28:19+04:00',
        url: 'http://www.alarabiya.net/ar/aswaq/2018/05/22/sp.html',
        author: 'العربية.نت',
        category: 'economy',
        externalId: 'AL-economy-62-20180522',
        abstract: 'قالت وكالة S&P إن مشاكل تركيا قد تدفع ماليتها إلى التدهور.',
      },
      format: 'trec',
      encoding: 'utf-8',
    });
  });

  it('writes GMT times as UTC and leaves an empty AUTHOR out', () => {
    const [document] = parseTrec(antDoc('BB-world-1', { TIME: 'Mon, 26 Feb 2018 02:20:10 GMT', AUTHOR: '' }));
    assert.equal(document!.meta.date, '2018-02-26T02:20:10Z');
    assert.equal('author' in document!.meta, false);
  });

  it('reads several <DOC>s in one file, in order', () => {
    const documents = parseTrec(`${antDoc('A-1')}\n\n${antDoc('A-2')}\n${antDoc('A-3')}\n`);
    assert.deepEqual(
      documents.map((document) => document.key),
      ['A-1', 'A-2', 'A-3'],
    );
  });

  it('falls back to the first line for a missing title and to the ordinal for a missing DOCNO', () => {
    const [document] = parseTrec('<DOC>\n<TEXT>\nسطر أول من الخبر\nسطر ثان\n</TEXT>\n</DOC>');
    assert.equal(document!.key, '1');
    assert.equal(document!.meta.title, 'سطر أول من الخبر');
    assert.equal(document!.meta.externalId, undefined);
  });

  it('turns classic TREC <P> paragraphs into lines', () => {
    const [document] = parseTrec('<DOC><DOCNO>X</DOCNO><TEXT><P>فقرة أولى</P><P>فقرة ثانية</P></TEXT></DOC>');
    assert.equal(document!.text, 'فقرة أولى\n\nفقرة ثانية');
  });
});

describe('parseTrec and readTrec: malformed input', () => {
  const good = antDoc('GOOD-1');

  it('reports a <DOC> without <TEXT> and keeps the others', () => {
    const broken = '<DOC>\n<DOCNO>NO-TEXT</DOCNO>\n<TITLE>عنوان</TITLE>\n</DOC>';
    const { documents, problems } = readTrec(`${good}\n${broken}`);
    assert.deepEqual(
      documents.map((document) => document.key),
      ['GOOD-1'],
    );
    assert.deepEqual(english(problems), ['<DOC> NO-TEXT (line 19): no <TEXT> element']);
  });

  it('reports an unclosed <DOC> before the next one and at the end of the file', () => {
    const unclosed = '<DOC>\n<DOCNO>OPEN</DOCNO>\n<TEXT>نص</TEXT>\n';
    const { documents, problems } = readTrec(`${unclosed}${good}\n${unclosed}`);
    // The one the file ends inside is read to the end, with a warning (see trecUnclosed.test.ts).
    assert.deepEqual(
      documents.map((document) => document.key),
      ['GOOD-1', 'OPEN'],
    );
    assert.deepEqual(english(problems), ['<DOC> #1 (line 1): no closing </DOC> before the next <DOC>']);
  });

  it('reports an empty <TEXT>, a stray </DOC> and a repeated DOCNO', () => {
    const text = ['<DOC><DOCNO>T-EMPTY</DOCNO><TEXT>  </TEXT></DOC>', '</DOC>', good, good].join('\n');
    assert.deepEqual(english(readTrec(text).problems), [
      '<DOC> T-EMPTY (line 1): <TEXT> is empty',
      'line 2: </DOC> without a matching <DOC>',
      '<DOC> GOOD-1: the same DOCNO appears earlier in the file; this one was skipped',
    ]);
  });

  it('throws when there is no <DOC> at all', () => {
    assert.throws(
      () => readTrec('just text'),
      (error: unknown) => error instanceof ContentError && /no <DOC> element/.test(error.reason.en),
    );
  });

  it('parseTrec is strict: any malformed <DOC> throws with every problem named', () => {
    assert.throws(
      () => parseTrec(`${good}\n<DOC><DOCNO>BAD</DOCNO></DOC>`),
      (error: unknown) =>
        error instanceof ContentError && error.reason.en === 'malformed TREC: <DOC> BAD (line 19): no <TEXT> element',
    );
  });
});

describe('parseFile: TREC detection and errors', () => {
  it('treats .txt, .xml, .sgml and extensionless files that start with <DOC> as TREC', async () => {
    for (const name of ['collection.txt', 'collection.xml', 'collection.sgml', 'COLLECTION']) {
      const { path, bytes } = folder.write(name, utf8(`\n  ${antDoc('D-1')}`));
      const outcome = await parseFile(path, bytes);
      assert.equal(outcome.documents[0]?.format, 'trec', name);
      assert.equal(outcome.documents[0]?.key, 'D-1', name);
    }
  });

  it('reads an ANT file saved with a UTF-8 byte-order mark', async () => {
    const { path, bytes } = folder.write('bom.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(antDoc('BOM-1'))]));
    const outcome = await parseFile(path, bytes);
    assert.deepEqual(
      outcome.documents.map((document) => document.key),
      ['BOM-1'],
    );
  });

  it('returns the good reports and one error per malformed <DOC>, naming the file', async () => {
    const { path, bytes } = folder.write(
      'mixed.txt',
      utf8(`${antDoc('OK-1')}\n<DOC><DOCNO>BAD-1</DOCNO></DOC>\n<DOC><DOCNO>BAD-2</DOCNO><TEXT>x`),
    );
    const outcome = await parseFile(path, bytes);
    assert.deepEqual(
      outcome.documents.map((document) => document.key),
      ['OK-1', 'BAD-2'],
    );
    assert.deepEqual(
      outcome.errors.map((error) => ({ path: error.path, reason: error.reason.en })),
      [{ path, reason: '<DOC> BAD-1 (line 19): no <TEXT> element' }],
    );
  });
});

describe('readTrec: report text', () => {
  /** How a report's text is made, step by step: the oracle for the shortcut taken when lines are tidy. */
  function textBySteps(raw: string): string {
    const decoded = raw
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/<\/?(?:P|BR)(?:\s[^>]*)?\/?>/gi, '\n');
    const canonical = (decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded)
      .replace(/\r\n?/g, '\n')
      .normalize('NFC');
    return canonical
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  it('trims lines and keeps at most one blank line, whether or not the text needs it', () => {
    const piece = fc.constantFrom(
      ...['\n', '\n\n', '\n\n\n', ' ', '\t', '\r', '\r\n', '\u00A0', '\u2003', '\uFEFF', 'خبر', 'e\u0301', 'ا\u0654'],
      ...['<P>', '</p>', '<BR/>', '&amp;', '&lt;', 'S&P', '.'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const raw = pieces.join('');
        const expected = textBySteps(raw);
        const { documents } = readTrec(`<DOC>\n<DOCNO>d</DOCNO>\n<TEXT>${raw}</TEXT>\n</DOC>\n`);
        assert.equal(documents[0]?.text ?? '', expected);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('readTrec: a canonical file', () => {
  it('gives the same reports whether or not it is said to be canonical', () => {
    const piece = fc.constantFrom(
      ...[
        '\n',
        ' ',
        'e',
        '\u0301',
        '\u0327',
        'ا',
        '\u0653',
        '\u0654',
        '\u0655',
        'و',
        'ي',
        '\u064E',
        '\u0651',
        '\u0650',
      ],
      ...['\u0344', '\u1100', '\u1161', '\u11A8', '\uAC00', '\u0915', '\u093C', '\u2000', '\uFEFF', '\r', 'Å', 'A'],
      ...['&amp;', '&#x301;', '<P>', '</TEXT><TEXT>', '</TEXT>\n<TEXT>'],
    );
    const raw = fc.oneof(
      fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join('')),
      fc.string({ unit: 'grapheme-composite', maxLength: 25 }),
    );
    fc.assert(
      fc.property(raw, (body) => {
        const file = canonicalText(`<DOC>\n<DOCNO>d</DOCNO>\n<TEXT>${body}</TEXT>\n</DOC>\n`);
        assert.deepEqual(readTrec(file, 'utf-8', true), readTrec(file, 'utf-8', false));
      }),
      { numRuns: 20_000 },
    );
  });
});
