import type { CompiledWord } from './compiledQuery';
import type { SearchVocabulary } from './searchVocabulary';

/**
 * A stem shorter than this, cut from a longer word, no longer tells the word from others: light10
 * takes «كلية» to «كل» and «شريهان» to «شر», whose spellings are «كل», «بكل», «الكل» and «شر».
 */
export const MIN_TELLING_STEM = 3;

/**
 * The word a short stem was cut from, as it stands after its leading letters («الكليه» → «كليه»),
 * when the stem no longer tells it from others; undefined when every stem does (see `spellingsOf`).
 */
export function coreOf(exact: string, stems: readonly string[]): string | undefined {
  const short = stems.find((stem) => stem.length < MIN_TELLING_STEM);
  if (short === undefined) return undefined;
  // The last place the stem stands: a prefix may hold its letters too («الالي», «إلى» with the article).
  const at = exact.lastIndexOf(short);
  const core = at < 0 ? undefined : exact.slice(at);
  return core !== undefined && core.length > short.length ? core : undefined;
}

/** Whether `spelling` is one of the word's own spellings through a stem that `coreOf` found short. */
export function keepsCore(word: CompiledWord, spelling: string): boolean {
  return word.core === undefined || spelling.includes(word.core);
}

/**
 * Every spelling that shares a stem with the word: what a stem-only match can be. Through a stem
 * too short to tell the word from others, only the spellings that hold the word itself count
 * («الكلية», «والكلية» for «كلية»; not «كل», «بكل»): scoring, highlighting and the typo notice all
 * ask here, so that they agree on what the word matched.
 */
export function spellingsOf(word: CompiledWord, vocabulary: SearchVocabulary): number[] {
  const spellings: number[] = [];
  for (const stem of word.stems) {
    for (const id of vocabulary.termsWithStem(stem)) {
      if (stem.length >= MIN_TELLING_STEM || keepsCore(word, vocabulary.term(id))) spellings.push(id);
    }
  }
  return word.stems.length > 1 ? [...new Set(spellings)] : spellings;
}
