import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, shapeOf, type LineShape } from '../../src-main/core/import/lineShape';

/** The shape as the boilerplate rules first computed it, in several passes (`fold` is its definition): the oracle. */
function shapeBySteps(line: string): LineShape {
  const folded = fold(line);
  const words = folded.split(' ').filter((token) => /[\p{L}\p{N}]/u.test(token));
  return { folded, wordCount: words.length, words };
}

/** The shape's parts, read through its getters. */
function partsOf({ folded, wordCount, words }: LineShape): LineShape {
  return { folded, wordCount, words };
}

/** Characters each folding step treats apart, and some it must leave to the slow path. */
const AWKWARD = [
  ...'أإآٱاىيةهـًٌٍَُِؚّْٰۭۖؐ٠١٢abcXYZ019 \t\n\r\u00A0\u2003\u3000\uFEFF\u200C\u200D.,،:«»-',
  'Σ',
  'ΑΣ',
  'İ',
  'ß',
  'ǅ',
  '\u{1D400}',
  '\uD800',
  '\uDC00',
  'É',
];

const awkwardLine = fc
  .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

describe('line shape', () => {
  it('folds and splits as the step-by-step definition does, on awkward and random lines', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardLine, fc.string({ unit: 'binary', maxLength: 60 })), (line) => {
        assert.deepEqual(partsOf(shapeOf(line)), shapeBySteps(line));
      }),
      { numRuns: 20_000 },
    );
  });

  it('folds the spellings of one word alike', () => {
    assert.deepEqual(partsOf(shapeOf('  أيضاً  Share\u00A0هذه الصفحة ')), {
      folded: 'ايضا share هذه الصفحه',
      wordCount: 4,
      words: ['ايضا', 'share', 'هذه', 'الصفحه'],
    });
  });

  it('lowers a final sigma as a word ending', () => {
    assert.equal(shapeOf('ΟΔΟΣ ΑΣ').folded, 'οδος ας');
  });
});
