import { unitsToString } from '../arabic/scanTokens';
import { stemCandidates } from '../arabic/stemCandidates';
import { keepsCore, spellingsOf } from './stemSpellings';
import type { CompiledQuery, CompiledTerm } from './compiledQuery';
import type { PrefixExpansion } from './prefixExpansion';
import type { SearchVocabulary } from './searchVocabulary';
import { TermMasks } from './termMasks';

/**
 * Proximity and highlighting track clauses as bits of a 32-bit mask. Clauses past the 32nd still
 * filter and score documents; they only go unhighlighted and earn no proximity bonus.
 */
export const MAX_TRACKED_CLAUSES = 32;

/** One phrase of the query, in the form its occurrences are checked. */
export interface PhraseToFind {
  clause: number;
  titleOnly: boolean;
  words: readonly string[];
  /** Term numbers of the words; undefined where the index has never seen the word. */
  ids: readonly (number | undefined)[];
}

/**
 * Which query clauses a word satisfies, as a bit mask (bit j: clause j), for single words and
 * prefixes; phrases are listed apart because they are checked on sequences of words. Words of the
 * index are looked up in a table built once per query; words it has never seen (the reader asking
 * for hits in a text being edited) are checked directly.
 */
export class QueryMatcher {
  readonly clauseCount: number;
  readonly phrases: PhraseToFind[] = [];
  private readonly unseen = new Map<string, number>();

  /**
   * `masks` may be a scorer's own, reused across its queries: this matcher then answers only until
   * the next matcher is made with them (a search prepares and uses its query before the next).
   */
  constructor(
    private readonly query: CompiledQuery,
    private readonly vocabulary: SearchVocabulary,
    private readonly expansions: PrefixExpansion,
    private readonly masks: TermMasks = new TermMasks(),
  ) {
    this.clauseCount = Math.min(query.clauses.length, MAX_TRACKED_CLAUSES);
    masks.reset(vocabulary.size);
    for (let clause = 0; clause < this.clauseCount; clause++) {
      const bit = 1 << clause;
      for (const term of query.clauses[clause]!.alternatives) {
        if (term.kind === 'phrase') {
          this.phrases.push({
            clause,
            titleOnly: term.field === 'title',
            words: term.words,
            ids: term.words.map((word) => vocabulary.idOf(word)),
          });
          continue;
        }
        const titleOnly = term.field === 'title';
        for (const id of this.termIdsOf(term)) {
          if (titleOnly) masks.markTitle(id, bit);
          else masks.markAny(id, bit);
        }
        // A reading of a mistyped word is never the form asked for: it earns no exact-form bonus.
        const exactId = term.kind === 'word' && term.reading === undefined ? vocabulary.idOf(term.exact) : undefined;
        if (exactId !== undefined) masks.markExact(exactId, bit);
      }
    }
  }

  private *termIdsOf(term: CompiledTerm): Iterable<number> {
    if (term.kind === 'word') {
      const exactId = this.vocabulary.idOf(term.exact);
      if (exactId !== undefined) yield exactId;
      yield* spellingsOf(term, this.vocabulary);
    } else if (term.kind === 'prefix') {
      yield* this.expansions.expand(term.prefix);
    }
  }

  /** Clauses the term matches anywhere (text or title). */
  maskOf(termId: number): number {
    return this.masks.anyOf(termId);
  }

  /** Clauses whose word is this very term (a subset of `maskOf`/`titleMaskOf`). */
  exactMaskOf(termId: number): number {
    return this.masks.exactOf(termId);
  }

  /** Clauses the term matches when it occurs in the title (adds the title: terms). */
  titleMaskOf(termId: number): number {
    return this.masks.anyOf(termId) | this.masks.titleOf(termId);
  }

  /** The term number of a word given as normalized units, or -1 when the index never saw it. */
  termIdOfUnits(units: Uint16Array, length: number): number {
    return this.vocabulary.idOfUnits(units, length) ?? -1;
  }

  /** Clauses a word of the text matches (title: terms never match text); `termId` may be -1. */
  maskOfTextWord(termId: number, units: Uint16Array, length: number): number {
    if (termId >= 0) return this.maskOf(termId);
    const exact = unitsToString(units, length);
    let mask = this.unseen.get(exact);
    if (mask === undefined) {
      mask = this.maskOfUnseenWord(exact);
      this.unseen.set(exact, mask);
    }
    return mask;
  }

  private maskOfUnseenWord(exact: string): number {
    const stems = stemCandidates(exact);
    let mask = 0;
    for (let clause = 0; clause < this.clauseCount; clause++) {
      for (const term of this.query.clauses[clause]!.alternatives) {
        if (term.field === 'title') continue;
        const matches =
          term.kind === 'word'
            ? term.exact === exact || (stems.some((stem) => term.stems.includes(stem)) && keepsCore(term, exact))
            : term.kind === 'prefix' &&
              (exact.startsWith(term.prefix) || stems.some((stem) => stem.startsWith(term.prefix)));
        if (matches) mask |= 1 << clause;
      }
    }
    return mask;
  }
}
