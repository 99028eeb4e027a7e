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
 * Appends the folded units of `text` to `out`. With `starts`, also records for each unit the offset
 * in the original where its character begins (all units of an expanded presentation form share
 * it), which is how `foldWithOffsets` maps a match on the folded text back.
 */
export function normalizeUnits(text: string, out: number[], starts?: number[]): void {
  const mark = (at: number, count: number) => {
    if (starts) for (let n = 0; n < count; n++) starts.push(at);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entry = characterEntry(code);
    if (isWordCharacter(entry)) {
      out.push(normalizedUnit(entry));
      mark(i, 1);
    } else if (entry === DROPPED) {
      continue;
    } else if (entry === COMBINING_HAMZA) {
      const composed = out.length > 0 ? composeHamza(out[out.length - 1]!) : undefined;
      if (composed !== undefined) out[out.length - 1] = composed;
    } else if (entry === PRESENTATION_FORM) {
      const expanded: number[] = [];
      normalizeUnits(presentationExpansion(code), expanded);
      // An isolated harakah form expands to " ً": without its mark only a stray space would remain.
      if (expanded.some((unit) => isWordCharacter(characterEntry(unit)))) {
        out.push(...expanded);
        mark(i, expanded.length);
      }
    } else if (entry === HIGH_SURROGATE && i + 1 < text.length) {
      out.push(code, text.charCodeAt(i + 1));
      mark(i, 2);
      i++;
    } else {
      out.push(code);
      mark(i, 1);
    }
  }
}

/** A string of UTF-16 units, built in chunks so a long text does not overflow the call stack. */
export function unitsToText(units: readonly number[]): string {
  let result = '';
  const chunk = 8192;
  for (let i = 0; i < units.length; i += chunk) {
    result += String.fromCharCode.apply(null, units.slice(i, i + chunk));
  }
  return result;
}

/**
 * The text with Arabic spelling variation folded away, character by character: presentation forms
 * expanded (NFKC), harakat, Quranic marks and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه,
 * ی ک ھ → ي ك ه, Arabic-Indic and Eastern digits → ASCII, other scripts lower-cased. Spaces and
 * punctuation are kept, so the result still reads as the input; `analyze` is what splits words.
 */
export function normalizeArabic(text: string): string {
  const out: number[] = [];
  normalizeUnits(text, out);
  return unitsToText(out);
}
