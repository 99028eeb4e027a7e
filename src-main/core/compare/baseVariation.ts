import type { PreparedDocument } from './preparedDocument';

/**
 * For the heat map along the base report: per base sentence, the share of its words that another
 * report shares (equal in an aligned sentence, or inside a shared passage), flagged per token.
 */
export function baseVariation(
  base: PreparedDocument,
  sharedTokens: Uint8Array,
): { start: number; end: number; shared: number }[] {
  return base.sentences.map((span, s) => {
    const from = base.sentenceTokens[s]!;
    const to = base.sentenceTokens[s + 1]!;
    let shared = 0;
    for (let t = from; t < to; t++) shared += sharedTokens[t]!;
    return { start: span.start, end: span.end, shared: to > from ? shared / (to - from) : 0 };
  });
}
