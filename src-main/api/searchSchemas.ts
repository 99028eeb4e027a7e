import { z } from 'zod';
import { SpanSchema } from './commonSchemas';

/**
 * Shapes of the search calls (`search.query`, `search.documentHits`). The request and result are
 * core's own schemas: the engine's types are inferred from the same definitions the contract checks.
 */

export { SearchHitSchema, SearchRequestSchema, SearchResultSchema, SnippetSchema } from '../core/search/searchResult';

export const DocumentHitsRequestSchema = z.object({ id: z.string(), query: z.string().max(2_000) });
export const DocumentHitsSchema = z.object({ id: z.string(), hits: z.array(SpanSchema) });
