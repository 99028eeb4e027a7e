import type { AnchorCandidate } from './anchorCandidate';
import { editDistance } from './editDistance';
import { QUOTE_CONTEXT_LENGTH, type TextQuote } from './textTarget';

/**
 * An approximate match's edges are only as good as the search's alignment: letters inserted inside
 * a quote can let it start or end a few units early or late, inside a word. When the stored context
 * still stands verbatim next to the match, the passage's true edges are where that context ends
 * (prefix) and begins (suffix), so the edges are moved there. Context that no longer matches well
 * enough leaves the edges where the search put them.
 *
 * Context shorter than a selector keeps means the quote lay that close to the text's start or end
 * (createQuoteSelector shortens it by at most one unit otherwise). A context of one or two letters
 * agrees with the text at many edges, so there the edge is where that context begins or ends the text.
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

/** Whether a quote's context was cut short by the start or end of its text. */
function reachesTextEdge(context: string): boolean {
  return context.length < QUOTE_CONTEXT_LENGTH - 1;
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
  const textEdgeStart =
    reachesTextEdge(quote.prefix) && text.startsWith(quote.prefix) ? quote.prefix.length : undefined;
  const start =
    textEdgeStart !== undefined && Math.abs(textEdgeStart - candidate.start) <= reach
      ? textEdgeStart
      : bestEdge(
          range(candidate.start),
          (edge) => sharedEndLength(quote.prefix, text.slice(Math.max(0, edge - quote.prefix.length), edge)),
          Math.min(MIN_CONTEXT_AGREEMENT, quote.prefix.length),
          candidate.start,
        );
  const textEdgeEnd =
    reachesTextEdge(quote.suffix) && text.endsWith(quote.suffix) ? text.length - quote.suffix.length : undefined;
  const end =
    textEdgeEnd !== undefined && Math.abs(textEdgeEnd - candidate.end) <= reach
      ? textEdgeEnd
      : bestEdge(
          range(candidate.end),
          (edge) => sharedStartLength(quote.suffix, text.slice(edge, edge + quote.suffix.length)),
          Math.min(MIN_CONTEXT_AGREEMENT, quote.suffix.length),
          candidate.end,
        );
  if (end <= start || (start === candidate.start && end === candidate.end)) return candidate;
  return { start, end, quoteErrors: editDistance(quote.exact, text.slice(start, end)) };
}
