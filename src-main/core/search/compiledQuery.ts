import type { TermField } from './queryModel';
import type { SpellingCorrection } from './spellingCorrections';

/** A query term after analysis, ready to be looked up. */

export interface CompiledWord {
  kind: 'word';
  field: TermField;
  /** Normalized form: an exact match. */
  exact: string;
  /** Stems searched for a looser match (one, or two for an ambiguous leading و). */
  stems: readonly string[];
  /**
   * Set when a stem is too short to tell the word from others (`stemSpellings.ts`): the word as it
   * stands after its leading letters, which a spelling through that stem must hold.
   */
  core?: string;
  /**
   * Set when this word is not what was typed but a likelier reading of it (typo tolerance). Such a
   * word scores below the word typed and its stems.
   */
  reading?: ReadingOf;
}

/** What a word searched as a reading of a mistyped one is a reading of, and how likely it is. */
export interface ReadingOf {
  /** The normalized word typed. */
  typed: string;
  /**
   * Set in a query of the mistyped word alone, where nothing else tells its readings apart; with
   * other words the readings weigh alike, as the right one stands next to them (weighed by their
   * odds, an unlikely right reading, «ناقش» for «اقش» against «اقل», fell out of the candidates
   * the proximity re-ranks, behind documents holding only the query's common words).
   */
  odds?: ReadingOdds;
}

export interface ReadingOdds {
  /** How likely this reading is against the likeliest reading of the same word, which has 1. */
  likelihood: number;
  /**
   * In how many documents the likeliest reading of the same word occurs: a rarer reading is scaled
   * down to that word's idf, so that it never outranks a likelier one by its rarity.
   */
  likeliestFrequency: number;
}

export interface CompiledPhrase {
  kind: 'phrase';
  field: TermField;
  /** Normalized words that must follow each other. */
  words: readonly string[];
}

export interface CompiledPrefix {
  kind: 'prefix';
  field: TermField;
  /** Normalized beginning of a word or of its stem. */
  prefix: string;
}

export type CompiledTerm = CompiledWord | CompiledPhrase | CompiledPrefix;

export interface CompiledClause {
  alternatives: CompiledTerm[];
}

export interface CompiledQuery {
  clauses: CompiledClause[];
  excluded: CompiledTerm[];
  /** The typed words also searched as likelier readings, for the reply to say so. */
  corrections: SpellingCorrection[];
}
