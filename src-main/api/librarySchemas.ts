import { z } from 'zod';
import { IntegrityWarningSchema, SpanSchema } from './commonSchemas';

/** Shapes of the library calls (`project.info`, `library.list`, `document.get`). */

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  category: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  externalId: z.string().optional(),
  path: z.string(),
  format: z.string(),
  encoding: z.string(),
  wordCount: z.number().int(),
  warningCount: z.number().int(),
  sha256: z.string(),
  importedAt: z.string(),
  updatedAt: z.string(),
});

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  abstract: z.string().optional(),
  boilerplate: z.array(SpanSchema),
  warnings: z.array(IntegrityWarningSchema),
});

export const DocumentRequestSchema = z.object({ id: z.string() });

export const LibrarySortSchema = z.enum(['title', 'source', 'date', 'words', 'warnings', 'imported']);

export const LibraryQuerySchema = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(50_000).default(100),
  sort: LibrarySortSchema.default('date'),
  descending: z.boolean().default(false),
  sources: z.array(z.string()).optional(),
  categories: z.array(z.string()).optional(),
  after: z.string().optional(),
  before: z.string().optional(),
  /** Case- and normalization-insensitive filter on title. */
  title: z.string().optional(),
});

export const LibraryPageSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  items: z.array(DocumentSummarySchema),
});

export const FacetsSchema = z.object({
  sources: z.array(z.object({ name: z.string(), count: z.number().int() })),
  categories: z.array(z.object({ name: z.string(), count: z.number().int() })),
  firstDate: z.string().optional(),
  lastDate: z.string().optional(),
});

export const ProjectInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  documentCount: z.number().int(),
  facets: FacetsSchema,
});

export const LibraryChangedSchema = z.object({ documentCount: z.number().int() });
