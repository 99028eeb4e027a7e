import { scanTokens } from '../../src-main/core/arabic/scanTokens';
import { stemArabic } from '../../src-main/core/arabic/stemArabic';
import { stemCandidates } from '../../src-main/core/arabic/stemCandidates';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { queryStems } from '../../src-main/core/search/queryStems';

/** How often a query spelling meets a document spelling, for light10 and for Qarin. */
export interface ConflationRate {
  pairs: number;
  light10: number;
  qarin: number;
}

export interface WawConflationFigures {
  /** «وزير» ↔ «الوزير»: the و is the root's (the article comes before it). Should conflate. */
  rootWaw: ConflationRate;
  /** «وقال» ↔ «قال»: the و is the conjunction. Should conflate. */
  conjunctionWaw: ConflationRate;
  /** «وزير» ↛ «زير»: a root-و word must not match the word left after removing its و. */
  rootWawKeptApart: ConflationRate;
}

function meets(queryWord: string, documentWord: string, frequencyOf: (word: string) => number): boolean {
  const documentStems = stemCandidates(documentWord);
  return queryStems(queryWord, frequencyOf).some((stem) => documentStems.includes(stem));
}

/**
 * Measures the leading-و problem of light stemming on the corpus vocabulary. Root-و words are
 * found through the article: when «الX» occurs, X's first letter cannot be the conjunction. For
 * each pair both directions are tested (query one spelling, find the other), counted once per
 * direction; the third line counts how often a root-و word is kept apart from its و-less remnant.
 */
export function measureWawConflation(documents: readonly IndexableDocument[]): WawConflationFigures {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    const seen = new Set<string>();
    scanTokens(`${document.title}\n${document.text}`, (exact) => seen.add(exact));
    for (const word of seen) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const frequencyOf = (word: string) => documentFrequency.get(word) ?? 0;
  const rootWaw: ConflationRate = { pairs: 0, light10: 0, qarin: 0 };
  const conjunctionWaw: ConflationRate = { pairs: 0, light10: 0, qarin: 0 };
  const rootWawKeptApart: ConflationRate = { pairs: 0, light10: 0, qarin: 0 };
  const count = (rate: ConflationRate, light10: boolean, qarin: boolean) => {
    rate.pairs++;
    if (light10) rate.light10++;
    if (qarin) rate.qarin++;
  };

  for (const [word, frequency] of documentFrequency) {
    if (!/^و[\u0621-\u064a]{3,}$/.test(word) || frequency < 2) continue;
    const remnant = word.slice(1);
    if (frequencyOf(`ال${word}`) >= 2) {
      for (const [query, target] of [
        [word, `ال${word}`],
        [`ال${word}`, word],
      ] as const) {
        count(rootWaw, stemArabic(query) === stemArabic(target), meets(query, target, frequencyOf));
      }
      if (frequencyOf(remnant) >= 1) {
        count(rootWawKeptApart, stemArabic(word) !== stemArabic(remnant), !meets(word, remnant, frequencyOf));
      }
    } else if (frequencyOf(remnant) >= 2 && frequencyOf(`ال${remnant}`) + frequencyOf(remnant) >= frequency) {
      for (const [query, target] of [
        [word, remnant],
        [remnant, word],
      ] as const) {
        count(conjunctionWaw, stemArabic(query) === stemArabic(target), meets(query, target, frequencyOf));
      }
    }
  }
  return { rootWaw, conjunctionWaw, rootWawKeptApart };
}
