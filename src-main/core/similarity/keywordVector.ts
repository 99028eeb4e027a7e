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

/** A report's keyword vector from its word (stem) hashes. */
export function keywordVector(words: Uint32Array, keywords = KEYWORDS_PER_DOCUMENT): KeywordVector {
  const sorted = words.filter((word) => word !== WORD_BREAK).sort();
  const candidates: { term: number; weight: number }[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    candidates.push({ term: sorted[i]!, weight: (1 + Math.log(j - i)) * stemRarity(sorted[i]!) });
    i = j;
  }
  const top = candidates.sort((a, b) => b.weight - a.weight || a.term - b.term).slice(0, keywords);
  top.sort((a, b) => a.term - b.term);
  const length = Math.sqrt(top.reduce((sum, { weight }) => sum + weight * weight, 0)) || 1;
  return {
    terms: Uint32Array.from(top, ({ term }) => term),
    weights: Float32Array.from(top, ({ weight }) => weight / length),
  };
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
