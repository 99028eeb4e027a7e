import type { PreparedDocument } from './preparedDocument';
import type { TokenCodes } from './tokenCodes';

/**
 * What sentence similarity compares: word features (stems and stem bigrams, so clitics and
 * suffixes do not matter and word order counts a little) and character trigrams of the normalized
 * words (so near spellings and transliterated names still meet). Each is a sorted set of numbers.
 */
export interface SentenceFeatures {
  words: Float64Array;
  characters: Float64Array;
  /** The distinct stems alone, for finding candidate pairs. */
  stems: Int32Array;
  tokenCount: number;
}

const BIGRAM_BASE = 2 ** 21;
const UNIT = 65536;

function sortedUnique(values: number[]): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let length = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[length++] = sorted[i]!;
  return sorted.slice(0, length);
}

export function sentenceFeatures(document: PreparedDocument, codes: TokenCodes, documentIndex: number): SentenceFeatures[] {
  const stems = codes.stems[documentIndex]!;
  const exacts = codes.exacts[documentIndex]!;
  const features: SentenceFeatures[] = [];
  for (let s = 0; s < document.sentences.length; s++) {
    const from = document.sentenceTokens[s]!;
    const to = document.sentenceTokens[s + 1]!;
    const words: number[] = [];
    const characters: number[] = [];
    for (let t = from; t < to; t++) {
      const stem = stems[t]!;
      // Stems are offset by one so that a bigram never equals a unigram.
      words.push(stem + 1);
      if (t + 1 < to) words.push((stem + 1) * BIGRAM_BASE + stems[t + 1]! + 1);
      const form = ` ${codes.exactForms[exacts[t]!]!} `;
      for (let c = 0; c + 2 < form.length; c++) {
        characters.push((form.charCodeAt(c) * UNIT + form.charCodeAt(c + 1)) * UNIT + form.charCodeAt(c + 2));
      }
    }
    const stemSet = sortedUnique(Array.from(stems.subarray(from, to)));
    features.push({
      words: sortedUnique(words),
      characters: sortedUnique(characters),
      stems: Int32Array.from(stemSet),
      tokenCount: to - from,
    });
  }
  return features;
}

/** Dice coefficient of two sorted sets. */
export function dice(a: Float64Array, b: Float64Array): number {
  if (a.length + b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** How alike two sentences are, 0..1: word and character evidence weighed equally. */
export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  return 0.5 * dice(a.words, b.words) + 0.5 * dice(a.characters, b.characters);
}
