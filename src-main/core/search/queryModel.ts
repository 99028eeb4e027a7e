import { z } from 'zod';

/** What a search query means once parsed, before it meets an index. */

/** Where a term must occur: anywhere in the document (title or text), or in the title only. */
export type TermField = 'any' | 'title';

export interface WordTerm {
  kind: 'word';
  field: TermField;
  /** The word as typed; matched on its normalized form and, more loosely, on its stems. */
  text: string;
}

export interface PhraseTerm {
  kind: 'phrase';
  field: TermField;
  /** The phrase as typed; its words must follow each other, compared on normalized forms. */
  text: string;
}

export interface PrefixTerm {
  kind: 'prefix';
  field: TermField;
  /** The beginning of a word, without the trailing `*`. */
  text: string;
}

export type QueryTerm = WordTerm | PhraseTerm | PrefixTerm;

/** Terms joined by OR: a document satisfies the clause when it matches any of them. */
export interface QueryClause {
  alternatives: QueryTerm[];
}

/** Why part of a query was not read as written; `message` is English, `code` lets a UI translate. */
export const QueryNoticeCodeSchema = z.enum([
  'unclosed-quote',
  'invalid-date',
  'empty-operator',
  'short-prefix',
  'only-exclusions',
  'negated-filter',
  /** Some words were also searched as likelier readings; the result's `corrections` say which. */
  'typo-corrected',
]);

export type QueryNoticeCode = z.infer<typeof QueryNoticeCodeSchema>;

export interface QueryNotice {
  code: QueryNoticeCode;
  message: string;
}

export interface ParsedQuery {
  /** Every clause must match (implicit AND between clauses). */
  required: QueryClause[];
  /** No document matching one of these is returned. */
  excluded: QueryTerm[];
  /** `source:` names; a document must come from one of them when any is given. */
  sources: string[];
  /** Inclusive calendar-day bounds (YYYY-MM-DD) from `after:` and `before:`. */
  after?: string;
  before?: string;
  notices: QueryNotice[];
}
