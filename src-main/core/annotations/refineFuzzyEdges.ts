import type { AnchorCandidate } from './anchorCandidate';
import type { TextQuote } from './textTarget';

/**
 * An approximate match's edges are only as good as the search's alignment: letters inserted inside
 * a quote can let it start or end a few units early or late, inside a word. When the stored context
 * still stands verbatim next to the match, the passage's true edges are where that context ends
 * (prefix) and begins (suffix), so the edges are moved there. Context that no longer matches well
 * enough leaves the edges where the search put them.
 */
const MIN_CONTEXT_AGREEMENT = 8;

function sharedEndLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedStartLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function bestEdge(candidates: number[], agreement: (edge: number) => number, needed: number, original: number): number {
  let best = original;
  let bestAgreement = agreement(original);
  for (const edge of candidates) {
    const value = agreement(edge);
    if (value > bestAgreement || (value === bestAgreement && Math.abs(edge - original) < Math.abs(best - original))) {
      best = edge;
      bestAgreement = value;
    }
  }
  return bestAgreement >= needed ? best : original;
}

/** Levenshtein distance, to restate how far the quote is from the passage between the new edges. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function refineFuzzyEdges(
  text: string,
  quote: TextQuote,
  candidate: AnchorCandidate,
  reach: number,
): AnchorCandidate {
  const range = (center: number) =>
    Array.from({ length: 2 * reach + 1 }, (_, n) => center - reach + n).filter(
      (edge) => edge >= 0 && edge <= text.length,
    );
  const start = quote.prefix
    ? bestEdge(
        range(candidate.start),
        (edge) => sharedEndLength(quote.prefix, text.slice(Math.max(0, edge - quote.prefix.length), edge)),
        Math.min(MIN_CONTEXT_AGREEMENT, quote.prefix.length),
        candidate.start,
      )
    : // No prefix: the quote began where the text begins, which is its true start when within reach.
      candidate.start <= reach
      ? 0
      : candidate.start;
  const end = quote.suffix
    ? bestEdge(
        range(candidate.end),
        (edge) => sharedStartLength(quote.suffix, text.slice(edge, edge + quote.suffix.length)),
        Math.min(MIN_CONTEXT_AGREEMENT, quote.suffix.length),
        candidate.end,
      )
    : // No suffix: the quote ended where the text ends.
      text.length - candidate.end <= reach
      ? text.length
      : candidate.end;
  if (end <= start || (start === candidate.start && end === candidate.end)) return candidate;
  return { start, end, quoteErrors: editDistance(quote.exact, text.slice(start, end)) };
}
