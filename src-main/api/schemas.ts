import { z } from 'zod';

/** Shapes that cross the contract. Pure zod: the renderer imports only the inferred types. */

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const IntegrityWarningSchema = SpanSchema.extend({
  kind: z.enum(['mixed-script', 'replacement-char', 'mojibake', 'control-char', 'unclosed-markup']),
  text: z.string(),
});

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

export const SearchRequestSchema = z.object({
  query: z.string().max(2_000),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1_000).default(20),
  /** Filters the UI sets with controls; they combine with operators written in the query. */
  sources: z.array(z.string()).optional(),
  after: z.string().optional(),
  before: z.string().optional(),
  /** Search only for the words as typed: no readings of words that look mistyped. */
  exactSpelling: z.boolean().optional(),
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
      z.enum([
        'unclosed-quote',
        'invalid-date',
        'empty-operator',
        'short-prefix',
        'only-exclusions',
        'negated-filter',
        'typo-corrected',
      ]),
    )
    .optional(),
  /** With the notice code typo-corrected: which typed word was also searched as which corpus word. */
  corrections: z.array(z.object({ typed: z.string(), readAs: z.string() })).optional(),
});

export const DocumentHitsRequestSchema = z.object({ id: z.string(), query: z.string().max(2_000) });
export const DocumentHitsSchema = z.object({ id: z.string(), hits: z.array(SpanSchema) });

export const ImportErrorSchema = z.object({ path: z.string(), reason: z.string() });
export const ImportWarningSchema = z.object({
  path: z.string(),
  id: z.string().optional(),
  title: z.string().optional(),
  warnings: z.array(IntegrityWarningSchema),
});

export const ImportReportSchema = z.object({
  added: z.array(z.object({ id: z.string(), path: z.string(), title: z.string() })),
  updated: z.array(z.object({ id: z.string(), path: z.string(), title: z.string() })),
  unchanged: z.number().int(),
  duplicates: z.array(z.object({ path: z.string(), duplicateOf: z.string() })),
  errors: z.array(ImportErrorSchema),
  warnings: z.array(ImportWarningSchema),
  cancelled: z.boolean(),
  filesScanned: z.number().int(),
  elapsedMs: z.number(),
});

export const ImportRequestSchema = z.object({
  paths: z.array(z.string().min(1)).min(1),
  maxFileBytes: z.number().int().positive().optional(),
});

export const ImportProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['scanning', 'reading', 'indexing', 'saving', 'done']),
  done: z.number().int(),
  total: z.number().int(),
  path: z.string().optional(),
});

export const ImportDoneSchema = z.object({ jobId: z.string(), report: ImportReportSchema });

const settingsFields = {
  language: z.enum(['ar', 'en']),
  theme: z.enum(['light', 'dark']),
  fontSize: z.number().min(12).max(40),
  lineHeight: z.number().min(1.2).max(3),
  showBoilerplate: z.boolean(),
};

export const SettingsSchema = z.object({
  language: settingsFields.language.default('ar'),
  theme: settingsFields.theme.default('light'),
  fontSize: settingsFields.fontSize.default(20),
  lineHeight: settingsFields.lineHeight.default(1.9),
  showBoilerplate: settingsFields.showBoilerplate.default(true),
});

/** Without defaults: a patch that names one setting must leave the others as they are. */
export const SettingsPatchSchema = z.object(settingsFields).partial();

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });

/** A REFI-QDA project to import: a path the user chose (dialog, drop, upload), as for `import.start`. */
export const ImportQdpxRequestSchema = z.object({ path: z.string().min(1) });

export const ImportQdpxResultSchema = z.object({
  reportsAdded: z.number().int(),
  /** Sources whose text the project already held. */
  reportsKnown: z.number().int(),
  highlights: z.number().int(),
  /** Selections the project already had at the same place. */
  highlightsKnown: z.number().int(),
  codesCreated: z.number().int(),
  memos: z.number().int(),
  documentNotes: z.number().int(),
  /** PDF, picture, audio and video sources, by name: Qarin holds text only. */
  skippedSources: z.array(z.string()),
  /** Sources with Windows line ends, and how their positions were read. */
  lineEnds: z.array(z.object({ source: z.string(), reading: z.enum(['crlf-as-two', 'crlf-as-one']) })),
});
