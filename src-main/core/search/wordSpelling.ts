import { scanTokens } from '../arabic/scanTokens';

/**
 * The first word of `text` whose normalized form is `word`, spelt as it stands there: what to show
 * a reader of a word the search knows only folded («نتيجة» for «نتيجه», «أول» for «اول»).
 */
export function spellingIn(text: string, word: string): string | undefined {
  let found: string | undefined;
  scanTokens(text, (exact, start, end) => {
    if (found === undefined && exact === word) found = text.slice(start, end);
  });
  return found;
}
