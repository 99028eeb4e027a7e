/** One word of a text, as the analyzer reads it. */
export interface Token {
  /** The word after `normalizeArabic`: what exact (non-stemmed) matching compares. */
  exact: string;
  /** The light10 stem of `exact`: what clitic- and suffix-tolerant matching compares. */
  stem: string;
  /** UTF-16 offset of the word's first character in the original text. */
  start: number;
  /** UTF-16 offset just past the word's last character (its trailing diacritics included). */
  end: number;
}
