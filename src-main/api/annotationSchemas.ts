import { z } from 'zod';
import { BilingualSchema } from './bilingual';
import { CodeSchema } from '../core/annotations/code';
import { DocumentNoteSchema } from '../core/annotations/documentNote';
import { HighlightSchema, HighlightStatusSchema } from '../core/annotations/highlight';
import { MemoSchema } from '../core/annotations/memo';
import { TimestampSchema } from '../core/annotations/timestamp';
import { SearchResultSchema, SnippetSchema } from './searchSchemas';

/**
 * Shapes of the annotation calls: highlights, the codebook, memos, document notes, history,
 * exports and imports. Records reuse the core zod models, so what crosses the contract is exactly
 * what is stored.
 */

const Id = z.string().min(1);
const CodeColorSchema = CodeSchema.shape.color;

/** How re-anchoring last moved a highlight after its report's text changed; absent when it never moved. */
export const ReanchorSchema = z.object({
  method: z.enum(['exact-quote', 'fuzzy']),
  confidence: z.number(),
  previousQuote: z.string(),
  at: TimestampSchema,
});

/** A highlight with what lists show beside it. `target.position` is where it is now. */
export const ListedHighlightSchema = HighlightSchema.extend({
  reanchor: ReanchorSchema.optional(),
  document: z.object({
    id: z.string(),
    title: z.string(),
    source: z.string().optional(),
    date: z.string().optional(),
    url: z.string().optional(),
  }),
});

/** Filters of the annotations view; a code filter includes the codes nested under it. */
export const HighlightFilterSchema = z.object({
  docId: Id.optional(),
  codeId: Id.optional(),
  source: z.string().optional(),
  /** Matched in quotes and notes, insensitive to Arabic spelling variants (hamza, ta marbuta, harakat…). */
  text: z.string().max(2_000).optional(),
  status: HighlightStatusSchema.optional(),
});

export const AnnotationListQuerySchema = HighlightFilterSchema.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100_000).default(10_000),
});

export const AnnotationListSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  /** By document (date, then title), then by position in the text; orphans last within a document. */
  items: z.array(ListedHighlightSchema),
});

export const CreateHighlightSchema = z.object({
  docId: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  codeIds: z.array(Id).default([]),
  note: z.string().default(''),
});

export const UpdateHighlightSchema = z.object({
  id: Id,
  codeIds: z.array(Id).optional(),
  note: z.string().optional(),
});

export const ReattachHighlightSchema = z.object({
  id: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});

export const DeletedSchema = z.object({ deleted: z.boolean() });

export const ListedCodeSchema = CodeSchema.extend({
  /** Highlights carrying this code. */
  count: z.number().int(),
  /** Highlights carrying this code or one nested under it. */
  countWithDescendants: z.number().int(),
});

export const CodeListSchema = z.object({
  codes: z.array(ListedCodeSchema),
  /** The colours a new code is offered, and the one the service would give it now. */
  palette: z.array(CodeColorSchema),
  nextColor: CodeColorSchema,
});

export const CreateCodeSchema = z.object({
  name: z.string().trim().min(1),
  /** `#rrggbb`; a colour of the default palette not yet in use when left out. */
  color: CodeColorSchema.optional(),
  parentId: Id.optional(),
  description: z.string().optional(),
});

export const UpdateCodeSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).optional(),
  color: CodeColorSchema.optional(),
  /** null moves the code to the top level. */
  parentId: Id.nullable().optional(),
  /** An empty description removes it. */
  description: z.string().optional(),
});

export const MergeCodesSchema = z.object({ sourceId: Id, targetId: Id });
export const MergeCodesResultSchema = z.object({
  target: CodeSchema,
  /** Highlights that carried the merged code. */
  highlightsMoved: z.number().int(),
});

export const DeleteCodeSchema = z.object({
  id: Id,
  /**
   * `remove-code`: its highlights stay, without this code. `delete-highlights`: highlights that
   * carry only this code are deleted; those with other codes too only lose this one.
   */
  highlights: z.enum(['remove-code', 'delete-highlights']),
});
export const DeleteCodeResultSchema = z.object({
  highlightsUncoded: z.number().int(),
  highlightsDeleted: z.number().int(),
});

export const MemoListSchema = z.object({ memos: z.array(MemoSchema) });
export const SaveMemoSchema = z.object({
  id: Id.optional(),
  title: z.string(),
  body: z.string(),
  highlightIds: z.array(Id).default([]),
});

export const DocumentNoteRequestSchema = z.object({ docId: Id });
export const SetDocumentNoteSchema = DocumentNoteSchema;

export const HistoryStepSchema = z.object({
  changed: z.boolean(),
  /** The method whose change was undone or redone ("annotations.create", "codes.merge"…), for the UI to name. */
  label: z.string().optional(),
});

/** What undo and redo would do next, named by the contract method that made each change. */
export const HistoryStatusSchema = z.object({
  undo: z.string().optional(),
  redo: z.string().optional(),
});

export const ExportFormatSchema = z.enum(['md', 'csv', 'xlsx', 'json', 'qdpx']);

export const ExportRequestSchema = z.object({
  format: ExportFormatSchema,
  /** Markdown only: sections per report or per code. */
  by: z.enum(['report', 'code']).default('report'),
  codeId: Id.optional(),
  docId: Id.optional(),
  filter: z.object({ text: z.string().max(2_000).optional(), source: z.string().optional() }).optional(),
  /** Language of the words an export adds around the content (headings, labels). */
  language: z.enum(['ar', 'en']).default('en'),
});

export const ExportResultSchema = z.object({
  /** A suggested file name for the save dialog. */
  filename: z.string(),
  mimeType: z.string(),
  /** The file's text, or for `xlsx` and `qdpx` (zips) its bytes in base64. */
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  highlightCount: z.number().int(),
});

export const ImportAnnotationsSchema = z.object({ content: z.string() });
export const ImportAnnotationsResultSchema = z.object({
  /** New highlights found at their position or by their verbatim quote. */
  exact: z.number().int(),
  /** New highlights found by an approximate match of their quote. */
  fuzzy: z.number().int(),
  /** New highlights whose passage was not found: kept, listed, to be re-attached. */
  orphans: z.number().int(),
  /** Highlights the project already had as the file has them. */
  unchanged: z.number().int(),
  /** Highlights the project had, whose codes or note the (newer) file changed. */
  updated: z.number().int(),
  codesCreated: z.number().int(),
  /** Highlights whose report this project does not have: not imported, named so the user can act. */
  skipped: z.array(z.object({ highlightId: z.string(), docId: z.string(), quote: z.string() })),
});

export const AnnotationBackupSchema = z.object({
  name: z.string(),
  takenAt: z.string(),
  /** Whether it would open; `problem` says why not. */
  readable: z.boolean(),
  problem: z.string().nullable(),
});
export const AnnotationBackupListSchema = z.object({ backups: z.array(AnnotationBackupSchema) });

export const AnnotationStatusSchema = z.object({
  /** `corrupt`: the annotation files cannot be read; every annotation call is refused until a restore. */
  state: z.enum(['ok', 'corrupt']),
  /** For `corrupt`: what is wrong and what to do. */
  message: BilingualSchema.optional(),
  backups: z.array(AnnotationBackupSchema),
  highlightCount: z.number().int(),
});

export const RestoreBackupSchema = z.object({ name: z.string().min(1).optional() });
export const RestoreBackupResultSchema = z.object({
  /** The backup restored; null when a damaged journal was cut back to its last good change instead. */
  restored: z.string().nullable(),
  /** Where the replaced files were copied: they are never deleted. */
  setAside: z.array(z.string()),
  status: AnnotationStatusSchema,
});

/** A search match in a highlight's quote or note; snippet offsets point into that quote or note. */
export const AnnotationSearchHitSchema = z.object({
  highlightId: z.string(),
  docId: z.string(),
  docTitle: z.string(),
  field: z.enum(['quote', 'note']),
  snippet: SnippetSchema,
});

export const SearchWithAnnotationsResultSchema = SearchResultSchema.extend({
  /** Highlights whose quote or note matches the query, best first; absent when annotations are unavailable. */
  annotationHits: z.array(AnnotationSearchHitSchema).optional(),
  /**
   * The highlights are still being indexed (a large project's first search): the reports found come
   * now, without `annotationHits`; the same request asked again shortly carries them.
   */
  annotationHitsPending: z.literal(true).optional(),
});

export const AnnotationsChangedSchema = z.object({
  /** The one report whose highlights or note changed; absent when several did or the codebook changed. */
  docId: z.string().optional(),
});

export { CodeSchema, MemoSchema, DocumentNoteSchema };
