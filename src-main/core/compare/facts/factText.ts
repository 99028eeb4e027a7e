import { analyze } from '../../arabic';
import type { Span } from '../../text/span';
import { cliticVariants, type CliticVariant } from './cliticVariants';
import type { FactDocument } from './factTypes';

/** One word of a report as the fact rules read it. */
export interface FactWord {
  /** Normalized form (see normalizeArabic). */
  exact: string;
  start: number;
  end: number;
  /** Index into the document's sentences, or -1 when the word lies outside every sentence span. */
  sentence: number;
  /** True when something other than spaces (a comma, a quote mark) stands between this word and the previous. */
  brokenBefore: boolean;
  /** The word and its readings without proclitics, which every lexicon lookup tries. */
  variants: readonly CliticVariant[];
}

/** A report's words, boilerplate left out, with the sentence each belongs to. */
export interface FactText {
  document: FactDocument;
  words: FactWord[];
}

function inside(spans: Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

/** Index of the span containing `offset` in spans sorted by start, or -1. */
export function spanIndexAt(spans: Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

export function readFactText(document: FactDocument): FactText {
  const words: FactWord[] = [];
  let previousEnd = -1;
  for (const token of analyze(document.text)) {
    if (inside(document.boilerplate, token.start, token.end)) {
      previousEnd = -1;
      continue;
    }
    const between = previousEnd < 0 ? '' : document.text.slice(previousEnd, token.start);
    words.push({
      exact: token.exact,
      start: token.start,
      end: token.end,
      sentence: spanIndexAt(document.sentences, token.start),
      brokenBefore: previousEnd < 0 || between.trim() !== '',
      variants: cliticVariants(token.exact),
    });
    previousEnd = token.end;
  }
  return { document, words };
}

/** True when words[from..to) run on without punctuation and within one sentence. */
export function isUnbroken(words: FactWord[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (words[i]!.brokenBefore || words[i]!.sentence !== words[from]!.sentence) return false;
  }
  return true;
}

/** Index of the first word that ends after `offset` (words are in text order). */
export function firstWordAfter(words: FactWord[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
