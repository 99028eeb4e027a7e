import type { CompiledQuery, CompiledWord } from './compiledQuery';
import type { SpellingCorrection } from './spellingCorrections';
import type { SearchVocabulary } from './searchVocabulary';
import { spellingsOf } from './stemSpellings';

/** How many readings of one typed word a notice names at most. */
const MAX_NAMED_READINGS = 2;

function termIdsOf(word: CompiledWord, vocabulary: SearchVocabulary): Set<number> {
  const ids = new Set<number>();
  const exact = vocabulary.idOf(word.exact);
  if (exact !== undefined) ids.add(exact);
  for (const id of spellingsOf(word, vocabulary)) ids.add(id);
  return ids;
}

/**
 * The readings of mistyped words that results rely on (the search passes those it shows, best
 * first): a reading found, in any spelling of its stem, in a result that lacks the word as typed.
 * These are what the notice names, so it never claims a word was read otherwise when the results
 * hold the word as typed, nor lists every reading that was tried; and a result shown below others
 * that has only a reading is explained, wherever the reading's lower weight ranked it.
 */
export function readingsShown(
  compiled: CompiledQuery,
  vocabulary: SearchVocabulary,
  shown: readonly Uint32Array[],
): SpellingCorrection[] {
  if (compiled.corrections.length === 0) return [];
  const words: CompiledWord[] = [];
  for (const clause of compiled.clauses) {
    for (const term of clause.alternatives) if (term.kind === 'word') words.push(term);
  }
  const typedIds = new Map<string, Set<number>>();
  for (const word of words) if (word.reading === undefined) typedIds.set(word.exact, termIdsOf(word, vocabulary));
  const readings = words.filter((word) => word.reading !== undefined);
  const readingIds = readings.map((reading) => termIdsOf(reading, vocabulary));
  const named: SpellingCorrection[] = [];
  const namedCount = new Map<string, number>();
  for (const sequence of shown) {
    const present = new Set(sequence);
    readings.forEach((reading, n) => {
      const typed = reading.reading!.typed;
      const alreadyNamed = named.some(
        (correction) => correction.readAs === reading.exact && correction.typed === typed,
      );
      if (alreadyNamed || (namedCount.get(typed) ?? 0) >= MAX_NAMED_READINGS) return;
      const has = (ids: ReadonlySet<number> | undefined) => [...(ids ?? [])].some((id) => present.has(id));
      if (!has(readingIds[n]) || has(typedIds.get(typed))) return;
      named.push({ typed, readAs: reading.exact });
      namedCount.set(typed, (namedCount.get(typed) ?? 0) + 1);
    });
  }
  return named;
}
