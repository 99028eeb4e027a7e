import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readingsOf, WELL_ATTESTED, type SpellingVocabulary } from '../../src-main/core/search/spellingCorrections';

function vocabularyOf(frequencies: Record<string, number>): SpellingVocabulary {
  let lookups = 0;
  return {
    documentFrequency: (word) => {
      lookups++;
      return frequencies[word] ?? 0;
    },
    get lookups() {
      return lookups;
    },
  } as SpellingVocabulary & { lookups: number };
}

describe('a word well attested in the corpus is taken as typed', () => {
  it('is not read as a commoner word one mistake away, and costs one lookup', () => {
    // «أول» (normalized «اول») is also «او» with a letter added, and «او» is more than twice as common.
    const vocabulary = vocabularyOf({ اول: WELL_ATTESTED, او: 3 * WELL_ATTESTED }) as SpellingVocabulary & {
      lookups: number;
    };
    assert.deepEqual(readingsOf('اول', vocabulary), []);
    assert.equal(vocabulary.lookups, 1);
  });

  it('is still read so when it is rarer than that', () => {
    const vocabulary = vocabularyOf({ اول: WELL_ATTESTED - 1, او: 3 * WELL_ATTESTED });
    assert.deepEqual(
      readingsOf('اول', vocabulary).map(({ word }) => word),
      ['او'],
    );
  });
});
