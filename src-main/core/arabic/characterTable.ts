/**
 * What each UTF-16 code unit means to the analyzer, computed once per code unit and cached, so the
 * hot loops of normalization and tokenization are a typed-array lookup per character.
 */

/** A code unit that ends a word: space, punctuation (including ، ؛ ؟ « » ۔), symbols, controls. */
export const SEPARATOR = 0;
/** A code unit that disappears without splitting the word around it: harakat, tatweel, format marks. */
export const DROPPED = 1;
/** A presentation form that must be expanded with NFKC before it can be read (ﻻ, ﷲ, ﺃ...). */
export const PRESENTATION_FORM = 2;
/** U+0654 ARABIC HAMZA ABOVE: composes with the letter before it (و → ؤ, ي → ئ) or disappears. */
export const COMBINING_HAMZA = 3;
/** The first half of a surrogate pair: the caller reads the code point. */
export const HIGH_SURROGATE = 4;

/** Script classes of word characters, kept in the high bits of a table entry. */
export const ARABIC_LETTER = 1;
export const OTHER_LETTER = 2;
export const DIGIT = 3;

const SCRIPT_SHIFT = 16;
const UNKNOWN = -1;

const table = new Int32Array(0x10000).fill(UNKNOWN);
const expansions = new Map<number, string>();

const isLetter = /^\p{L}$/u;
const isNumber = /^\p{N}$/u;
const isMark = /^[\p{M}\p{Cf}]$/u;
const isArabicScript = /^\p{Script=Arabic}$/u;

/** Letters that the project folds onto one spelling (DESIGN.md, Arabic analysis). */
const LETTER_FOLDS: ReadonlyMap<number, number> = new Map([
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0622, 0x0627], // آ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0649, 0x064a], // ى → ي
  [0x0629, 0x0647], // ة → ه
  [0x06cc, 0x064a], // ی → ي
  [0x06a9, 0x0643], // ک → ك
  [0x06be, 0x0647], // ھ → ه
]);

function isDroppedArabicMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f && code !== 0x0654) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x0610 && code <= 0x061a) ||
    code === 0x0640
  );
}

function isPresentationRange(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

/** The table entry of a word character of the given script whose normalized unit is `code`. */
export function wordCharacter(script: number, code: number): number {
  return (script << SCRIPT_SHIFT) | code;
}

function classifyOrdinary(code: number): number {
  const char = String.fromCharCode(code);
  if (code >= 0x0660 && code <= 0x0669) return wordCharacter(DIGIT, 0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return wordCharacter(DIGIT, 0x30 + code - 0x06f0);
  if (isLetter.test(char)) {
    if (isArabicScript.test(char)) return wordCharacter(ARABIC_LETTER, LETTER_FOLDS.get(code) ?? code);
    // Only the first unit of a lower-cased form is kept: "İ" lower-cases to "i" plus a dot mark.
    return wordCharacter(OTHER_LETTER, char.toLowerCase().charCodeAt(0));
  }
  if (isNumber.test(char)) return wordCharacter(DIGIT, code);
  if (isMark.test(char)) return DROPPED;
  return SEPARATOR;
}

function classify(code: number): number {
  if (code === 0x0654) return COMBINING_HAMZA;
  if (isDroppedArabicMark(code)) return DROPPED;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  if (code >= 0xdc00 && code <= 0xdfff) return SEPARATOR;
  if (isPresentationRange(code)) {
    const expanded = String.fromCharCode(code).normalize('NFKC');
    if (expanded !== String.fromCharCode(code)) {
      expansions.set(code, expanded);
      return PRESENTATION_FORM;
    }
  }
  return classifyOrdinary(code);
}

/** The table entry of a code unit: one of the constants above, or a word character. */
export function characterEntry(code: number): number {
  let entry = table[code]!;
  if (entry === UNKNOWN) {
    entry = classify(code);
    table[code] = entry;
  }
  return entry;
}

/** True when a table entry stands for a word character (letter or digit). */
export function isWordCharacter(entry: number): boolean {
  return entry >= 1 << SCRIPT_SHIFT;
}

/** The script class (ARABIC_LETTER, OTHER_LETTER, DIGIT) of a word character entry. */
export function scriptOf(entry: number): number {
  return entry >>> SCRIPT_SHIFT;
}

/** The normalized code unit of a word character entry. */
export function normalizedUnit(entry: number): number {
  return entry & 0xffff;
}

/** NFKC expansion of a presentation form; only valid for PRESENTATION_FORM entries. */
export function presentationExpansion(code: number): string {
  return expansions.get(code) ?? String.fromCharCode(code);
}

/** Classification of a supplementary-plane code point: letters and digits join words, the rest splits. */
export function astralEntry(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (isLetter.test(char)) return OTHER_LETTER;
  if (isNumber.test(char)) return DIGIT;
  if (isMark.test(char)) return DROPPED;
  return SEPARATOR;
}

/** The letter a combining hamza forms with the letter before it, or undefined when it just drops. */
export function composeHamza(previousUnit: number): number | undefined {
  if (previousUnit === 0x0648) return 0x0624; // و + ٔ → ؤ
  if (previousUnit === 0x064a) return 0x0626; // ي + ٔ → ئ (ى and ی are already folded to ي)
  return undefined;
}
