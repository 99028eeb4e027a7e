import type { SearchVocabulary } from './searchVocabulary';

/**
 * More expansions than this are cut to the most frequent ones (as Lucene caps the clauses of a
 * rewritten prefix query), so that «ال*» costs a bounded amount of work.
 */
const MAX_EXPANSIONS = 256;

/**
 * Expands `prefix*` against the vocabulary: words that begin with the prefix, and words whose stem
 * does (so «اجتم*» also reaches «والاجتماعات» through its stem «اجتماع»). Results are remembered
 * for the life of one query, which asks for the same prefix when scoring and when highlighting.
 */
export class PrefixExpansion {
  private readonly cache = new Map<string, readonly number[]>();

  constructor(
    private readonly vocabulary: SearchVocabulary,
    private readonly frequencyOf: (termId: number) => number,
  ) {}

  /** Numbers of the terms the prefix stands for, the most frequent first. */
  expand(prefix: string): readonly number[] {
    let expanded = this.cache.get(prefix);
    if (!expanded) {
      const ids = new Set<number>();
      for (const term of this.vocabulary.termsWithPrefix(prefix)) ids.add(this.vocabulary.idOf(term)!);
      for (const stem of this.vocabulary.stemsWithPrefix(prefix)) {
        for (const id of this.vocabulary.termsWithStem(stem)) ids.add(id);
      }
      expanded = [...ids]
        .map((id) => ({ id, frequency: this.frequencyOf(id) }))
        .filter(({ frequency }) => frequency > 0)
        .sort((a, b) => b.frequency - a.frequency || a.id - b.id)
        .slice(0, MAX_EXPANSIONS)
        .map(({ id }) => id);
      this.cache.set(prefix, expanded);
    }
    return expanded;
  }
}
