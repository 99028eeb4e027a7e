import {
  COMBINING_HAMZA,
  DROPPED,
  HIGH_SURROGATE,
  PRESENTATION_FORM,
  characterEntry,
  composeHamza,
  isWordCharacter,
  normalizedUnit,
  presentationExpansion,
} from './characterTable';

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

/** The folded units of one presentation form, as `normalizeArabic` expands it. */
function expandedUnits(code: number): number[] {
  const units: number[] = [];
  for (const char of presentationExpansion(code)) {
    const entry = characterEntry(char.charCodeAt(0));
    if (isWordCharacter(entry)) units.push(normalizedUnit(entry));
    else if (entry !== DROPPED && entry !== COMBINING_HAMZA) units.push(char.charCodeAt(0));
  }
  // An isolated harakah form expands to " ً": without its mark only a stray space would remain.
  return units.some((unit) => isWordCharacter(characterEntry(unit))) ? units : [];
}

/**
 * The same folding as `normalizeArabic` (harakat, Quranic marks and tatweel dropped; أ إ آ ٱ → ا,
 * ى → ي, ة → ه and the rest), keeping where each folded unit came from, so that a match found on
 * the folded text can be mapped back to original offsets.
 */
export function foldWithOffsets(text: string): FoldedText {
  const units: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entry = characterEntry(code);
    if (isWordCharacter(entry)) {
      units.push(normalizedUnit(entry));
      starts.push(i);
    } else if (entry === DROPPED) {
      continue;
    } else if (entry === COMBINING_HAMZA) {
      const composed = units.length > 0 ? composeHamza(units[units.length - 1]!) : undefined;
      if (composed !== undefined) units[units.length - 1] = composed;
    } else if (entry === PRESENTATION_FORM) {
      for (const unit of expandedUnits(code)) {
        units.push(unit);
        starts.push(i);
      }
    } else if (entry === HIGH_SURROGATE && i + 1 < text.length) {
      units.push(code, text.charCodeAt(i + 1));
      starts.push(i, i);
      i++;
    } else {
      units.push(code);
      starts.push(i);
    }
  }
  let folded = '';
  const chunk = 8192;
  for (let i = 0; i < units.length; i += chunk) folded += String.fromCharCode.apply(null, units.slice(i, i + chunk));
  return { text: folded, starts: Int32Array.from(starts), originalLength: text.length };
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
