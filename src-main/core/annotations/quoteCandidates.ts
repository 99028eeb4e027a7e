import approximateSearch from 'approx-string-match';
import type { AnchorCandidate } from './anchorCandidate';
import type { TextPosition, TextQuote } from './textTarget';

/**
 * Beyond this many occurrences of a quote (a single letter, a common word) scoring them all would
 * cost more than it tells: such a quote can only anchor through its context anyway.
 */
const MAX_EXACT_OCCURRENCES = 10_000;
/** Share of a quote that may differ and still count as the same passage, as in the Hypothesis client. */
export const MAX_FUZZY_ERROR_RATE = 0.25;
/** How far from the old position the local approximate search looks, beyond the quote's own length. */
const LOCAL_SEARCH_SLACK = 256;

export function findExactOccurrences(text: string, exact: string): AnchorCandidate[] {
  const occurrences: AnchorCandidate[] = [];
  for (let from = text.indexOf(exact); from !== -1; from = text.indexOf(exact, from + 1)) {
    occurrences.push({ start: from, end: from + exact.length, quoteErrors: 0 });
    if (occurrences.length >= MAX_EXACT_OCCURRENCES) break;
  }
  return occurrences;
}

function searchWithin(text: string, windowStart: number, windowEnd: number, pattern: string, maxErrors: number) {
  const start = Math.max(0, windowStart);
  return approximateSearch(text.slice(start, Math.min(text.length, windowEnd)), pattern, maxErrors).map((match) => ({
    start: match.start + start,
    end: match.end + start,
    quoteErrors: match.errors,
  }));
}

/**
 * Places where the quote occurs with at most 25% of its length in edits. Myers' algorithm (the
 * approx-string-match library) reports only the best-scoring matches of one search, so a better
 * copy elsewhere would hide the edited passage; three searches keep the right one in view: the
 * whole text, a window around the old position, and the region where quote and context together
 * match best.
 */
export function findApproximateOccurrences(text: string, quote: TextQuote, former: TextPosition): AnchorCandidate[] {
  const exact = quote.exact;
  const maxErrors = Math.floor(exact.length * MAX_FUZZY_ERROR_RATE);
  const slack = LOCAL_SEARCH_SLACK + exact.length;
  const found = searchWithin(text, 0, text.length, exact, maxErrors);
  // A window that holds the whole text (a long quote, a short text) would only repeat that search.
  if (former.start - slack > 0 || former.end + slack < text.length) {
    found.push(...searchWithin(text, former.start - slack, former.end + slack, exact, maxErrors));
  }
  const withContext = quote.prefix + exact + quote.suffix;
  const contextErrors = Math.floor(withContext.length * MAX_FUZZY_ERROR_RATE);
  for (const region of approximateSearch(text, withContext, contextErrors)) {
    found.push(...searchWithin(text, region.start - contextErrors, region.end + contextErrors, exact, maxErrors));
  }
  const unique = new Map<string, AnchorCandidate>();
  for (const candidate of found) {
    if (candidate.end > candidate.start) unique.set(`${candidate.start}:${candidate.end}`, candidate);
  }
  return [...unique.values()];
}
