import { refineFuzzyEdges } from './refineFuzzyEdges';
import { scoreAnchorCandidate, type AnchorCandidate } from './anchorCandidate';
import { createQuoteSelector } from './createQuoteSelector';
import { findApproximateOccurrences, findExactOccurrences, MAX_FUZZY_ERROR_RATE } from './quoteCandidates';
import { splitsSurrogatePair } from './surrogates';
import type { TextPosition, TextQuote, TextTarget } from './textTarget';
import { normalizeArabic } from '../arabic/normalizeArabic';
import { foldWithOffsets, foldedOffset, originalEnd, originalStart, type FoldedText } from '../arabic/foldWithOffsets';

/**
 * Where a highlight lands in a (possibly different) text, and by which rule:
 * - `exact-position`: the quote is still at its old offsets;
 * - `exact-quote`: the quote occurs verbatim elsewhere, chosen by context and distance;
 * - `fuzzy`: an approximate match of a long enough quote;
 * - `orphan`: nothing clears the confidence floor; the caller keeps the highlight for the user to
 *   re-attach. `confidence` is then the best score that was rejected (0 when nothing was found).
 */
export type AnchorResult =
  | { status: 'exact-position' | 'exact-quote' | 'fuzzy'; start: number; end: number; confidence: number }
  | { status: 'orphan'; confidence: number };

export interface AnchorOptions {
  /** Below this confidence a highlight becomes an orphan. */
  confidenceFloor?: number;
}

export const DEFAULT_CONFIDENCE_FLOOR = 0.5;
/**
 * Quotes shorter than this (a word or two of Arabic) are only ever matched verbatim: an approximate
 * match of a few letters finds some other word as easily as the edited one.
 */
export const MIN_FUZZY_QUOTE_LENGTH = 20;

interface ScoredCandidate extends AnchorCandidate {
  confidence: number;
}

function isUnchangedAt(target: TextTarget, text: string): boolean {
  const { start, end } = target.position;
  if (end > text.length || splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return false;
  if (text.slice(start, end) !== target.quote.exact) return false;
  const quote = createQuoteSelector(text, start, end);
  return quote.prefix === target.quote.prefix && quote.suffix === target.quote.suffix;
}

function best(candidates: ScoredCandidate[], formerStart: number): ScoredCandidate | undefined {
  let winner: ScoredCandidate | undefined;
  for (const candidate of candidates) {
    if (
      winner === undefined ||
      candidate.confidence > winner.confidence ||
      (candidate.confidence === winner.confidence &&
        (candidate.quoteErrors < winner.quoteErrors ||
          (candidate.quoteErrors === winner.quoteErrors &&
            Math.abs(candidate.start - formerStart) < Math.abs(winner.start - formerStart))))
    ) {
      winner = candidate;
    }
  }
  return winner;
}

/** Whether the quote stands at `candidate` with its whole context as it was. */
function inFullContext(text: string, quote: TextQuote, candidate: AnchorCandidate): boolean {
  return (
    candidate.quoteErrors === 0 &&
    text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start) === quote.prefix &&
    text.slice(candidate.end, candidate.end + quote.suffix.length) === quote.suffix
  );
}

/** The best candidate for the quote in `text` (exact or, for a long enough quote, approximate). */
function bestCandidate(text: string, quote: TextQuote, position: TextPosition): ScoredCandidate | undefined {
  const score = (candidate: AnchorCandidate): ScoredCandidate => ({
    ...candidate,
    confidence: scoreAnchorCandidate(text, quote, candidate, position.start),
  });
  const exact = best(findExactOccurrences(text, quote.exact).map(score), position.start);
  // Quote and full context verbatim: an approximate candidate cannot do better, skip the search.
  const certain = exact !== undefined && inFullContext(text, quote, exact);
  const fuzzy =
    certain || quote.exact.length < MIN_FUZZY_QUOTE_LENGTH
      ? undefined
      : best(
          findApproximateOccurrences(text, quote, position).map((candidate) =>
            score(refineFuzzyEdges(text, quote, candidate, Math.ceil(quote.exact.length * MAX_FUZZY_ERROR_RATE))),
          ),
          position.start,
        );
  return best(
    [exact, fuzzy].filter((candidate) => candidate !== undefined),
    position.start,
  );
}

/** The last text folded, since a document's highlights are re-anchored one after another. */
let lastFolded: { text: string; folded: FoldedText } | undefined;

function folded(text: string): FoldedText {
  if (lastFolded?.text !== text) lastFolded = { text, folded: foldWithOffsets(text) };
  return lastFolded.folded;
}

/**
 * Finds the passage of `target` in `text`: its old position if quote and context are unchanged
 * there, else the best verbatim occurrence of the quote, else (for quotes of 20 units or more) the
 * best approximate one. Verbatim and approximate candidates compete on one score so that an edited
 * passage with its context intact beats a verbatim copy of the quote in unrelated surroundings.
 * Unless the winner has its whole context as it was, quote, context and text are also compared
 * folded as search folds them (DESIGN.md, Annotations): a passage that only gained harakat or a
 * tatweel, lost a hamza, or changed ة/ه or ى/ي is still the same passage (status `fuzzy`), mapped
 * back to the text's offsets, and it competes on the same score, so that it beats a verbatim copy
 * of the phrase elsewhere (news repeats its phrases) whose surroundings agree less.
 */
export function anchorHighlight(target: TextTarget, text: string, options: AnchorOptions = {}): AnchorResult {
  const floor = options.confidenceFloor ?? DEFAULT_CONFIDENCE_FLOOR;
  const { quote, position } = target;
  if (quote.exact.length === 0) return { status: 'orphan', confidence: 0 };
  if (isUnchangedAt(target, text)) {
    return { status: 'exact-position', start: position.start, end: position.end, confidence: 1 };
  }

  const verbatim = bestCandidate(text, quote, position);
  const respelled =
    verbatim !== undefined && inFullContext(text, quote, verbatim) ? undefined : respelledCandidate(target, text);
  if (respelled !== undefined && respelled.confidence >= floor && respelled.confidence > (verbatim?.confidence ?? 0)) {
    return { status: 'fuzzy', ...respelled };
  }
  if (verbatim !== undefined && verbatim.confidence >= floor) {
    const status =
      verbatim.quoteErrors > 0
        ? 'fuzzy'
        : verbatim.start === position.start && verbatim.end === position.end
          ? 'exact-position'
          : 'exact-quote';
    return { status, start: verbatim.start, end: verbatim.end, confidence: verbatim.confidence };
  }

  return { status: 'orphan', confidence: Math.max(verbatim?.confidence ?? 0, respelled?.confidence ?? 0) };
}

/**
 * The passage found when quote, context and text are compared folded, mapped back to the text's
 * offsets; only a passage whose spelling differs from the quote counts, since a verbatim one was
 * already judged on the text as it stands.
 */
function respelledCandidate(
  { quote, position }: TextTarget,
  text: string,
): { start: number; end: number; confidence: number } | undefined {
  const foldedQuote: TextQuote = {
    exact: normalizeArabic(quote.exact),
    prefix: normalizeArabic(quote.prefix),
    suffix: normalizeArabic(quote.suffix),
  };
  // A quote of nothing but marks has no letters to find.
  if (foldedQuote.exact.length === 0) return undefined;
  const foldedText = folded(text);
  const winner = bestCandidate(foldedText.text, foldedQuote, {
    start: foldedOffset(foldedText, position.start),
    end: foldedOffset(foldedText, position.end),
  });
  if (winner === undefined) return undefined;
  const start = originalStart(foldedText, winner.start);
  const end = originalEnd(foldedText, winner.end);
  if (end <= start || text.slice(start, end) === quote.exact) return undefined;
  return { start, end, confidence: winner.confidence };
}
