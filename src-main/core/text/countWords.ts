/** What may start a word (a letter or a digit), and what may go on with one. */
const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}\u0640'’-]/u;

const STARTS = 1;
const CONTINUES = 2;

let basicPlane: Uint8Array | undefined;

/**
 * The class of every character of the basic plane, built once: testing the Unicode regular
 * expression once per word (as `matchAll` did) cost more than reading and parsing the file did.
 */
function basicPlaneClasses(): Uint8Array {
  if (basicPlane) return basicPlane;
  const classes = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) classes[code] = classOf(String.fromCharCode(code));
  basicPlane = classes;
  return classes;
}

function classOf(character: string): number {
  return (WORD_START.test(character) ? STARTS : 0) | (WORD_PART.test(character) ? CONTINUES : 0);
}

/**
 * Words as a reader counts them (a letter or digit, then letters, marks, digits, tatweel,
 * apostrophes and hyphens), for the library's word column: the runs that
 * /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640'’-]*\/gu matches, counted in one pass over the text.
 */
export function countWords(text: string): number {
  const classes = basicPlaneClasses();
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        // A character beyond the basic plane (rare): its class comes from the expressions.
        kind = classOf(text.slice(i, i + 2));
        i++;
      } else kind = classes[code]!;
    } else kind = classes[code]!;
    if (inWord && kind & CONTINUES) continue;
    inWord = (kind & STARTS) !== 0;
    if (inWord) count++;
  }
  return count;
}
