import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stemCandidates } from '../../src-main/core/arabic/stemCandidates';
import { TermVocabulary } from '../../src-main/core/search/termVocabulary';

/** Words that share stems in every way the analyzer knows: clitics, ال, و, plural and feminine endings. */
const STEMS = ['كتب', 'اجتماع', 'حكوم', 'مدين', 'سلام', 'قال', 'ليبي'];
const AFFIXES = ['', 'ال', 'و', 'وال', 'بال', 'لل', 'ف'];
const ENDINGS = ['', 'ات', 'ة', 'ين', 'ون', 'ها', 'هم', 'ه'];
const word = fc
  .tuple(fc.constantFrom(...AFFIXES), fc.constantFrom(...STEMS), fc.constantFrom(...ENDINGS))
  .map(([affix, stem, ending]) => affix + stem + ending);

/** What the vocabulary promises, kept the plain way: per stem, its terms' numbers in the order met. */
function modelOf(words: readonly string[]): { terms: string[]; termsByStem: Map<string, number[]> } {
  const terms: string[] = [];
  const termsByStem = new Map<string, number[]>();
  for (const term of words) {
    if (terms.includes(term)) continue;
    terms.push(term);
    for (const stem of stemCandidates(term).slice(0, 3)) {
      termsByStem.set(stem, [...(termsByStem.get(stem) ?? []), terms.length - 1]);
    }
  }
  return { terms, termsByStem };
}

function stemLists(vocabulary: TermVocabulary): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  vocabulary.forEachStem((stem, termIds) => lists.set(stem, [...termIds]));
  return lists;
}

describe('TermVocabulary', () => {
  it('lists the terms of every stem in the order they came, as added, unpacked and restored', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 400 }), (words) => {
        const model = modelOf(words);
        const vocabulary = new TermVocabulary();
        for (const term of words) vocabulary.intern(term);
        const unpacked = TermVocabulary.unpack(vocabulary.pack());
        const restored = TermVocabulary.restore(model.terms, model.termsByStem);
        for (const copy of [vocabulary, unpacked, restored]) {
          assert.deepEqual(stemLists(copy), model.termsByStem);
          for (const [stem, termIds] of model.termsByStem) assert.deepEqual(copy.termsWithStem(stem), termIds);
          assert.deepEqual(copy.termsWithStem('لامثيللها'), []);
          model.terms.forEach((term, id) => assert.equal(copy.idOf(term), id));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('restores more terms than it first has room for, and goes on linking terms added after an unpack or a restore', () => {
    const first = STEMS.flatMap((stem) => AFFIXES.map((affix) => affix + stem));
    const letters = [...'بتثجحخدذرزسشصضطظعغفقكلمنهي'];
    // 1,500 words more: past the 1,024 terms the vocabulary first has room for.
    const later = Array.from({ length: 1_500 }, (_, n) => {
      const made = `${letters[n % letters.length]}${letters[Math.floor(n / letters.length) % letters.length]}`;
      return AFFIXES[n % AFFIXES.length]! + STEMS[n % STEMS.length]! + made + ENDINGS[n % ENDINGS.length]!;
    });
    const model = modelOf([...first, ...later]);
    const packed = new TermVocabulary();
    for (const term of first) packed.intern(term);
    const early = modelOf(first);
    for (const copy of [TermVocabulary.unpack(packed.pack()), TermVocabulary.restore(early.terms, early.termsByStem)]) {
      for (const term of later) copy.intern(term);
      assert.deepEqual(stemLists(copy), model.termsByStem);
    }
    assert.deepEqual(stemLists(TermVocabulary.restore(model.terms, model.termsByStem)), model.termsByStem);
    assert.ok(model.terms.length > 1_024, 'enough terms to outgrow the first room, of 1,024 terms');
  });

  it('refuses stem lists that give a word more stems than a word has', () => {
    const terms = ['الكتاب'];
    const stems = [
      ['a', [0]],
      ['b', [0]],
      ['c', [0]],
      ['d', [0]],
    ] as const;
    assert.throws(() => TermVocabulary.restore(terms, stems), /gives term 0 more stems than a word has/);
    assert.throws(() => TermVocabulary.restore(terms, [['a', [5]]]), /names term 5, which it does not have/);
    assert.throws(() => TermVocabulary.restore(terms, [['a', [-1]]]), /names term -1, which it does not have/);
  });

  it('restores each stem’s terms in the order the tables give them, not sorted', () => {
    const restored = TermVocabulary.restore(
      ['كتاب', 'الكتاب', 'كتب'],
      [
        ['كتاب', [1, 0]],
        ['كتب', [2, 0, 1]],
      ],
    );
    assert.deepEqual(restored.termsWithStem('كتاب'), [1, 0]);
    assert.deepEqual(restored.termsWithStem('كتب'), [2, 0, 1]);
    assert.deepEqual(
      stemLists(restored),
      new Map([
        ['كتاب', [1, 0]],
        ['كتب', [2, 0, 1]],
      ]),
    );
  });
});
