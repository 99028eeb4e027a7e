import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { docBody, fieldContent, type FieldContent } from '../../src-main/core/import/formats/trecFields';

/** The fields as global patterns searched for them over the whole body: the oracle. */
function fieldContentBySearch(body: string, name: string): FieldContent {
  const open = new RegExp(`<${name}(?:\\s[^>]*)?>`, 'gi');
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  const values: string[] = [];
  for (let opening = open.exec(body); opening; opening = open.exec(body)) {
    close.lastIndex = opening.index + opening[0].length;
    const closing = close.exec(body);
    if (!closing) return { values, unclosedAt: opening.index + opening[0].length };
    values.push(body.slice(opening.index + opening[0].length, closing.index));
    open.lastIndex = closing.index + closing[0].length;
  }
  return { values };
}

const NAMES = ['TEXT', 'DOCNO', 'DOC', 'TITLE', 'P'];
const PIECE = fc.constantFrom(
  ...['<TEXT>', '</TEXT>', '<text>', '</Text >', '<TEXT id="1">', '<TEXT\n>', '<TEXTS>', '</TEXT\t\n>', '</TEXT x>'],
  ...['<DOCNO>', '</DOCNO>', '<DOC>', '</DOC>', '<DOC x', '<TITLE >', '</title>', '<P>', '</P>', '<P/>', '<p class=a>'],
  ...['<', '>', '</', '<<', 'خبر', ' ', '\n', 'a', '&amp;', '<1>', '<TEXT', '</TEXT', 'x>'],
);

describe('TREC fields', () => {
  it('are what searching with the tag patterns over the whole body finds', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 20 }), fc.constantFrom(...NAMES), (pieces, name) => {
        const body = pieces.join('');
        assert.deepEqual(fieldContent(docBody(body), name), fieldContentBySearch(body, name));
      }),
      { numRuns: 30_000 },
    );
  });
});
