import { z } from 'zod';
import { MAX_QUERY_LENGTH, MAX_SEARCH_LIMIT } from './searchLimits';
import { SpanSchema } from '../text/span';
import { QueryNoticeCodeSchema } from './queryModel';

/*
 * The search request and result as core produces them, and as they cross the contract: the contract's
 * search entries use these schemas, and the types below are inferred from them, so the engine and
 * the contract cannot describe a result differently.
 */

export const SearchRequestSchema = z.object({
  query: z.string().max(MAX_QUERY_LENGTH),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(20),
  /** Filters set with UI controls; they combine (AND) with operators written in the query. */
  sources: z.array(z.string()).optional(),
  after: z.string().optional(),
  before: z.string().optional(),
  /** Search only for the words as typed: no readings of words that look mistyped. */
  exactSpelling: z.boolean().optional(),
});

/** A typed word that was also searched as a likelier word of the corpus («حفتز» as «حفتر»). */
export const SearchCorrectionSchema = z.object({
  /** The word as typed, normalized. */
  typed: z.string(),
  /** The corpus word it was also read as, normalized. */
  readAs: z.string(),
  /** The word as the query spells it, for a reader («نطيجة» for «نطيجه»). */
  typedSpelling: z.string().optional(),
  /** The reading as the best result spells it, for a reader («نتيجة» for «نتيجه»). */
  readAsSpelling: z.string().optional(),
});

export const SnippetSchema = z.object({
  /** Window of the stored text this snippet shows. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** Hit spans as offsets into the document's stored text (not into `text`). */
  highlights: z.array(SpanSchema),
  /** Nothing but white space precedes the window: a reader shows no leading ellipsis. */
  startsText: z.boolean().optional(),
  /** Nothing but white space follows the window: no trailing ellipsis. */
  endsText: z.boolean().optional(),
});

export const SearchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  date: z.string().optional(),
  score: z.number(),
  /** True when the document matches only some of the required terms. */
  partial: z.boolean(),
  snippets: z.array(SnippetSchema),
});

export const SearchResultSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** True when nothing matched every required term and these are the best partial matches. */
  partial: z.boolean(),
  hits: z.array(SearchHitSchema),
  /** Why part of the query was not read as written (an unclosed quote, a bad date...). */
  notice: z.string().optional(),
  /** The same notices as codes, one per problem, so an interface can say them in its own language. */
  noticeCodes: z.array(QueryNoticeCodeSchema).optional(),
  /** With the notice code `typo-corrected`: which typed word was read as which. */
  corrections: z.array(SearchCorrectionSchema).optional(),
  /**
   * How many of the `total` results hold every word as typed (or through its stem), when readings
   * of words that look mistyped add others: a word in one report may count thousands of results
   * through its readings, most of them below any page the notice speaks of.
   */
  typedTotal: z.number().int().optional(),
});

/** What a caller asks: `offset` and `limit` may be left out (their defaults apply). */
export type SearchRequest = z.input<typeof SearchRequestSchema>;
export type SearchCorrection = z.output<typeof SearchCorrectionSchema>;
export type SearchSnippet = z.output<typeof SnippetSchema>;
export type SearchHit = z.output<typeof SearchHitSchema>;
export type SearchResult = z.output<typeof SearchResultSchema>;
