import { characterEntry, DROPPED } from '../arabic/characterTable';
import { foldWithOffsets, originalStart } from '../arabic/foldWithOffsets';
import { scanTokens } from '../arabic/scanTokens';
/** What may stand before a word in the same token, folded: a conjunction, then a preposition or the article. */
const PROCLITICS = /^[وف]?(?:ال|بال|كال|لل|[بكلس])?$/;

/**
 * A word of `text` that folds to `word`, spelt as it stands there, marks left out: what to show a
 * reader of a word the search knows only folded («نتيجة» for «نتيجه», «أول» for «اول»). A word
 * that folds to it exactly comes first; else one that is it behind a conjunction, a preposition or
 * the article («النتيجة», «والنتيجة» give «نتيجة»), as a result found through the word's stem may
 * hold it only so. Undefined when the text has neither.
 */
export function spellingIn(text: string, word: string): string | undefined {
  let whole: string | undefined;
  let ending: string | undefined;
  scanTokens(text, (exact, start, end) => {
    if (whole !== undefined) return;
    if (exact === word) whole = text.slice(start, end);
    else if (ending === undefined && exact.endsWith(word) && PROCLITICS.test(exact.slice(0, -word.length))) {
      const original = text.slice(start, end);
      const folded = foldWithOffsets(original);
      // The token folds as a whole word does, so the fold of its slice ends with the word too.
      if (folded.text.endsWith(word)) ending = original.slice(originalStart(folded, folded.text.length - word.length));
    }
  });
  const spelling = whole ?? ending;
  return spelling === undefined ? undefined : withoutDropped(spelling);
}

/**
 * The word without what the analyzer drops from words (harakat, Quranic marks, tatweel, format
 * marks): a case ending or a stretched letter is no part of a spelling.
 */
function withoutDropped(word: string): string {
  let kept = '';
  for (let at = 0; at < word.length; at++) {
    if (characterEntry(word.charCodeAt(at)) !== DROPPED) kept += word[at];
  }
  return kept;
}
