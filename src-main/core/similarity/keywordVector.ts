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

/**
 * Stem hash → rarity as an open-addressing table in typed arrays: signing looks up every distinct
 * word of every report, and as Map keys most 32-bit hashes are boxed numbers, slow to hash. Stem
 * hashes are already mixed (and never 0, which marks an empty slot), so their low bits index it.
 */
interface RarityTable {
  mask: number;
  keys: Uint32Array;
  rarities: Float64Array;
}

let background: RarityTable | undefined;
/** The rarity of a stem the background corpus never saw. */
const UNSEEN_RARITY = inverseFrequency(0);

function inverseFrequency(frequency: number): number {
  return Math.log((BACKGROUND_DOCUMENTS + 1) / (frequency + 0.5));
}

/**
 * Inverse document frequencies from a bundled background corpus (ANT), not from the project: a
 * project of five reports cannot tell a rare word from a common one, and frequencies fixed in
 * advance keep a report's keywords the same whatever else is imported, so signatures never go
 * stale by import. Kept as rarities, not counts, so signing a report takes no logarithm per word.
 */
function backgroundRarities(): RarityTable {
  if (background) return background;
  let words = 0;
  for (const line of BACKGROUND_FREQUENCIES) words += line.split(' ').length - 1;
  let size = 1024;
  while (size < words * 2) size *= 2;
  const table: RarityTable = { mask: size - 1, keys: new Uint32Array(size), rarities: new Float64Array(size) };
  for (const line of BACKGROUND_FREQUENCIES) {
    const words = line.split(' ');
    const rarity = inverseFrequency(Number(words[0]));
    for (let i = 1; i < words.length; i++) {
      const hash = hashWord(words[i]!);
      let slot = hash & table.mask;
      while (table.keys[slot] !== 0 && table.keys[slot] !== hash) slot = (slot + 1) & table.mask;
      table.keys[slot] = hash;
      table.rarities[slot] = rarity;
    }
  }
  background = table;
  return table;
}

/** The inverse document frequency of a stem hash against the background corpus. */
export function stemRarity(stemHash: number): number {
  return rarityIn(backgroundRarities(), stemHash);
}

function rarityIn({ mask, keys, rarities }: RarityTable, stemHash: number): number {
  for (let slot = stemHash & mask; ; slot = (slot + 1) & mask) {
    const key = keys[slot]!;
    if (key === stemHash) return rarities[slot]!;
    if (key === 0) return UNSEEN_RARITY;
  }
}

/**
 * `1 + ln(count)` for the counts most words of a report have, computed once: a logarithm for every
 * distinct word of every report was a quarter of the time taken to pick a report's keywords.
 */
const FREQUENCY_WEIGHTS = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count));

function termFrequencyWeight(count: number): number {
  return count < FREQUENCY_WEIGHTS.length ? FREQUENCY_WEIGHTS[count]! : 1 + Math.log(count);
}

/**
 * Distinct words of one report with their counts, in a table reused from report to report:
 * sorting every report's words to group them cost more than the rest of its signature.
 */
let countKeys = new Uint32Array(1024);
let countValues = new Uint32Array(1024);
let distinct = new Int32Array(512);
/** The best keywords found so far, heaviest first, kept from report to report too. */
let topTerms = new Uint32Array(KEYWORDS_PER_DOCUMENT);
let topWeights = new Float64Array(KEYWORDS_PER_DOCUMENT);

/**
 * A report's keyword vector from its word (stem) hashes. Runs for every report of an import, so it
 * works in typed arrays: the words counted in a hash table, then the best `keywords` kept by
 * insertion. Which words are kept does not depend on the order they are met in (`outranks`).
 */
export function keywordVector(words: Uint32Array, keywords = KEYWORDS_PER_DOCUMENT): KeywordVector {
  let size = countKeys.length;
  while (size < words.length * 2) size *= 2;
  if (size > countKeys.length) {
    countKeys = new Uint32Array(size);
    countValues = new Uint32Array(size);
    distinct = new Int32Array(size >> 1);
  }
  const mask = size - 1;
  let distinctCount = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === WORD_BREAK) continue;
    // Word hashes are mixed and never 0, which marks an empty slot.
    let slot = word & mask;
    while (countKeys[slot] !== 0 && countKeys[slot] !== word) slot = (slot + 1) & mask;
    if (countKeys[slot] === 0) {
      countKeys[slot] = word;
      distinct[distinctCount++] = slot;
    }
    countValues[slot]!++;
  }
  if (topTerms.length < keywords) {
    topTerms = new Uint32Array(keywords);
    topWeights = new Float64Array(keywords);
  }
  const rarities = backgroundRarities();
  let kept = 0;
  for (let n = 0; n < distinctCount; n++) {
    const slot = distinct[n]!;
    const term = countKeys[slot]!;
    const weight = termFrequencyWeight(countValues[slot]!) * rarityIn(rarities, term);
    countKeys[slot] = 0;
    countValues[slot] = 0;
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
  let length = 0;
  for (let n = 0; n < kept; n++) length += topWeights[n]! * topWeights[n]!;
  length = Math.sqrt(length) || 1;
  // By hash, by insertion: at most KEYWORDS_PER_DOCUMENT of them, for every report of an import.
  const terms = new Uint32Array(kept);
  const weights = new Float32Array(kept);
  for (let n = 0; n < kept; n++) {
    const term = topTerms[n]!;
    const weight = topWeights[n]! / length;
    let place = n;
    while (place > 0 && terms[place - 1]! > term) {
      terms[place] = terms[place - 1]!;
      weights[place] = weights[place - 1]!;
      place--;
    }
    terms[place] = term;
    weights[place] = weight;
  }
  return { terms, weights };
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
