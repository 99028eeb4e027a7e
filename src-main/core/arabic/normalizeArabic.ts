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

function normalizeUnits(text: string, out: number[]): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entry = characterEntry(code);
    if (isWordCharacter(entry)) {
      out.push(normalizedUnit(entry));
    } else if (entry === DROPPED) {
      continue;
    } else if (entry === COMBINING_HAMZA) {
      const composed = out.length > 0 ? composeHamza(out[out.length - 1]!) : undefined;
      if (composed !== undefined) out[out.length - 1] = composed;
    } else if (entry === PRESENTATION_FORM) {
      const expansion = presentationExpansion(code);
      const expanded: number[] = [];
      normalizeUnits(expansion, expanded);
      // An isolated harakah form expands to " ً": without its mark only a stray space would remain.
      if (expanded.some((unit) => isWordCharacter(characterEntry(unit)))) out.push(...expanded);
    } else if (entry === HIGH_SURROGATE) {
      out.push(code);
      if (i + 1 < text.length) out.push(text.charCodeAt(++i));
    } else {
      out.push(code);
    }
  }
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
  let result = '';
  const chunk = 8192;
  for (let i = 0; i < out.length; i += chunk) {
    result += String.fromCharCode.apply(null, out.slice(i, i + chunk));
  }
  return result;
}
