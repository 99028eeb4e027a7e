/**
 * What query compilation, scoring and highlighting read of an index's vocabulary. The in-memory
 * `TermVocabulary` is one; the services layer has another that reads an on-disk dictionary, term
 * by term, for a one-shot command that looks up a handful of words.
 */
export interface SearchVocabulary {
  /** How many term numbers there are: every term number is below it. */
  readonly size: number;
  idOf(term: string): number | undefined;
  /** The term number of the word in `units[0, length)`, as `idOf` would give it. */
  idOfUnits(units: Uint16Array, length: number): number | undefined;
  /** The normalized word a term number stands for. */
  term(id: number): string;
  /** Numbers of every term one of whose stems is `stem`. */
  termsWithStem(stem: string): readonly number[];
  /** Terms beginning with `prefix`, in code-unit order. */
  termsWithPrefix(prefix: string): readonly string[];
  /** Stems beginning with `prefix`, in code-unit order. */
  stemsWithPrefix(prefix: string): readonly string[];
}
