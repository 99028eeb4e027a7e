import { countSharedSorted } from '../../../src-shared/sortedSets';
import type { Token } from '../arabic/token';
import type { Span } from '../text/span';

/**
 * What sentence similarity compares: word features (stems and stem bigrams, so clitics and
 * suffixes do not matter and word order counts a little) and character trigrams of the normalized
 * words (so near spellings and transliterated names still meet). Each is a sorted set of numbers.
 * Stems enter as 32-bit hashes, so a report's features do not depend on what it is compared with
 * and are computed once, when it is prepared.
 */
export interface SentenceFeatures {
  words: Float64Array;
  characters: Float64Array;
  /** The distinct stem hashes alone, for finding candidate pairs. */
  stems: Int32Array;
}

const TWO_32 = 2 ** 32;
const UNIT = 65536;

/** FNV-1a of a string: a stable 32-bit name for a stem. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function sortedUnique(values: Float64Array): Float64Array {
  values.sort();
  let length = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[length++] = values[i]!;
  return values.slice(0, length);
}

/** The features of each sentence, from its tokens [sentenceTokens[s], sentenceTokens[s + 1]). */
export function sentenceFeatures(
  tokens: readonly Token[],
  sentences: readonly Span[],
  sentenceTokens: Int32Array,
): SentenceFeatures[] {
  const hashes = new Int32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) hashes[t] = hashString(tokens[t]!.stem);
  const features: SentenceFeatures[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const from = sentenceTokens[s]!;
    const to = sentenceTokens[s + 1]!;
    let characterCount = 0;
    for (let t = from; t < to; t++) characterCount += tokens[t]!.exact.length;
    const words = new Float64Array(Math.max(0, 2 * (to - from) - 1));
    const characters = new Float64Array(characterCount);
    let w = 0;
    let c = 0;
    for (let t = from; t < to; t++) {
      const stem = hashes[t]! >>> 0;
      words[w++] = stem;
      // A bigram lies above 2^32, so it never equals a unigram; 20 bits of the first stem suffice.
      if (t + 1 < to) words[w++] = TWO_32 * (1 + (stem & 0xfffff)) + (hashes[t + 1]! >>> 0);
      const form = ` ${tokens[t]!.exact} `;
      for (let k = 0; k + 2 < form.length; k++) {
        characters[c++] = (form.charCodeAt(k) * UNIT + form.charCodeAt(k + 1)) * UNIT + form.charCodeAt(k + 2);
      }
    }
    features.push({
      words: sortedUnique(words),
      characters: sortedUnique(characters),
      stems: Int32Array.from(sortedUnique(Float64Array.from(hashes.subarray(from, to)))),
    });
  }
  return features;
}

/** Dice coefficient of two sorted sets. */
export function dice(a: Float64Array, b: Float64Array): number {
  if (a.length + b.length === 0) return 0;
  return (2 * countSharedSorted(a, b)) / (a.length + b.length);
}

/** How alike two sentences are, 0..1: word and character evidence weighed equally. */
export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  return 0.5 * dice(a.words, b.words) + 0.5 * dice(a.characters, b.characters);
}
