import { z } from 'zod';
import { SpanSchema } from './commonSchemas';

/** Shapes of the search calls (`search.query`, `search.documentHits`). */

export const SearchRequestSchema = z.object({
  query: z.string().max(2_000),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1_000).default(20),
  /** Filters the UI sets with controls; they combine with operators written in the query. */
  sources: z.array(z.string()).optional(),
  after: z.string().optional(),
  before: z.string().optional(),
});

export const SnippetSchema = z.object({
  /** Window of the stored text this snippet shows. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** Hit spans, as offsets into the document's stored text (not into `text`). */
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
  /** True when the document matches only some of the required words. */
  partial: z.boolean(),
  snippets: z.array(SnippetSchema),
});

export const SearchResultSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** True when nothing matched every required word and these are the best partial matches. */
  partial: z.boolean(),
  hits: z.array(SearchHitSchema),
  /** A message for a query the parser could not read fully (an unclosed quote, a bad date...). */
  notice: z.string().optional(),
  /** The notices as codes, for an interface to say in its own language. */
  noticeCodes: z
    .array(
      z.enum(['unclosed-quote', 'invalid-date', 'empty-operator', 'short-prefix', 'only-exclusions', 'negated-filter']),
    )
    .optional(),
});

export const DocumentHitsRequestSchema = z.object({ id: z.string(), query: z.string().max(2_000) });
export const DocumentHitsSchema = z.object({ id: z.string(), hits: z.array(SpanSchema) });
