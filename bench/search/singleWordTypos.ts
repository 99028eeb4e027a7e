import { analyze } from '../../src-main/core/arabic/analyze';
import { normalizeArabic } from '../../src-main/core/arabic/normalizeArabic';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import type { KnownItemQuery } from './knownItemQueries';

/**
 * A mistyped word searched alone, as a reader types a name or a term: the word with the mistake of
 * a known-item query's typo form, and the word meant (normalized).
 */
export interface SingleWordTypo {
  typed: string;
  meant: string;
}

/** The mistyped word of each typo query whose mistake survives normalization. */
export function singleWordTypos(queries: readonly KnownItemQuery[]): SingleWordTypo[] {
  return queries.flatMap((query) => {
    const typedWords = query.forms.typo.split(' ');
    const place = typedWords.findIndex((word, at) => word !== query.words[at]);
    if (place < 0) return [];
    const typed = typedWords[place]!;
    const meant = normalizeArabic(query.words[place]!);
    return normalizeArabic(typed) === meant ? [] : [{ typed, meant }];
  });
}

/** What an engine answers a one-word query: its top ten, and the reading its notice names first. */
export interface OneWordAnswer {
  ids: string[];
  firstReading?: string;
}

export interface SingleWordTypoScores {
  /** Share of queries whose top result holds the word meant. */
  topHolds: number;
  /** MRR@10 of the first result that holds the word meant. */
  mrrAt10: number;
  /** Share of queries whose notice names the word meant first. */
  namedFirst: number;
}

/**
 * How well one-word queries with a mistake find the word meant: a result holds it when the word
 * stands in its title or text in that normalized form.
 */
export function scoreSingleWordTypos(
  typos: readonly SingleWordTypo[],
  documents: readonly IndexableDocument[],
  answer: (query: string) => OneWordAnswer,
): SingleWordTypoScores {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const words = new Map<string, Set<string>>();
  const wordsOf = (id: string) => {
    let known = words.get(id);
    if (!known) {
      const document = byId.get(id);
      known = new Set(document ? analyze(`${document.title}\n${document.text}`).map(({ exact }) => exact) : []);
      words.set(id, known);
    }
    return known;
  };
  let topHolds = 0;
  let reciprocalRanks = 0;
  let namedFirst = 0;
  for (const { typed, meant } of typos) {
    const { ids, firstReading } = answer(typed);
    const first = ids.slice(0, 10).findIndex((id) => wordsOf(id).has(meant));
    if (first === 0) topHolds++;
    if (first >= 0) reciprocalRanks += 1 / (first + 1);
    if (firstReading === meant) namedFirst++;
  }
  const count = Math.max(1, typos.length);
  return { topHolds: topHolds / count, mrrAt10: reciprocalRanks / count, namedFirst: namedFirst / count };
}
