import { analyze } from '../arabic/analyze';
import type { Span } from '../text/span';
import { hashWord, WORD_BREAK } from './shingles';

/**
 * The stem hashes of a stored text's words straight from the analyzer, boilerplate left out (as
 * WORD_BREAK). The search worker reaches the same hashes from its term sequences without analyzing
 * again; this is the reference it must agree with, and what pure callers (tests, the benchmark) use.
 */
export function textWords(text: string, boilerplate: readonly Span[] = []): Uint32Array {
  const spans = [...boilerplate].sort((a, b) => a.start - b.start);
  const words: number[] = [];
  let next = 0;
  for (const token of analyze(text)) {
    while (next < spans.length && spans[next]!.end <= token.start) next++;
    if (next < spans.length && spans[next]!.start < token.end) {
      if (words.length > 0 && words[words.length - 1] !== WORD_BREAK) words.push(WORD_BREAK);
      continue;
    }
    words.push(hashWord(token.stem));
  }
  return Uint32Array.from(words);
}
