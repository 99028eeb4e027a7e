import * as characterTable from './characterTable';

// Module-local copies: imported bindings are live getters under the dev loader (tsx), and this loop
// reads them for every character of every indexed document.
const {
  COMBINING_HAMZA,
  DIGIT,
  DROPPED,
  HIGH_SURROGATE,
  OTHER_LETTER,
  PRESENTATION_FORM,
  SEPARATOR,
  astralEntry,
  characterEntry,
  composeHamza,
  isWordCharacter,
  normalizedUnit,
  presentationExpansion,
  scriptOf,
  wordCharacter,
} = characterTable;

/** Receives one word: its normalized form and its [start, end) span in the original text. */
export type TokenVisitor = (exact: string, start: number, end: number) => void;

/**
 * Receives one word as normalized UTF-16 units in a shared buffer, valid only during the call:
 * the indexer looks words up without creating a string for each occurrence. `unchanged` is true
 * when the normalized word equals text.slice(start, end).
 */
export type UnitsVisitor = (units: Uint16Array, length: number, start: number, end: number, unchanged: boolean) => void;

/** The string of the first `length` units of a buffer. */
export function unitsToString(buffer: Uint16Array, length: number): string {
  if (length === 1) return String.fromCharCode(buffer[0]!);
  return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
}

function expansionHasLetters(expansion: string): boolean {
  for (let k = 0; k < expansion.length; k++) {
    if (isWordCharacter(characterEntry(expansion.charCodeAt(k)))) return true;
  }
  return false;
}

/**
 * Walks the words of a text, giving each as normalized units and its span in the original text.
 */
export function scanTokenUnits(text: string, visit: UnitsVisitor): void {
  let units = new Uint16Array(64);
  let length = 0;
  let start = 0;
  let end = 0;
  let script = 0;
  // When nothing in the span was folded or dropped, the original slice is the normalized form.
  let unchanged = true;

  const flush = (): void => {
    if (length > 0) visit(units, length, start, end, unchanged);
    length = 0;
    script = 0;
    unchanged = true;
  };

  /** Feeds one classified unit whose span in the original text is [from, to). */
  const consume = (entry: number, unit: number, from: number, to: number): void => {
    if (isWordCharacter(entry)) {
      const unitScript = scriptOf(entry);
      if (unitScript !== DIGIT) {
        if (script !== 0 && script !== unitScript) flush();
        script = unitScript;
      }
      if (length === 0) start = from;
      if (length === units.length) {
        const grown = new Uint16Array(units.length * 2);
        grown.set(units);
        units = grown;
      }
      const normalized = normalizedUnit(entry);
      units[length++] = normalized;
      if (normalized !== unit || to - from !== 1) unchanged = false;
      end = to;
    } else if (entry === DROPPED || entry === COMBINING_HAMZA) {
      if (length === 0) return;
      if (entry === COMBINING_HAMZA) {
        const composed = composeHamza(units[length - 1]!);
        if (composed !== undefined) units[length - 1] = composed;
      }
      end = to;
      unchanged = false;
    } else {
      flush();
    }
  };

  const textLength = text.length;
  for (let i = 0; i < textLength; i++) {
    const code = text.charCodeAt(i);
    const entry = characterEntry(code);
    if (entry === PRESENTATION_FORM) {
      const expansion = presentationExpansion(code);
      // Isolated harakat forms expand to a space plus the mark: that space is no word break.
      if (!expansionHasLetters(expansion)) {
        consume(DROPPED, code, i, i + 1);
        continue;
      }
      for (let k = 0; k < expansion.length; k++) {
        const unit = expansion.charCodeAt(k);
        consume(characterEntry(unit), -1, i, i + 1);
      }
      unchanged = false;
    } else if (entry === HIGH_SURROGATE) {
      const codePoint = text.codePointAt(i)!;
      const width = codePoint > 0xffff ? 2 : 1;
      const astral = astralEntry(codePoint);
      if (astral === OTHER_LETTER || astral === DIGIT) {
        for (let k = 0; k < width; k++) {
          const unit = text.charCodeAt(i + k);
          consume(wordCharacter(astral, unit), unit, i + k, i + k + 1);
        }
      } else {
        consume(astral === DROPPED ? DROPPED : SEPARATOR, code, i, i + width);
      }
      i += width - 1;
    } else {
      consume(entry, code, i, i + 1);
    }
  }
  flush();
}

/**
 * Walks the words of a text without allocating anything per character: the indexer, the snippet
 * builder and `analyze` all share this loop. Diacritics inside a word never split it, a change
 * between Arabic and another script does, and every span points into the untouched original text.
 */
export function scanTokens(text: string, visit: TokenVisitor): void {
  scanTokenUnits(text, (buffer, length, start, end, unchanged) => {
    visit(unchanged ? text.slice(start, end) : unitsToString(buffer, length), start, end);
  });
}
