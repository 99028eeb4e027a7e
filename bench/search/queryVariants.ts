import { pick } from '../../tests/helpers/seededRandom';

/**
 * How people actually type a phrase they remember: orthographic variation (no hamza on alef,
 * ه for ة, ي for ى, harakat here and there, a stretched word) and clitic variation (the article
 * ال or the conjunction و added or dropped).
 */

const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0652', '\u0651', '\u064b'];
const TATWEEL = '\u0640';
/** Letters that do not join the next one: a tatweel after them would not render as a stretch. */
const NON_JOINING = new Set([...'اأإآدذرزوؤءة']);
const ARABIC_LETTER = /[\u0621-\u064a]/;

function orthographicWord(word: string, random: () => number): string {
  let out = '';
  for (const char of word) {
    const plain = char === 'أ' || char === 'إ' || char === 'آ' ? 'ا' : char === 'ة' ? 'ه' : char === 'ى' ? 'ي' : char;
    out += plain;
    if (ARABIC_LETTER.test(plain) && random() < 0.3) out += pick(random, HARAKAT);
  }
  return out;
}

function withTatweel(word: string): string {
  const chars = [...word];
  for (let i = 1; i < chars.length - 1; i++) {
    if (ARABIC_LETTER.test(chars[i]!) && !NON_JOINING.has(chars[i]!) && ARABIC_LETTER.test(chars[i + 1]!)) {
      chars.splice(i + 1, 0, TATWEEL);
      return chars.join('');
    }
  }
  return word;
}

/** Every word spelled loosely, and one word stretched with a tatweel. */
export function orthographicVariant(words: readonly string[], random: () => number): string[] {
  const varied = words.map((word) => orthographicWord(word, random));
  const stretched = Math.floor(random() * varied.length);
  varied[stretched] = withTatweel(varied[stretched]!);
  return varied;
}

type CliticEdit = (word: string) => string;

/** Words that already carry the article fused with a preposition: «للحلف», «بالإمارات». */
const FUSED_ARTICLE = /^(لل|بال|كال|فال)/;

function cliticEdits(word: string): CliticEdit[] {
  if (!/^[\u0621-\u064a]{3,}$/.test(word)) return [];
  const edits: CliticEdit[] = [];
  if (word.startsWith('ال')) edits.push((w) => w.slice(2));
  if (word.startsWith('و') && word.length > 3) edits.push((w) => w.slice(1));
  if (!word.startsWith('ال') && !word.startsWith('و') && !FUSED_ARTICLE.test(word)) edits.push((w) => `ال${w}`);
  if (!word.startsWith('و')) edits.push((w) => `و${w}`);
  return edits;
}

/** Two words (where possible) with the article or the conjunction added or dropped. */
export function cliticVariant(words: readonly string[], random: () => number): string[] {
  const varied = [...words];
  const editable = words
    .map((word, index) => ({ index, edits: cliticEdits(word) }))
    .filter(({ edits }) => edits.length > 0);
  for (let n = 0; n < 2 && editable.length > 0; n++) {
    const chosen = editable.splice(Math.floor(random() * editable.length), 1)[0]!;
    varied[chosen.index] = pick(random, chosen.edits)(varied[chosen.index]!);
  }
  return varied;
}
