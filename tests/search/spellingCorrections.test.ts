import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  readingsOf as readingsWithLikelihoods,
  type SpellingVocabulary,
} from '../../src-main/core/search/spellingCorrections';
import {
  EDIT_COST,
  LOOK_ALIKE_COST,
  SWAP_COST,
  spellingNeighbours,
} from '../../src-main/core/search/spellingNeighbours';

function vocabularyOf(frequencies: Record<string, number>): SpellingVocabulary {
  return { documentFrequency: (word) => frequencies[word] ?? 0 };
}

/** The readings' words, likeliest first. */
function readingsOf(typed: string, vocabulary: SpellingVocabulary): string[] {
  return readingsWithLikelihoods(typed, vocabulary).map(({ word }) => word);
}

function costOf(typed: string, intended: string): number | undefined {
  return spellingNeighbours(typed, (word) => word === intended)[0]?.cost;
}

describe('spelling neighbours: one typing mistake away, with Arabic-aware costs', () => {
  it('finds the word a letter was dropped from, two swapped letters, and a look-alike letter', () => {
    assert.equal(costOf('حفر', 'حفتر'), EDIT_COST);
    assert.equal(costOf('حتفر', 'حفتر'), SWAP_COST);
    assert.equal(costOf('حفطر', 'حفتر'), LOOK_ALIKE_COST);
    assert.equal(costOf('اطلاك', 'اطلاق'), LOOK_ALIKE_COST);
    assert.equal(costOf('الظابط', 'الضابط'), LOOK_ALIKE_COST);
  });

  it('costs a letter that looks nothing alike as a plain edit', () => {
    assert.equal(costOf('حفمر', 'حفتر'), EDIT_COST);
    assert.equal(costOf('حفتتر', 'حفتر'), EDIT_COST);
  });

  it('offers nothing two mistakes away, and never the word itself', () => {
    assert.equal(costOf('حمتز', 'حفتر'), undefined);
    assert.equal(costOf('حفتر', 'حفتر'), undefined);
  });
});

describe('readings of a typed word', () => {
  it('reads a word that never occurs as its likeliest neighbours, commonest and cheapest first', () => {
    const vocabulary = vocabularyOf({ حفتر: 40, حفر: 60, حفظ: 5 });
    // «حفتر» by a look-alike letter before the commoner «حفر» by a dropped one; «حفظ» is two away.
    assert.deepEqual(readingsOf('حفطر', vocabulary), ['حفتر', 'حفر']);
    // «حفتز»: «حفتر» by one plain substitution; nothing else is one mistake away.
    assert.deepEqual(readingsOf('حفتز', vocabulary), ['حفتر']);
  });

  it('ranks a look-alike reading above a commoner one that needs a plain edit', () => {
    const vocabulary = vocabularyOf({ الضابط: 30, الرابط: 60 });
    assert.deepEqual(readingsOf('الظابط', vocabulary), ['الضابط', 'الرابط']);
  });

  it('reads a word that does occur only as much commoner words', () => {
    assert.deepEqual(readingsOf('صالح', vocabularyOf({ صالح: 10, صلاح: 15 })), []);
    assert.deepEqual(readingsOf('صالح', vocabularyOf({ صالح: 10, صلاح: 200 })), ['صلاح']);
  });

  it('skips readings that share the typed word’s stem: the stem already finds them', () => {
    assert.deepEqual(readingsOf('الاجتماعه', vocabularyOf({ الاجتماعات: 100, الاجتماع: 300 })), []);
  });

  it('reads nothing for short words, digits and Latin words', () => {
    const vocabulary = vocabularyOf({ من: 1000, في: 1000, '2018': 500, trump: 50 });
    for (const word of ['مم', '2019', 'trumb']) assert.deepEqual(readingsOf(word, vocabulary), []);
  });

  it('says how likely each reading is against the likeliest: as common, a cheaper mistake; as cheap, a commoner word', () => {
    const readings = readingsWithLikelihoods('حفطر', vocabularyOf({ حفتر: 40, حفر: 40 }));
    assert.deepEqual(
      readings.map(({ word }) => word),
      ['حفتر', 'حفر'],
    );
    assert.equal(readings[0]!.likelihood, 1);
    // A plain edit (1) against a look-alike letter (0.5), three units of log frequency a unit of cost.
    assert.ok(Math.abs(readings[1]!.likelihood - Math.exp(-1.5)) < 1e-9, String(readings[1]!.likelihood));
    const commoner = readingsWithLikelihoods('حفتز', vocabularyOf({ حفتر: 10, حفتم: 40 }));
    assert.deepEqual(
      commoner.map(({ word, likelihood }) => [word, Number(likelihood.toFixed(6))]),
      [
        ['حفتم', 1],
        ['حفتر', 0.25],
      ],
    );
  });
});
