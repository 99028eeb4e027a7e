import { stemArabic } from '../arabic/stemArabic';
import { spellingNeighbours } from './spellingNeighbours';

/**
 * All that typo tolerance asks of "the vocabulary": in how many documents a normalized word occurs
 * (0 when never). Correcting a word costs a few hundred such lookups and nothing else, so the
 * in-memory index and an on-disk term dictionary can serve it alike.
 */
export interface SpellingVocabulary {
  documentFrequency(word: string): number;
}

/** A query word read as a likelier word of the vocabulary. */
export interface SpellingCorrection {
  /** The normalized word as typed. */
  typed: string;
  /** The vocabulary word it is also searched as. */
  readAs: string;
}

/** Words shorter than this have too many neighbours for a guess to mean anything. */
const MIN_CORRECTED_LENGTH = 3;
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
/**
 * A reading must be this many times more common than the word as typed (any reading will do when
 * the word never occurs): a mistake that makes another real word («صالح» for «صلاح») is worth
 * reading past only towards a commoner word, and a correct rare word keeps its exact matches first.
 */
const COMMONER_BY = 2;
/**
 * At most this many readings are searched for one word. Which is meant is left to the ranking:
 * the right one stands next to the query's other words, the others hardly ever do.
 */
const MAX_READINGS = 8;
/** How much a unit of mistake cost weighs against the log of a reading's document frequency. */
const COST_PER_LOG_FREQUENCY = 3;
/**
 * A word found in at least this many documents is taken as typed: it is a word of the corpus in
 * its own right, not a slip. Reading «أول» also as «او», or «الوزراء» as its neighbours, cost
 * hundreds of vocabulary lookups and thousands of postings on every multi-word query, for
 * results that rank below the word's own matches.
 */
export const WELL_ATTESTED = 2_500;

/** A word of the vocabulary that a typed word is also searched as. */
export interface Reading {
  word: string;
  /**
   * How likely this reading is against the likeliest reading of the same typed word (which has 1),
   * by the same model that chose it: how common the word is against how unlikely the mistake.
   */
  likelihood: number;
}

/**
 * The readings of a typed word that typo tolerance also searches for, likeliest first: none for a
 * well-attested word; else words of the vocabulary one mistake away, commoner than the word as
 * typed, and not sharing its stem (the stem already finds those, at a higher weight), ranked by how
 * common they are against how unlikely the mistake is.
 */
export function readingsOf(typed: string, vocabulary: SpellingVocabulary): Reading[] {
  if (typed.length < MIN_CORRECTED_LENGTH || !ARABIC_WORD.test(typed)) return [];
  const typedFrequency = vocabulary.documentFrequency(typed);
  if (typedFrequency >= WELL_ATTESTED) return [];
  const needed = typedFrequency === 0 ? 1 : typedFrequency * COMMONER_BY;
  const typedStem = stemArabic(typed);
  const frequencies = new Map<string, number>();
  const neighbours = spellingNeighbours(typed, (word) => {
    const frequency = vocabulary.documentFrequency(word);
    if (frequency < needed || stemArabic(word) === typedStem) return false;
    frequencies.set(word, frequency);
    return true;
  });
  const ranked = neighbours
    .map(({ word, cost }) => ({
      word,
      logLikelihood: Math.log(frequencies.get(word)!) - COST_PER_LOG_FREQUENCY * cost,
    }))
    .sort((a, b) => b.logLikelihood - a.logLikelihood || (a.word < b.word ? -1 : 1))
    .slice(0, MAX_READINGS);
  const best = ranked[0]?.logLikelihood ?? 0;
  return ranked.map(({ word, logLikelihood }) => ({ word, likelihood: Math.exp(logLikelihood - best) }));
}
