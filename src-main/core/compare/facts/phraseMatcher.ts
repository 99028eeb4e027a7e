import { analyze } from '../../arabic';
import type { FactWord } from './factText';

/** A lexicon phrase found at a word position. */
export interface PhraseMatch<T> {
  value: T;
  /** How many words the phrase covers. */
  length: number;
  /** Letters of a proclitic (و، ب، ل…) on the first word that are not part of the phrase. */
  prefixLetters: number;
}

interface Entry<T> {
  words: string[];
  value: T;
}

/** The normalized words of a phrase as written in a lexicon. */
export function phraseWords(phrase: string): string[] {
  return analyze(phrase).map((token) => token.exact);
}

/**
 * Finds lexicon phrases in a run of analyzed words, on normalized forms, with a proclitic allowed on
 * the first word, the longest phrase first: «الفريق أول ركن» wins over «الفريق أول» and «الفريق».
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const entries = this.byFirstWord.get(words[0]!) ?? [];
    if (entries.some((entry) => entry.words.join(' ') === words.join(' '))) return;
    entries.push({ words, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(words[0]!, entries);
  }

  /** The longest phrase starting at words[at]; later words must follow without punctuation. */
  matchAt(words: FactWord[], at: number): PhraseMatch<T> | undefined {
    let best: PhraseMatch<T> | undefined;
    for (const variant of words[at]!.variants) {
      for (const entry of this.byFirstWord.get(variant.word) ?? []) {
        if (best !== undefined && best.length >= entry.words.length) break;
        if (this.follows(words, at, entry.words)) {
          best = { value: entry.value, length: entry.words.length, prefixLetters: variant.prefixLetters };
          break;
        }
      }
    }
    return best;
  }

  private follows(words: FactWord[], at: number, phrase: string[]): boolean {
    if (at + phrase.length > words.length) return false;
    for (let k = 1; k < phrase.length; k++) {
      const word = words[at + k]!;
      if (word.exact !== phrase[k] || word.brokenBefore) return false;
    }
    return true;
  }
}
