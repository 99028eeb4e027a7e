import { scanTokens } from '../../src-main/core/arabic/scanTokens';
import { stemArabic } from '../../src-main/core/arabic/stemArabic';
import { stemCandidates } from '../../src-main/core/arabic/stemCandidates';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { queryStems } from '../../src-main/core/search/queryStems';

/** How often a query spelling meets a document spelling, for light10 alone and for Qarin. */
export interface ConflationRate {
  pairs: number;
  light10: number;
  qarin: number;
}

export interface LeadingLetterFigures {
  /** «وزير» ↔ «الوزير»: the و is the root's. Should conflate. */
  rootWaw: ConflationRate;
  /** «وقال» ↔ «قال»: the و is the conjunction. Should conflate. */
  conjunctionWaw: ConflationRate;
  /** «وزير» ↛ «زير»: a root-و word should not match what is left without its و. */
  rootWawKeptApart: ConflationRate;
  /** «ألماني» ↔ «الألماني»: normalized «الماني», its ال is not the article. Should conflate. */
  hamzaLam: ConflationRate;
  /** «الرئيس» ↔ «رئيس»: the article. Should conflate. */
  article: ConflationRate;
}

function meets(queryWord: string, documentWord: string, frequencyOf: (word: string) => number): boolean {
  const documentStems = stemCandidates(documentWord);
  return queryStems(queryWord, frequencyOf).some((stem) => documentStems.includes(stem));
}

function emptyRate(): ConflationRate {
  return { pairs: 0, light10: 0, qarin: 0 };
}

/**
 * Measures, on the corpus vocabulary, light stemming's misreadings of leading letters. A word X
 * whose «الX» also occurs cannot begin with the conjunction (after «وزير» comes «الوزير») nor with
 * the article (after «الماني», i.e. «ألماني», comes «الالماني»). Each pair is tested in both
 * directions (query one spelling, find the other), and the query side sees the corpus's document
 * frequencies, as in the index.
 */
export function measureLeadingLetters(documents: readonly IndexableDocument[]): LeadingLetterFigures {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    const seen = new Set<string>();
    scanTokens(`${document.title}\n${document.text}`, (exact) => seen.add(exact));
    for (const word of seen) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const frequencyOf = (word: string) => documentFrequency.get(word) ?? 0;
  const figures: LeadingLetterFigures = {
    rootWaw: emptyRate(),
    conjunctionWaw: emptyRate(),
    rootWawKeptApart: emptyRate(),
    hamzaLam: emptyRate(),
    article: emptyRate(),
  };
  const count = (rate: ConflationRate, light10: boolean, qarin: boolean) => {
    rate.pairs++;
    if (light10) rate.light10++;
    if (qarin) rate.qarin++;
  };
  const bothWays = (rate: ConflationRate, a: string, b: string) => {
    for (const [query, target] of [
      [a, b],
      [b, a],
    ] as const) {
      count(rate, stemArabic(query) === stemArabic(target), meets(query, target, frequencyOf));
    }
  };

  for (const [word, frequency] of documentFrequency) {
    if (frequency < 2 || !/^[\u0621-\u064a]{4,}$/.test(word)) continue;
    const withArticle = `ال${word}`;
    if (word.startsWith('و')) {
      const remnant = word.slice(1);
      if (frequencyOf(withArticle) >= 2) {
        bothWays(figures.rootWaw, word, withArticle);
        if (frequencyOf(remnant) >= 1) {
          count(figures.rootWawKeptApart, stemArabic(word) !== stemArabic(remnant), !meets(word, remnant, frequencyOf));
        }
      } else if (frequencyOf(remnant) >= 2 && frequencyOf(`ال${remnant}`) + frequencyOf(remnant) >= frequency) {
        bothWays(figures.conjunctionWaw, word, remnant);
      }
    } else if (word.startsWith('ال')) {
      const remnant = word.slice(2);
      if (frequencyOf(withArticle) >= 2) bothWays(figures.hamzaLam, word, withArticle);
      else if (remnant.length >= 2 && frequencyOf(remnant) >= 2) bothWays(figures.article, word, remnant);
    }
  }
  return figures;
}
