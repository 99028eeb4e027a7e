import { scanTokens } from '../arabic/scanTokens';
import type { CompiledClause, CompiledQuery, CompiledTerm } from './compiledQuery';
import type { ParsedQuery, QueryTerm } from './queryModel';
import { queryStems } from './queryStems';

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
  return { kind: 'word', field: term.field, exact, stems: queryStems(exact, frequencyOf) };
}

/** Turns a parsed query into analyzed terms; `frequencyOf` tells how many documents hold a term. */
export function compileQuery(parsed: ParsedQuery, frequencyOf: (term: string) => number): CompiledQuery {
  const clauses: CompiledClause[] = [];
  for (const clause of parsed.required) {
    const alternatives = clause.alternatives
      .map((term) => compileTerm(term, frequencyOf))
      .filter((term): term is CompiledTerm => term !== undefined);
    if (alternatives.length > 0) clauses.push({ alternatives });
  }
  const excluded = parsed.excluded
    .map((term) => compileTerm(term, frequencyOf))
    .filter((term): term is CompiledTerm => term !== undefined);
  return { clauses, excluded };
}
