/** A reading of a normalized word with a proclitic taken off, and how many letters that was. */
export interface CliticVariant {
  word: string;
  prefixLetters: number;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
/** Taking a proclitic off must leave at least this many letters: «وقت» is not و + «قت». */
const MIN_REST = 2;

/**
 * The word itself and its readings without the proclitics و ف and ب ل ك (in that order), so
 * «والعميد» finds «العميد» and «بطرابلس» finds «طرابلس». After ل, the article's alef is dropped in
 * writing (للواء = ل + اللواء), so that reading gets it back. Lexicon entries decide which reading
 * is a word: a variant that matches nothing costs only a lookup.
 */
export function cliticVariants(word: string): readonly CliticVariant[] {
  let variants = variantCache.get(word);
  if (variants === undefined) {
    if (variantCache.size >= VARIANT_CACHE_LIMIT) variantCache.clear();
    variants = computeVariants(word);
    variantCache.set(word, variants);
  }
  return variants;
}

// Every rule looks up each word's readings (titles, places, numbers, framing): computed once per word.
const VARIANT_CACHE_LIMIT = 50_000;
const variantCache = new Map<string, readonly CliticVariant[]>();

function computeVariants(word: string): CliticVariant[] {
  const variants: CliticVariant[] = [{ word, prefixLetters: 0 }];
  const afterConjunction: CliticVariant[] = [{ word, prefixLetters: 0 }];
  for (const conjunction of CONJUNCTIONS) {
    if (word.startsWith(conjunction) && word.length - 1 >= MIN_REST) {
      const variant = { word: word.slice(1), prefixLetters: 1 };
      variants.push(variant);
      afterConjunction.push(variant);
    }
  }
  for (const base of afterConjunction) {
    for (const preposition of PREPOSITIONS) {
      if (!base.word.startsWith(preposition) || base.word.length - 1 < MIN_REST) continue;
      const rest = base.word.slice(1);
      variants.push({ word: rest, prefixLetters: base.prefixLetters + 1 });
      if (preposition === 'ل' && rest.startsWith('ل')) {
        variants.push({ word: `ا${rest}`, prefixLetters: base.prefixLetters + 1 });
      }
    }
  }
  return variants;
}

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

/** The offset in the original text after `letters` letters of the word starting at `start` and their marks. */
export function offsetAfterLetters(text: string, start: number, letters: number): number {
  let at = start;
  let counted = 0;
  while (counted < letters && at < text.length) {
    at++;
    counted++;
    while (at < text.length && MARKS.test(text[at]!)) at++;
  }
  return at;
}
