import type { Span } from '../text/span';

/** What the search index needs to know about one document. */
export interface IndexableDocument {
  id: string;
  title: string;
  /** The stored text; every offset the index reports points into it. */
  text: string;
  source?: string;
  category?: string;
  /** ISO 8601 date or date-time; filters compare its calendar day. */
  date?: string;
  /** Spans of `text` left out of search (web chrome such as «تعليقات», «0 تعليق»). */
  boilerplate: Span[];
}
