import { isHighSurrogate, isLowSurrogate, splitsSurrogatePair } from '../annotations/surrogates';

/**
 * Offsets inside Qarin are UTF-16 code units (JavaScript string indices); the formats it exchanges
 * (W3C TextPositionSelector, REFI-QDA PlainTextSelection) count Unicode code points. Arabic letters
 * are one unit each, but an emoji or a supplementary-plane character is two units and one code point,
 * so every offset after it differs.
 */

/** Code points in text[0, offset). Throws when the offset is outside the text or inside a pair. */
export function utf16ToCodePoint(text: string, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`UTF-16 offset ${offset} is outside a text of ${text.length} code units`);
  }
  if (splitsSurrogatePair(text, offset)) {
    throw new RangeError(`UTF-16 offset ${offset} falls inside a surrogate pair`);
  }
  let codePoints = 0;
  for (let unit = 0; unit < offset; unit += 1) {
    const isPairTail = isLowSurrogate(text.charCodeAt(unit)) && unit > 0 && isHighSurrogate(text.charCodeAt(unit - 1));
    if (!isPairTail) codePoints += 1;
  }
  return codePoints;
}

/**
 * The UTF-16 offset of code point number `codePoint` (0-based; the text's length in code points
 * maps to its length in units). A lone surrogate counts as one code point, as in `Array.from`.
 */
export function codePointToUtf16(text: string, codePoint: number): number {
  if (!Number.isInteger(codePoint) || codePoint < 0) {
    throw new RangeError(`Code point offset ${codePoint} is not a non-negative integer`);
  }
  let unit = 0;
  for (let seen = 0; seen < codePoint; seen += 1) {
    if (unit >= text.length) {
      throw new RangeError(`Code point offset ${codePoint} is beyond a text of ${seen} code points`);
    }
    unit += isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
  }
  return unit;
}

/**
 * `utf16ToCodePoint` for many offsets into one text. Most reports hold no surrogate at all, and
 * then the two counts agree and each lookup is free instead of a scan from the start.
 */
export function createCodePointConverter(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) {
    return (offset) => {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return utf16ToCodePoint(text, offset);
      return offset;
    };
  }
  return (offset) => utf16ToCodePoint(text, offset);
}
