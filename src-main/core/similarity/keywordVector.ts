import { BACKGROUND_DOCUMENTS, BACKGROUND_FREQUENCIES } from './backgroundFrequencies';
import { hashWord, WORD_BREAK } from './shingles';

/**
 * Reports of one story written independently (the seeds' three accounts of the Sirte meeting)
 * share almost no five-word run, yet share their rare words: names, places, the event. A report's
 * keywords are its KEYWORDS_PER_DOCUMENT stems of highest tf·idf, and two reports' vocabulary share
 * is the cosine of those weighted keyword vectors (what Lucene's MoreLikeThis calls interesting
 * terms). Keeping only the top terms is what makes it discriminate: the generic words every
 * Arabic news report uses («اجتماع», «تعزيز», «الأمن») fall out, the names stay.
 */
export const KEYWORDS_PER_DOCUMENT = 20;

export interface KeywordVector {
  /** Stem hashes, ascending. */
  terms: Uint32Array;
  /** Their weights, the vector scaled to length 1. */
  weights: Float32Array;
}

let background: Map<number, number> | undefined;

/**
 * Document frequencies from a bundled background corpus (ANT), not from the project: a project of
 * five reports cannot tell a rare word from a common one, and frequencies fixed in advance keep a
 * report's keywords the same whatever else is imported, so signatures never go stale by import.
 */
function backgroundFrequencies(): Map<number, number> {
  if (background) return background;
  background = new Map();
  for (const line of BACKGROUND_FREQUENCIES) {
    const words = line.split(' ');
    const count = Number(words[0]);
    for (let i = 1; i < words.length; i++) background.set(hashWord(words[i]!), count);
  }
  return background;
}

/** The inverse document frequency of a stem hash against the background corpus. */
export function stemRarity(stemHash: number): number {
  const frequency = backgroundFrequencies().get(stemHash) ?? 0;
  return Math.log((BACKGROUND_DOCUMENTS + 1) / (frequency + 0.5));
}

/**
 * A report's keyword vector from its word (stem) hashes. Runs for every report of an import, so it
 * works in typed arrays: one sort of the words, then the best `keywords` kept by insertion.
 */
export function keywordVector(words: Uint32Array, keywords = KEYWORDS_PER_DOCUMENT): KeywordVector {
  const sorted = new Uint32Array(words.length);
  let count = 0;
  for (let i = 0; i < words.length; i++) if (words[i] !== WORD_BREAK) sorted[count++] = words[i]!;
  sorted.subarray(0, count).sort();
  const topTerms = new Uint32Array(keywords);
  const topWeights = new Float64Array(keywords);
  let kept = 0;
  for (let i = 0; i < count;) {
    const term = sorted[i]!;
    let j = i + 1;
    while (j < count && sorted[j] === term) j++;
    const weight = (1 + Math.log(j - i)) * stemRarity(term);
    i = j;
    if (kept === keywords && !outranks(weight, term, topWeights[kept - 1]!, topTerms[kept - 1]!)) continue;
    let place = kept < keywords ? kept++ : kept - 1;
    while (place > 0 && outranks(weight, term, topWeights[place - 1]!, topTerms[place - 1]!)) {
      topWeights[place] = topWeights[place - 1]!;
      topTerms[place] = topTerms[place - 1]!;
      place--;
    }
    topWeights[place] = weight;
    topTerms[place] = term;
  }
  const order = Array.from({ length: kept }, (_, n) => n).sort((a, b) => topTerms[a]! - topTerms[b]!);
  let length = 0;
  for (let n = 0; n < kept; n++) length += topWeights[n]! * topWeights[n]!;
  length = Math.sqrt(length) || 1;
  return {
    terms: Uint32Array.from(order, (n) => topTerms[n]!),
    weights: Float32Array.from(order, (n) => topWeights[n]! / length),
  };
}

/** Heavier first; equal weights by hash, so the choice does not depend on the order of words. */
function outranks(weight: number, term: number, otherWeight: number, otherTerm: number): boolean {
  return weight > otherWeight || (weight === otherWeight && term < otherTerm);
}

/** Cosine of two keyword vectors (both of length 1): 0..1. */
export function keywordCosine(a: KeywordVector, b: KeywordVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, Math.max(0, sum));
}
