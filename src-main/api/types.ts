import type { z } from 'zod';
import type { Contract, MethodName, EventName, events } from './contract';
import type * as common from './commonSchemas';
import type * as importing from './importSchemas';
import type * as library from './librarySchemas';
import type * as search from './searchSchemas';
import type * as settings from './settingsSchemas';
import type * as a from './annotationSchemas';

/** Types of the contract, for the renderer: it imports these and nothing that runs. */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** What a client of the contract offers, whatever carries it (Electron IPC or HTTP). */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type { MethodName, EventName };
export type Span = z.output<typeof common.SpanSchema>;
export type IntegrityWarning = z.output<typeof common.IntegrityWarningSchema>;
export type DocumentSummary = z.output<typeof library.DocumentSummarySchema>;
export type DocumentDetail = z.output<typeof library.DocumentDetailSchema>;
export type LibraryQuery = z.input<typeof library.LibraryQuerySchema>;
export type LibraryPage = z.output<typeof library.LibraryPageSchema>;
export type Facets = z.output<typeof library.FacetsSchema>;
export type ProjectInfo = z.output<typeof library.ProjectInfoSchema>;
export type SearchRequest = z.input<typeof search.SearchRequestSchema>;
export type SearchResult = z.output<typeof search.SearchResultSchema>;
export type QueryNoticeCode = NonNullable<SearchResult['noticeCodes']>[number];
export type SearchHit = z.output<typeof search.SearchHitSchema>;
export type Snippet = z.output<typeof search.SnippetSchema>;
export type ImportReport = z.output<typeof importing.ImportReportSchema>;
export type ImportProgress = z.output<typeof importing.ImportProgressSchema>;
export type Settings = z.output<typeof settings.SettingsSchema>;

/*
 * Annotations. A user-facing error of these calls carries its message in English, a line break,
 * then Arabic: show the line of the interface's language.
 */
export type ListedHighlight = z.output<typeof a.ListedHighlightSchema>;
export type HighlightReanchor = z.output<typeof a.ReanchorSchema>;
export type AnnotationListQuery = z.input<typeof a.AnnotationListQuerySchema>;
export type AnnotationList = z.output<typeof a.AnnotationListSchema>;
export type Code = z.output<typeof a.CodeSchema>;
export type ListedCode = z.output<typeof a.ListedCodeSchema>;
export type Memo = z.output<typeof a.MemoSchema>;
export type DocumentNote = z.output<typeof a.DocumentNoteSchema>;
export type HistoryStep = z.output<typeof a.HistoryStepSchema>;
export type ExportFormat = z.output<typeof a.ExportFormatSchema>;
export type ExportRequest = z.input<typeof a.ExportRequestSchema>;
export type ExportResult = z.output<typeof a.ExportResultSchema>;
export type ImportAnnotationsResult = z.output<typeof a.ImportAnnotationsResultSchema>;
export type AnnotationBackup = z.output<typeof a.AnnotationBackupSchema>;
export type AnnotationStatus = z.output<typeof a.AnnotationStatusSchema>;
export type AnnotationSearchHit = z.output<typeof a.AnnotationSearchHitSchema>;
export type AnnotationsChanged = z.output<typeof a.AnnotationsChangedSchema>;
