import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { cliticVariant, orthographicVariant } from './queryVariants';
import { seededRandom } from '../../tests/helpers/seededRandom';
import { typoVariant } from './typoVariant';

export const QUERY_FORMS = ['unchanged', 'orthographic', 'clitic', 'both', 'typo'] as const;
export type QueryForm = (typeof QUERY_FORMS)[number];

/** A query a reader might type to find one remembered article again, in every form. */
export interface KnownItemQuery {
  target: string;
  /** The four consecutive words as they stand in the article. */
  words: string[];
  forms: Record<QueryForm, string>;
}

const SENTENCE_END = /[.!؟?؛;\n]+/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORDS_PER_QUERY = 4;

/**
 * Known-item queries (fixed seed): a random article, a random sentence of it with at least four
 * words, four consecutive words of that sentence; then the same words varied in spelling, in
 * clitics, and in both, and with one typing mistake in one word (from a random stream of its own,
 * so that adding the typo form left the other forms as they were).
 */
export function knownItemQueries(
  documents: readonly IndexableDocument[],
  count: number,
  seed = 20_180_620,
): KnownItemQuery[] {
  const random = seededRandom(seed);
  const typoRandom = seededRandom(seed + 1);
  const queries: KnownItemQuery[] = [];
  for (let attempts = 0; queries.length < count && attempts < count * 50; attempts++) {
    const document = documents[Math.floor(random() * documents.length)]!;
    const sentences = document.text
      .split(SENTENCE_END)
      .map((sentence) => sentence.match(WORD) ?? [])
      .filter((words) => words.length >= WORDS_PER_QUERY);
    if (sentences.length === 0) continue;
    const sentence = sentences[Math.floor(random() * sentences.length)]!;
    const start = Math.floor(random() * (sentence.length - WORDS_PER_QUERY + 1));
    const words = sentence.slice(start, start + WORDS_PER_QUERY);
    const clitic = cliticVariant(words, random);
    queries.push({
      target: document.id,
      words,
      forms: {
        unchanged: words.join(' '),
        orthographic: orthographicVariant(words, random).join(' '),
        clitic: clitic.join(' '),
        both: orthographicVariant(clitic, random).join(' '),
        typo: (typoVariant(words, typoRandom)?.words ?? words).join(' '),
      },
    });
  }
  return queries;
}
