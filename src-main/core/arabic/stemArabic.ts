/**
 * Light stemming in the light10 family (Larkey, Ballesteros and Connell, "Light Stemming for Arabic
 * Information Retrieval", 2007), on words already passed through `normalizeArabic`, which is why
 * the suffixes ية and ة appear here as يه and ه.
 */

const CONJUNCTION_WAW = 'و';
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل'] as const;
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/** A word the stemmer may touch: Arabic letters only, no digits or Latin. */
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/;

/** Stripping the conjunction must leave at least three letters: «وقت» does not become «قت». */
const MIN_AFTER_WAW = 3;
/** Stripping an article or a suffix must leave at least two letters. */
const MIN_AFTER_AFFIX = 2;

/** The article light10 would strip from the start of the word, if any. */
function strippableArticle(word: string): string | undefined {
  return ARTICLES.find((article) => word.startsWith(article) && word.length - article.length >= MIN_AFTER_AFFIX);
}

function stripSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_AFTER_AFFIX) {
      stem = stem.slice(0, stem.length - suffix.length);
    }
  }
  return stem;
}

/** True when light10 would read the first letter of this normalized word as the conjunction و. */
export function hasStrippableWaw(word: string): boolean {
  return word.startsWith(CONJUNCTION_WAW) && word.length - 1 >= MIN_AFTER_WAW && ARABIC_WORD.test(word);
}

/** The word without the conjunction light10 would strip, or the word itself. */
export function withoutWaw(word: string): string {
  return hasStrippableWaw(word) ? word.slice(CONJUNCTION_WAW.length) : word;
}

/** True when light10 would strip the plain article ال from the start of this word. */
export function hasStrippableDefiniteArticle(word: string): boolean {
  return strippableArticle(word) === 'ال' && ARABIC_WORD.test(word);
}

/** The stem of a normalized word when its first و is kept as part of the word. */
export function stemKeepingWaw(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  const article = strippableArticle(word);
  return stripSuffixes(article === undefined ? word : word.slice(article.length));
}

/** The stem of a normalized word (after its conjunction) when a leading ال is kept as part of it. */
export function stemKeepingArticle(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  return stripSuffixes(withoutWaw(word));
}

/**
 * The light10 stem of a normalized word: the conjunction و, then one article (ال وال بال كال فال
 * لل), then the suffixes ها ان ات ون ين يه ه ي in that order, each only if enough of the word is
 * left. Words with digits or non-Arabic letters come back unchanged.
 */
export function stemArabic(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  const rest = withoutWaw(word);
  const article = strippableArticle(rest);
  return stripSuffixes(article === undefined ? rest : rest.slice(article.length));
}
