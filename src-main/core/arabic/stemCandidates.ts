import {
  hasStrippableDefiniteArticle,
  hasStrippableWaw,
  stemArabic,
  stemKeepingArticle,
  stemKeepingWaw,
  withoutWaw,
} from './stemArabic';

/**
 * Every stem a normalized word may stand for; the light10 stem comes first.
 *
 * light10 reads a leading و as the conjunction and a leading ال as the article, and both readings
 * can be wrong. «وزير», «وكالة», «وقت» begin with a root و: «وزير» stems to «زير» while «الوزير»
 * stems to «وزير», and the two never meet. Normalization folds أ into ا, so «ألماني», «ألعاب»,
 * «ألغى» look as if they began with the article: «ألماني» stems to «مان» while «الألماني» stems
 * to «المان». For such words the stem that keeps the letters is offered too: the index records
 * every candidate, and the query side keeps the readings the corpus attests (`queryStems`).
 */
export function stemCandidates(word: string): readonly string[] {
  const stem = stemArabic(word);
  const candidates = [stem];
  if (hasStrippableWaw(word)) candidates.push(stemKeepingWaw(word));
  if (hasStrippableDefiniteArticle(withoutWaw(word))) candidates.push(stemKeepingArticle(word));
  return candidates.length === 1 ? candidates : [...new Set(candidates)];
}
