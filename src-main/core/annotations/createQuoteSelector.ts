import { QUOTE_CONTEXT_LENGTH, type TextPosition, type TextQuote, type TextTarget } from './textTarget';
import { splitsSurrogatePair } from './surrogates';

function assertValidRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`A quote needs 0 <= start < end <= ${text.length}; got [${start}, ${end})`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`[${start}, ${end}) cuts a character outside the Basic Multilingual Plane in half`);
  }
}

/**
 * The quote selector of [start, end) in `text`: the exact passage and up to 32 code units on each
 * side. Context is shortened by one unit rather than cut through a surrogate pair, so an emoji at
 * the edge never leaves a lone surrogate in an export.
 */
export function createQuoteSelector(text: string, start: number, end: number): TextQuote {
  assertValidRange(text, start, end);
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/** Everything a new highlight needs to find its passage again; `sha256` is the text's identity. */
export function createTextTarget(text: string, position: TextPosition, sha256: string): TextTarget {
  return {
    quote: createQuoteSelector(text, position.start, position.end),
    position: { start: position.start, end: position.end },
    sha256,
  };
}
