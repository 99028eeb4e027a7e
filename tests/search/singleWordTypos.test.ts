import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KnownItemQuery } from '../../bench/search/knownItemQueries';
import { scoreSingleWordTypos, singleWordTypos } from '../../bench/search/singleWordTypos';
import { doc } from './fixtures/smallIndex';

function query(words: string[], typo: string[]): KnownItemQuery {
  const unchanged = words.join(' ');
  return {
    target: 't',
    words,
    forms: { unchanged, orthographic: unchanged, clitic: unchanged, both: unchanged, typo: typo.join(' ') },
  };
}

describe('the one-word typo figures of the search benchmark', () => {
  it('takes the mistyped word of each typo query, and the word meant, normalized', () => {
    const typos = singleWordTypos([
      query(['قال', 'المشير', 'خليفة', 'حفتر'], ['قال', 'المشير', 'خليفة', 'حفطر']),
      // No mistake, or one that normalization undoes («أ» for «ا»): nothing to find.
      query(['اجتماع', 'في', 'مدينة', 'سرت'], ['اجتماع', 'في', 'مدينة', 'سرت']),
      query(['الاتفاق', 'بين', 'الطرفين', 'اليوم'], ['الأتفاق', 'بين', 'الطرفين', 'اليوم']),
      query(['جاءت', 'نتيجة', 'المباراة', 'مفاجئة'], ['جاءت', 'نطيجة', 'المباراة', 'مفاجئة']),
    ]);
    assert.deepEqual(typos, [
      { typed: 'حفطر', meant: 'حفتر' },
      { typed: 'نطيجة', meant: 'نتيجه' },
    ]);
  });

  it('scores whether the results hold the word meant, where, and whether the notice names it', () => {
    const documents = [
      doc('meant', 'عاد المشير حفتر إلى بنغازي'),
      doc('other', 'موائد الإفطار في رمضان'),
      doc('title', 'نص لا يذكره', { title: 'نتيجة المباراة' }),
    ];
    const typos = [
      { typed: 'حفطر', meant: 'حفتر' },
      { typed: 'نطيجة', meant: 'نتيجه' },
    ];
    const answers: Record<string, { ids: string[]; firstReading?: string }> = {
      // Found second; the notice names another word.
      حفطر: { ids: ['other', 'meant'], firstReading: 'افطر' },
      // Found first, in the title.
      نطيجة: { ids: ['title', 'other'], firstReading: 'نتيجه' },
    };
    const scores = scoreSingleWordTypos(typos, documents, (typed) => answers[typed]!);
    assert.deepEqual(scores, { topHolds: 0.5, mrrAt10: (1 / 2 + 1) / 2, namedFirst: 0.5 });
  });
});
