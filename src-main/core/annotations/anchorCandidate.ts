import { substringEditDistance } from './substringEditDistance';
import type { TextQuote } from './textTarget';

/** A place in the new text where the quote may now be, and how many edits its text differs by. */
export interface AnchorCandidate {
  start: number;
  end: number;
  /** Edit distance between the stored quote and the text at [start, end); 0 for an exact match. */
  quoteErrors: number;
}

/**
 * Each quoted character counts twice as much as a context character: the quote is what the user
 * marked, its context only tells repeated passages apart. With this weight a quote of 32 units or
 * more clears a 0.5 floor on its own text, while a word or two needs at least one side of its
 * context too, so a short quote cannot drift to another occurrence of the same word.
 */
const QUOTE_WEIGHT_PER_UNIT = 2;
/** Weight of "the quote stood at the very start (or end) of the text", when there was no context. */
const TEXT_EDGE_WEIGHT = 8;
/** How much the distance from the old position may lower a score: enough to break ties, no more. */
const DISTANCE_PENALTY = 0.1;

/**
 * An empty stored context means the quote touched the edge of the text; `found` is then only
 * checked for being empty too (the candidate touches the same edge).
 */
function contextSimilarity(stored: string, found: string): { weight: number; similarity: number } {
  if (stored.length === 0) return { weight: TEXT_EDGE_WEIGHT, similarity: found.length === 0 ? 1 : 0 };
  const errors = substringEditDistance(stored, found);
  return { weight: stored.length, similarity: Math.max(0, 1 - errors / stored.length) };
}

/**
 * Confidence in [0, 1] that `candidate` is the passage `quote` was made on: the share of the
 * evidence (quote and both contexts, compared edit-wise) that still agrees, lowered slightly with
 * the distance from where the passage used to be.
 */
export function scoreAnchorCandidate(
  text: string,
  quote: TextQuote,
  candidate: AnchorCandidate,
  formerStart: number,
): number {
  const quoteWeight = quote.exact.length * QUOTE_WEIGHT_PER_UNIT;
  const quoteSimilarity = Math.max(0, 1 - candidate.quoteErrors / quote.exact.length);
  const prefixWindow = Math.max(quote.prefix.length, 1);
  const prefix = contextSimilarity(
    quote.prefix,
    text.slice(Math.max(0, candidate.start - prefixWindow), candidate.start),
  );
  const suffixWindow = Math.max(quote.suffix.length, 1);
  const suffix = contextSimilarity(quote.suffix, text.slice(candidate.end, candidate.end + suffixWindow));
  const evidence =
    (quoteWeight * quoteSimilarity + prefix.weight * prefix.similarity + suffix.weight * suffix.similarity) /
    (quoteWeight + prefix.weight + suffix.weight);
  const relativeDistance = Math.min(1, Math.abs(candidate.start - formerStart) / Math.max(1, text.length));
  return evidence * (1 - DISTANCE_PENALTY * relativeDistance);
}
