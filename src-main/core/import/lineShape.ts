/** A line as the boilerplate rules read it. */
export interface LineShape {
  /** The line with diacritics and tatweel removed and alef/yeh variants unified, Latin lower-cased. */
  folded: string;
  /** How many `words` there are. */
  wordCount: number;
  /** Tokens that contain a letter or a digit. */
  readonly words: string[];
}

/**
 * A folded line whose words are taken out of it when a rule first asks for them: most lines are
 * too long for the rules that read words, and making a string of each word cost more than folding.
 */
class FoldedLine implements LineShape {
  private taken: string[] | undefined;

  constructor(
    readonly folded: string,
    /** Where each word starts and ends in `folded`, two numbers a word. */
    private readonly bounds: number[],
  ) {}

  get wordCount(): number {
    return this.bounds.length / 2;
  }

  get words(): string[] {
    if (!this.taken) {
      this.taken = [];
      for (let n = 0; n < this.bounds.length; n += 2)
        this.taken.push(this.folded.slice(this.bounds[n], this.bounds[n + 1]));
    }
    return this.taken;
  }
}

const FOLDED_AWAY = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Just enough folding for the boilerplate patterns to match «أيضاً», «ايضا» and «أيضًا» alike; the
 * project's analyzer does the full normalization for search, and boilerplate must not depend on it.
 * This is the definition; `shapeOf` computes the same in one pass over the line.
 */
export function fold(line: string): string {
  return foldCharacters(line).replace(/\s+/g, ' ').trim();
}

/** `fold` without its spacing: marks and tatweel dropped, letters made one, lower case. */
function foldCharacters(text: string): string {
  return text
    .replace(FOLDED_AWAY, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}

/** What `fold` makes of a character of the basic plane, when it can be told alone (a code unit). */
const DROPPED = -1;
const SPACE = -2;
/** Lower-cased by context (final sigma), into several characters, or half a surrogate pair. */
const NOT_ALONE = -3;
/** Set on a folded character that is a letter or a digit (what makes a token a word). */
const COUNTS_AS_WORD = 0x10000;

let basicPlane: Int32Array | undefined;

function basicPlaneFolds(): Int32Array {
  if (basicPlane) return basicPlane;
  const folds = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const character = String.fromCharCode(code);
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x03a3) {
      folds[code] = NOT_ALONE;
    } else if (/\s/.test(character)) {
      folds[code] = SPACE;
    } else {
      const folded = foldCharacters(character);
      if (folded === '') folds[code] = DROPPED;
      else if (folded.length !== 1 || /\s/.test(folded)) folds[code] = NOT_ALONE;
      else folds[code] = folded.charCodeAt(0) | (WORD_CHARACTER.test(folded) ? COUNTS_AS_WORD : 0);
    }
  }
  basicPlane = folds;
  return folds;
}

/** Longer lines are prose to the rules anyway, and are folded by `fold`. */
const LONGEST_FOLDED_IN_ONE_PASS = 4096;

/**
 * Makes the folded string from its code units: faster than `String.fromCharCode.apply`, which first
 * copied them into a list of arguments. The units are never a byte-order mark (white space) nor
 * half a surrogate pair (those lines are folded by `fold`), which decoding would change.
 */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Folded code units, reused from line to line (a boilerplate candidate is at most a few hundred). */
let scratch = new Uint16Array(512);

/**
 * The folded line and its words. Nearly every report line is folded, so this does in one pass what
 * `fold` does in six (and finds the words splitting would find); a line with a character that cannot be
 * folded alone (final sigma, «İ», beyond the basic plane) is folded by `fold` itself.
 */
export function shapeOf(line: string): LineShape {
  if (line.length > LONGEST_FOLDED_IN_ONE_PASS) return shapeOfFolded(fold(line));
  const folds = basicPlaneFolds();
  if (scratch.length < line.length) scratch = new Uint16Array(line.length * 2);
  // Where each word ends and starts in the folded line (taken out of it once it is made).
  const wordBounds: number[] = [];
  let length = 0;
  let tokenStart = 0;
  let tokenIsWord = false;
  for (let i = 0; i < line.length; i++) {
    const folded = folds[line.charCodeAt(i)]!;
    if (folded >= 0) {
      scratch[length++] = folded & 0xffff;
      if (folded & COUNTS_AS_WORD) tokenIsWord = true;
    } else if (folded === SPACE) {
      if (length === 0 || scratch[length - 1] === 0x20) continue;
      if (tokenIsWord) wordBounds.push(tokenStart, length);
      scratch[length++] = 0x20;
      tokenStart = length;
      tokenIsWord = false;
    } else if (folded === NOT_ALONE) {
      return shapeOfFolded(fold(line));
    }
  }
  if (tokenIsWord) wordBounds.push(tokenStart, length);
  if (length > 0 && scratch[length - 1] === 0x20) length--;
  return new FoldedLine(utf16.decode(new Uint8Array(scratch.buffer, 0, length * 2)), wordBounds);
}

function shapeOfFolded(folded: string): LineShape {
  const words = folded.split(' ').filter((token) => WORD_CHARACTER.test(token));
  return { folded, wordCount: words.length, words };
}
