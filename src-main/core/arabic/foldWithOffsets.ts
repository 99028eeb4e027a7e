import { normalizeUnits, unitsToText } from './normalizeArabic';

/**
 * A text folded as `normalizeArabic` folds it, with the way back: for each unit of the folded
 * text, the offset in the original where the character it comes from begins.
 */
export interface FoldedText {
  text: string;
  /** Per folded unit, the original offset of its character. */
  starts: Int32Array;
  originalLength: number;
}

/**
 * The same folding as `normalizeArabic` (harakat, Quranic marks and tatweel dropped; أ إ آ ٱ → ا,
 * ى → ي, ة → ه and the rest), keeping where each folded unit came from, so that a match found on
 * the folded text can be mapped back to original offsets.
 */
export function foldWithOffsets(text: string): FoldedText {
  const units: number[] = [];
  const starts: number[] = [];
  normalizeUnits(text, units, starts);
  return { text: unitsToText(units), starts: Int32Array.from(starts), originalLength: text.length };
}

/** Where folded offset `at` begins in the original (the original's end past the last unit). */
export function originalStart(folded: FoldedText, at: number): number {
  return at < folded.starts.length ? folded.starts[at]! : folded.originalLength;
}

/**
 * Where a folded span ending at `end` ends in the original: just before the next kept character,
 * so that marks riding on its last letter (a haraka, a tatweel) stay inside it.
 */
export function originalEnd(folded: FoldedText, end: number): number {
  return originalStart(folded, end);
}

/** The first folded offset at or after original offset `at`. */
export function foldedOffset(folded: FoldedText, at: number): number {
  let low = 0;
  let high = folded.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (folded.starts[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
