const HARAKAT_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

/**
 * A forgiving form for matching what the user types against code names and quotes on screen:
 * harakat and tatweel dropped, hamza seats and alef variants, alef maqsura and ta marbuta folded,
 * Latin lower-cased. The same folds the search engine applies, kept small for instant filtering.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .replace(HARAKAT_AND_TATWEEL, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي')
    .toLowerCase()
    .trim();
}
