import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TYPO_KINDS, typoVariant, withTypo } from '../../bench/search/typoVariant';
import { seededRandom } from '../helpers/seededRandom';

/** Letters of `a` and `b` that differ, position by position (same length). */
function differences(a: string, b: string): number[] {
  return [...a].flatMap((letter, at) => (letter === b[at] ? [] : [at]));
}

describe('the typo generator of the search benchmark', () => {
  it('drops exactly one letter', () => {
    const random = seededRandom(1);
    for (let n = 0; n < 50; n++) {
      const typed = withTypo('الاجتماع', 'dropped', random)!;
      assert.equal(typed.length, 'الاجتماع'.length - 1);
      const at = [...typed].findIndex((letter, i) => letter !== 'الاجتماع'[i]);
      const place = at < 0 ? typed.length : at;
      assert.equal(typed, 'الاجتماع'.slice(0, place) + 'الاجتماع'.slice(place + 1));
    }
  });

  it('swaps two adjacent, different letters', () => {
    const random = seededRandom(2);
    for (let n = 0; n < 50; n++) {
      const typed = withTypo('حفتر', 'swapped', random)!;
      const changed = differences('حفتر', typed);
      assert.equal(changed.length, 2, typed);
      assert.equal(changed[1]! - changed[0]!, 1);
      assert.equal(typed[changed[0]!], 'حفتر'[changed[1]!]);
    }
    assert.equal(withTypo('سسسس', 'swapped', random), undefined);
  });

  it('replaces one letter with a look-alike, and only where the word has one', () => {
    const random = seededRandom(3);
    const pairs = new Set(['ضظ', 'ذز', 'تط', 'قك', 'حخ', 'سص', 'دذ', 'ثس', 'عغ', 'جح', 'ضد', 'ظز']);
    for (let n = 0; n < 50; n++) {
      const typed = withTypo('حفتر', 'look-alike', random)!;
      const changed = differences('حفتر', typed);
      assert.equal(changed.length, 1, typed);
      const pair = `${'حفتر'[changed[0]!]}${typed[changed[0]!]}`;
      assert.ok(pairs.has(pair) || pairs.has([...pair].reverse().join('')), pair);
    }
    assert.equal(withTypo('منلم', 'look-alike', random), undefined);
  });

  it('leaves short words, digits and Latin alone', () => {
    const random = seededRandom(4);
    for (const kind of TYPO_KINDS) {
      for (const word of ['من', 'قال', '2018', 'Trump']) assert.equal(withTypo(word, kind, random), undefined);
    }
  });

  it('puts one mistake in one word of a query, the same for the same seed', () => {
    const words = ['التقى', 'المشير', 'خليفة', 'حفتر'];
    const first = typoVariant(words, seededRandom(5))!;
    assert.deepEqual(typoVariant(words, seededRandom(5)), first);
    const changed = first.words.flatMap((word, place) => (word === words[place] ? [] : [place]));
    assert.deepEqual(changed, [first.place]);
    assert.ok(TYPO_KINDS.includes(first.kind));
    const kinds = new Set(Array.from({ length: 60 }, (_, n) => typoVariant(words, seededRandom(100 + n))!.kind));
    assert.deepEqual([...kinds].sort(), [...TYPO_KINDS].sort());
  });
});
