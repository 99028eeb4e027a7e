import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keywordVector, stemRarity } from '../../src-main/core/similarity/keywordVector';
import { hashWord, WORD_BREAK } from '../../src-main/core/similarity/shingles';
import { seededRandom } from '../helpers/seededRandom';

/** The keywords by their definition: every distinct word weighted, heaviest first, ties by hash. */
function expectedKeywords(words: Uint32Array, keywords: number): number[] {
  const counts = new Map<number, number>();
  for (const word of words) if (word !== WORD_BREAK) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .map(([term, count]) => ({ term, weight: (1 + Math.log(count)) * stemRarity(term) }))
    .sort((a, b) => b.weight - a.weight || a.term - b.term)
    .slice(0, keywords)
    .map(({ term }) => term)
    .sort((a, b) => a - b);
}

function shuffled(words: Uint32Array, random: () => number): Uint32Array {
  const copy = Uint32Array.from(words);
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

test('a keyword vector keeps the heaviest words whatever their order, report after report', () => {
  const random = seededRandom(7);
  const vocabulary = ['حفتر', 'ليبيا', 'الاجتماع', 'سرت', 'مصراته', 'الهدنه', 'قال', 'في', 'من', 'الي'];
  for (let n = 0; n < 400; n++) vocabulary.push(`كلمه${n}`);
  // Reports of very different lengths, so the counting table is reused, grown and cleared.
  for (const length of [3, 40, 700, 5, 3000, 12, 0, 250]) {
    const words = Uint32Array.from({ length }, () =>
      random() < 0.05 ? WORD_BREAK : hashWord(vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!),
    );
    const vector = keywordVector(words);
    assert.deepEqual([...vector.terms], expectedKeywords(words, 20), `report of ${length} words`);
    assert.deepEqual(keywordVector(shuffled(words, random)), vector);
    const norm = vector.weights.reduce((sum, weight) => sum + weight * weight, 0);
    if (vector.terms.length > 0) assert.ok(Math.abs(norm - 1) < 1e-5);
  }
});
