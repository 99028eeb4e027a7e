/** Small words frequent in running text of each language Qarin's users write notes in besides Arabic. */
const FUNCTION_WORDS: ReadonlyArray<{ tag: string; words: ReadonlySet<string> }> = [
  {
    tag: 'en',
    words: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'a', 'an', 'with', 'on', 'for', 'this', 'that', 'not']),
  },
  {
    tag: 'fr',
    words: new Set(['le', 'la', 'les', 'des', 'et', 'est', 'un', 'une', 'du', 'dans', 'pour', 'que', 'sur', 'pas']),
  },
];

/**
 * A BCP 47 tag for a short text (a code name, a note), from the script most of its letters are in:
 * `ar` for Arabic script; for Latin script `en` or `fr` when its small words say so, else
 * `und-Latn` (a language not known, written in Latin letters), which is true rather than a guess.
 * Undefined for a text without letters or in another script.
 */
export function textLanguage(text: string): string | undefined {
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (arabic === 0 && latin === 0) return undefined;
  if (arabic >= latin) return 'ar';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scored = FUNCTION_WORDS.map(({ tag, words: known }) => ({
    tag,
    hits: words.filter((word) => known.has(word)).length,
  })).sort((a, b) => b.hits - a.hits);
  const best = scored[0];
  return best !== undefined && best.hits > 0 && best.hits > (scored[1]?.hits ?? 0) ? best.tag : 'und-Latn';
}
