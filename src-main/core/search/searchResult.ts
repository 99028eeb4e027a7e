import type { QueryNoticeCode } from './queryModel';
import type { Span } from '../text/span';

/*
 * The search request and result as core produces them. They mirror SearchRequestSchema and
 * SearchResultSchema of the contract (src-main/api/schemas.ts) field for field; core may not import
 * from api, so a test checks that the two stay structurally identical.
 */

export interface SearchRequest {
  query: string;
  offset?: number;
  limit?: number;
  /** Filters set with UI controls; they combine (AND) with operators written in the query. */
  sources?: string[];
  after?: string;
  before?: string;
  /** Search only for the words as typed: no readings of words that look mistyped. */
  exactSpelling?: boolean;
}

/** A typed word that was also searched as a likelier word of the corpus («حفتز» as «حفتر»). */
export interface SearchCorrection {
  /** The word as typed, normalized. */
  typed: string;
  /** The corpus word it was also read as. */
  readAs: string;
}

export interface SearchSnippet {
  /** Window of the stored text this snippet shows. */
  start: number;
  end: number;
  text: string;
  /** Hit spans as offsets into the document's stored text (not into `text`). */
  highlights: Span[];
  /** Nothing but white space precedes the window: a reader shows no leading ellipsis. */
  startsText?: boolean;
  /** Nothing but white space follows the window: no trailing ellipsis. */
  endsText?: boolean;
}

export interface SearchHit {
  id: string;
  title: string;
  source?: string;
  date?: string;
  score: number;
  /** True when the document matches only some of the required terms. */
  partial: boolean;
  snippets: SearchSnippet[];
}

export interface SearchResult {
  query: string;
  total: number;
  offset: number;
  limit: number;
  /** True when nothing matched every required term and these are the best partial matches. */
  partial: boolean;
  hits: SearchHit[];
  /** Why part of the query was not read as written (an unclosed quote, a bad date...). */
  notice?: string;
  /** The same notices as codes, one per problem, so an interface can say them in its own language. */
  noticeCodes?: QueryNoticeCode[];
  /** With the notice code `typo-corrected`: which typed word was read as which. */
  corrections?: SearchCorrection[];
}
