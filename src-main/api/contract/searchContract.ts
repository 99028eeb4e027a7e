import { SearchWithAnnotationsResultSchema } from '../annotationSchemas';
import { DocumentHitsRequestSchema, DocumentHitsSchema, SearchRequestSchema } from '../searchSchemas';

/** Search over the reports (with matches in highlights' quotes and notes), and hits inside one report. */
export const searchMethods = {
  'search.query': { input: SearchRequestSchema, output: SearchWithAnnotationsResultSchema },
  'search.documentHits': { input: DocumentHitsRequestSchema, output: DocumentHitsSchema },
} as const;
