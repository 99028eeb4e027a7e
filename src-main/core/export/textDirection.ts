const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/**
 * The direction of a text by its first letter, as `dir="auto"` and the Unicode bidi algorithm's
 * paragraph rule decide it; undefined when there is no letter at all (digits, punctuation, emoji).
 */
export function firstStrongDirection(text: string): 'rtl' | 'ltr' | undefined {
  for (const character of text) {
    if (RIGHT_TO_LEFT_LETTER.test(character) && LETTER.test(character)) return 'rtl';
    if (LETTER.test(character)) return 'ltr';
  }
  return undefined;
}
