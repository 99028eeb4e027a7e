import {
  hasStrippableDefiniteArticle,
  hasStrippableWaw,
  stemArabic,
  stemKeepingArticle,
  stemKeepingWaw,
  withoutWaw,
} from '../arabic/stemArabic';

/**
 * Below this ratio of «X» to «وX» (or «الX») occurrences, the leading letters are taken as part
 * of the word: «زير» is almost never written alone while «وزير» is common, and «ماني» hardly
 * exists while «ألماني» (normalized «الماني») does; «قال» is more common than «وقال».
 */
const EVIDENCE_RATIO = 0.1;

function attestedAsPartOfWord(word: string, remnant: string, frequencyOf: (term: string) => number): boolean {
  const whole = frequencyOf(word);
  return whole > 0 && frequencyOf(remnant) < EVIDENCE_RATIO * whole;
}

/**
 * The stems a query word is matched on. Documents index every reading of a leading و or ال (see
 * `stemCandidates`); on the query side the corpus decides: when the word without those letters is
 * hardly ever seen on its own, the letters belong to the word and only the stem keeping them is
 * searched, so «وزير» does not also match «زير»; otherwise every reading is searched.
 */
export function queryStems(exact: string, frequencyOf: (term: string) => number): readonly string[] {
  const stems = new Set([stemArabic(exact)]);
  if (hasStrippableWaw(exact)) {
    if (attestedAsPartOfWord(exact, exact.slice(1), frequencyOf)) return [stemKeepingWaw(exact)];
    stems.add(stemKeepingWaw(exact));
  }
  const rest = withoutWaw(exact);
  if (hasStrippableDefiniteArticle(rest)) {
    if (attestedAsPartOfWord(rest, rest.slice(2), frequencyOf)) {
      stems.delete(stemArabic(exact));
      stems.add(stemKeepingArticle(exact));
      return [...stems];
    }
    stems.add(stemKeepingArticle(exact));
  }
  return [...stems];
}
