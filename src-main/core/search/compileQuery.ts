import { scanTokens } from '../arabic/scanTokens';
import type { CompiledClause, CompiledQuery, CompiledTerm, CompiledWord } from './compiledQuery';
import type { ParsedQuery, QueryTerm } from './queryModel';
import { queryStems } from './queryStems';
import { readingsOf, type SpellingCorrection } from './spellingCorrections';
import { coreOf } from './stemSpellings';

function wordsOf(text: string): string[] {
  const words: string[] = [];
  scanTokens(text, (exact) => words.push(exact));
  return words;
}

/**
 * Analyzes a term exactly as document text is analyzed. A typed word that the analyzer splits
 * («COVID-19», «ب epithelialن») becomes a phrase of its parts; one with no letters is dropped.
 */
function compileTerm(term: QueryTerm, frequencyOf: (term: string) => number): CompiledTerm | undefined {
  const words = wordsOf(term.text);
  if (words.length === 0) return undefined;
  if (term.kind === 'phrase' || words.length > 1) {
    if (term.kind === 'prefix') return { kind: 'prefix', field: term.field, prefix: words[words.length - 1]! };
    return { kind: 'phrase', field: term.field, words };
  }
  const exact = words[0]!;
  if (term.kind === 'prefix') return { kind: 'prefix', field: term.field, prefix: exact };
  return wordTerm(term.field, exact, frequencyOf);
}

function wordTerm(field: QueryTerm['field'], exact: string, frequencyOf: (term: string) => number): CompiledWord {
  const stems = queryStems(exact, frequencyOf);
  const core = coreOf(exact, stems);
  return { kind: 'word', field, exact, stems, ...(core !== undefined && { core }) };
}

export interface CompileOptions {
  /** Also search each required word as its likelier readings when it looks mistyped. */
  tolerateTypos: boolean;
}

/**
 * The readings a required word is also searched as, each an alternative of its clause. Excluded
 * words are never widened: `-word` leaves out what was typed, nothing more.
 */
function readingAlternatives(
  alternatives: readonly CompiledTerm[],
  frequencyOf: (term: string) => number,
  corrections: SpellingCorrection[],
  weighOdds: boolean,
): CompiledTerm[] {
  const typed = new Set(alternatives.flatMap((term) => (term.kind === 'word' ? [term.exact] : [])));
  const readings: CompiledTerm[] = [];
  for (const term of alternatives) {
    if (term.kind !== 'word') continue;
    const readingsOfTerm = readingsOf(term.exact, { documentFrequency: frequencyOf });
    const likeliestFrequency = readingsOfTerm[0] ? frequencyOf(readingsOfTerm[0].word) : 0;
    for (const { word, likelihood } of readingsOfTerm) {
      if (typed.has(word)) continue;
      typed.add(word);
      readings.push({
        ...wordTerm(term.field, word, frequencyOf),
        reading: { typed: term.exact, ...(weighOdds && { odds: { likelihood, likeliestFrequency } }) },
      });
      corrections.push({ typed: term.exact, readAs: word });
    }
  }
  return readings;
}

/** Turns a parsed query into analyzed terms; `frequencyOf` tells how many documents hold a term. */
export function compileQuery(
  parsed: ParsedQuery,
  frequencyOf: (term: string) => number,
  options: CompileOptions = { tolerateTypos: false },
): CompiledQuery {
  const corrections: SpellingCorrection[] = [];
  const typed = parsed.required
    .map((clause) =>
      clause.alternatives
        .map((term) => compileTerm(term, frequencyOf))
        .filter((term): term is CompiledTerm => term !== undefined),
    )
    .filter((alternatives) => alternatives.length > 0);
  // A word alone has nothing else to tell its readings apart: only then do they weigh by their odds.
  const weighOdds = typed.length === 1;
  const clauses: CompiledClause[] = typed.map((alternatives) => ({
    alternatives: options.tolerateTypos
      ? [...alternatives, ...readingAlternatives(alternatives, frequencyOf, corrections, weighOdds)]
      : alternatives,
  }));
  const excluded = parsed.excluded
    .map((term) => compileTerm(term, frequencyOf))
    .filter((term): term is CompiledTerm => term !== undefined);
  return { clauses, excluded, corrections };
}
