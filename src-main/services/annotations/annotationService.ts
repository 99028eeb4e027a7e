import { CODE_PALETTE, nextPaletteColor } from './codePalette';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type * as schemas from '../../api/annotationSchemas';
import { ApiError } from '../../api/apiError';
import { createTextTarget } from '../../core/annotations/createQuoteSelector';
import type { Code } from '../../core/annotations/code';
import type { DocumentNote } from '../../core/annotations/documentNote';
import type { Highlight } from '../../core/annotations/highlight';
import type { Memo } from '../../core/annotations/memo';
import type { SearchRequest } from '../../core/search/searchResult';
import { StoreError } from '../persistence';
import type { AnnotationChange } from '../../core/annotations/annotationChange';
import type { StoredHighlight } from '../../core/annotations/annotationData';
import type { AnnotatedDocument, AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import { exportAnnotations, type ExportRequest, type ExportResult } from './annotationExport';
import { annotationError, annotationMessages } from './annotationMessages';
import { AnnotationSearch } from './annotationSearch';
import type { AnnotationSearchHit } from './highlightSearchHit';
import type { HITS_PENDING } from './hitsPending';
import type { AnnotationState } from '../../core/annotations/annotationState';
import {
  AnnotationStore,
  AnnotationsUnavailableError,
  NoGoodBackupError,
  type AnnotationStoreOptions,
} from './annotationStore';
import { ProjectLockedError } from '../persistence/ProjectWriterLock';
import { projectMessages } from '../project/projectMessages';
import { codesWithCounts, createCode, deleteCode, memosWithout, mergeCodes, updateCode } from './codebook';
import { selectHighlights, type SelectedHighlight } from '../../core/annotations/highlightSelection';
import { reanchorHighlights, type ReanchorCounts } from '../../core/annotations/reanchorHighlights';
import { UndoHistory, type HistoryEntry } from '../../core/annotations/undoHistory';
import { planWebAnnotationImport, type ImportCounts } from './webAnnotationImport';

type Out<S extends z.ZodType> = z.output<S>;
export type ListedHighlight = Out<typeof schemas.ListedHighlightSchema>;
export type ListedCode = Out<typeof schemas.ListedCodeSchema>;
export type AnnotationStatus = Out<typeof schemas.AnnotationStatusSchema>;
export type AnnotationBackup = Out<typeof schemas.AnnotationBackupSchema>;
export type HistoryStatus = Out<typeof schemas.HistoryStatusSchema>;

/** The annotations a report is built from. */
export interface ReportMaterial {
  highlights: Highlight[];
  codes: Code[];
  memos: Memo[];
  documentNotes: DocumentNote[];
}

/** Which reports a saved change concerns: listed, or all of them (a codebook change recolours everywhere). */
export type ChangedDocuments = { docIds: string[] } | 'all';

export interface AnnotationServiceOptions extends Omit<AnnotationStoreOptions, 'clock'> {
  documents: AnnotationDocuments;
  /** The project's name, written into REFI-QDA exports and Web Annotation labels. */
  projectName: string;
  clock?: () => number;
  historyLimit?: number;
  /** Called after every saved change, so windows can refresh what they show. */
  onChanged?: (changed: ChangedDocuments) => void;
  /** Called whenever what undo and redo would do next changes, so their buttons can say it. */
  onHistoryChanged?: (status: HistoryStatus) => void;
}

/**
 * The analyst's annotations over one project: highlights with codes and notes, the codebook,
 * memos and report notes, undo and redo, re-anchoring when a report's text changes, exports and
 * Web Annotation imports. Every change is decided on the current state and saved whole (see
 * AnnotationStore) before it is visible; every refusal is an ApiError in English and Arabic.
 */
export class AnnotationService {
  private readonly history: UndoHistory;
  private readonly search: AnnotationSearch;

  private constructor(
    private readonly store: AnnotationStore,
    private readonly options: AnnotationServiceOptions,
  ) {
    this.history = new UndoHistory(options.historyLimit);
    this.search = new AnnotationSearch(options.documents);
  }

  static async open(options: AnnotationServiceOptions): Promise<AnnotationService> {
    const store = await AnnotationStore.open({ ...options, clock: options.clock ?? Date.now });
    return new AnnotationService(store, options);
  }

  // ------------------------------------------------------------------ status and backups

  async status(): Promise<AnnotationStatus> {
    const problem = this.store.unavailable;
    const backups = await this.backups();
    return {
      state: problem === undefined ? 'ok' : 'corrupt',
      ...(problem !== undefined ? { message: annotationMessages.unavailable(problem.detail) } : {}),
      backups,
      highlightCount: problem === undefined ? this.store.state.highlightCount : 0,
    };
  }

  async backups(): Promise<AnnotationBackup[]> {
    const backups = await this.store.listBackups().catch((error: unknown) => {
      if (error instanceof StoreError) return [];
      throw error;
    });
    return backups.map((backup) => ({
      name: backup.name,
      takenAt: backup.takenAt.toISOString(),
      readable: backup.readable,
      problem: backup.problem,
    }));
  }

  async restoreBackup(
    name?: string,
  ): Promise<{ restored: string | null; setAside: string[]; status: AnnotationStatus }> {
    let outcome;
    try {
      outcome = await this.store.restore(name);
    } catch (error) {
      if (error instanceof NoGoodBackupError) throw annotationError('not-found', annotationMessages.noGoodBackup());
      if (error instanceof ProjectLockedError) throw this.translate(error);
      if (error instanceof StoreError)
        throw annotationError('invalid-input', annotationMessages.backupNotRestorable(error.message));
      throw error;
    }
    this.forgetHistory();
    this.search.reset();
    await this.reconcile();
    this.options.onChanged?.('all');
    return { restored: outcome.restoredBackup, setAside: outcome.setAside, status: await this.status() };
  }

  // ------------------------------------------------------------------ highlights

  async list(query: Out<typeof schemas.AnnotationListQuerySchema>): Promise<Out<typeof schemas.AnnotationListSchema>> {
    const state = this.state();
    const selected = selectHighlights(state, this.options.documents, query);
    return {
      total: selected.length,
      offset: query.offset,
      items: selected.slice(query.offset, query.offset + query.limit).map(listed),
    };
  }

  create(input: Out<typeof schemas.CreateHighlightSchema>): Promise<ListedHighlight> {
    return this.change('annotations.create', (state) => {
      const document = this.documentOrThrow(input.docId);
      const text = this.textOrThrow(document);
      const now = this.now();
      const highlight: StoredHighlight = {
        id: randomUUID(),
        docId: document.id,
        target: this.targetOrThrow(text, input.start, input.end, document.sha256),
        codeIds: this.codeIdsOrThrow(state, input.codeIds),
        note: input.note,
        created: now,
        modified: now,
        status: 'anchored',
      };
      return { change: { highlights: { put: [highlight] } }, result: listed({ highlight, document }) };
    });
  }

  update(input: Out<typeof schemas.UpdateHighlightSchema>): Promise<ListedHighlight> {
    return this.change('annotations.update', (state) => {
      const existing = this.highlightOrThrow(state, input.id);
      const highlight: StoredHighlight = { ...existing };
      if (input.codeIds !== undefined) highlight.codeIds = this.codeIdsOrThrow(state, input.codeIds);
      if (input.note !== undefined) highlight.note = input.note;
      const changed =
        highlight.note !== existing.note || highlight.codeIds.join('\u0000') !== existing.codeIds.join('\u0000');
      if (!changed) return { result: this.listedOf(existing) };
      highlight.modified = this.now();
      return { change: { highlights: { put: [highlight] } }, result: this.listedOf(highlight) };
    });
  }

  delete(id: string): Promise<{ deleted: boolean }> {
    return this.change<{ deleted: boolean }>('annotations.delete', (state) => {
      if (state.highlight(id) === undefined) return { result: { deleted: false } };
      const change: AnnotationChange = { highlights: { remove: [id] } };
      const memos = memosWithout(state, new Set([id]), this.now());
      if (memos.length > 0) change.memos = { put: memos };
      return { change, result: { deleted: true } };
    });
  }

  /** Gives a highlight (typically an orphan) a new passage in its report's current text. */
  reattach(input: Out<typeof schemas.ReattachHighlightSchema>): Promise<ListedHighlight> {
    return this.change('annotations.reattach', (state) => {
      const existing = this.highlightOrThrow(state, input.id);
      const document = this.documentOrThrow(existing.docId);
      const text = this.textOrThrow(document);
      const { reanchor: _previousMove, ...rest } = existing;
      const highlight: StoredHighlight = {
        ...rest,
        target: this.targetOrThrow(text, input.start, input.end, document.sha256),
        status: 'anchored',
        modified: this.now(),
      };
      return { change: { highlights: { put: [highlight] } }, result: listed({ highlight, document }) };
    });
  }

  // ------------------------------------------------------------------ codebook

  async listCodes(): Promise<{ codes: ListedCode[]; palette: string[]; nextColor: string }> {
    const state = this.state();
    const codes = state.allCodes();
    return {
      codes: codesWithCounts(state),
      palette: [...CODE_PALETTE],
      nextColor: nextPaletteColor(
        codes.map((code) => code.color),
        codes.length,
      ),
    };
  }

  createCode(input: Out<typeof schemas.CreateCodeSchema>) {
    return this.change('codes.create', (state) => createCode(state, input));
  }

  updateCode(input: Out<typeof schemas.UpdateCodeSchema>) {
    return this.change('codes.update', (state) => updateCode(state, input));
  }

  mergeCodes(input: Out<typeof schemas.MergeCodesSchema>) {
    return this.change('codes.merge', (state) => mergeCodes(state, input, this.now()));
  }

  deleteCode(input: Out<typeof schemas.DeleteCodeSchema>) {
    return this.change('codes.delete', (state) => deleteCode(state, input, this.now()));
  }

  // ------------------------------------------------------------------ memos and report notes

  async listMemos(): Promise<{ memos: Memo[] }> {
    return { memos: this.state().allMemos() };
  }

  saveMemo(input: Out<typeof schemas.SaveMemoSchema>): Promise<Memo> {
    return this.change('memos.save', (state) => {
      const existing = input.id === undefined ? undefined : state.memo(input.id);
      if (input.id !== undefined && existing === undefined)
        throw annotationError('not-found', annotationMessages.noMemo(input.id));
      const highlightIds = [...new Set(input.highlightIds)];
      for (const id of highlightIds) this.highlightOrThrow(state, id);
      const now = this.now();
      const memo: Memo = {
        id: existing?.id ?? randomUUID(),
        title: input.title,
        body: input.body,
        highlightIds,
        created: existing?.created ?? now,
        modified: now,
      };
      return { change: { memos: { put: [memo] } }, result: memo };
    });
  }

  deleteMemo(id: string): Promise<{ deleted: boolean }> {
    return this.change<{ deleted: boolean }>('memos.delete', (state) =>
      state.memo(id) === undefined
        ? { result: { deleted: false } }
        : { change: { memos: { remove: [id] } }, result: { deleted: true } },
    );
  }

  async getNote(docId: string): Promise<DocumentNote> {
    return this.state().note(docId) ?? { docId, body: '' };
  }

  /** An empty body removes the note. */
  setNote(note: DocumentNote): Promise<DocumentNote> {
    return this.change('notes.set', (state) => {
      this.documentOrThrow(note.docId);
      const existing = state.note(note.docId);
      if ((existing?.body ?? '') === note.body) return { result: { docId: note.docId, body: note.body } };
      const change: AnnotationChange =
        note.body === ''
          ? { documentNotes: { remove: [note.docId] } }
          : { documentNotes: { put: [{ docId: note.docId, body: note.body }] } };
      return { change, result: { docId: note.docId, body: note.body } };
    });
  }

  // ------------------------------------------------------------------ history

  undo(): Promise<{ changed: boolean; label?: string }> {
    return this.replay(
      (history) => history.nextUndo(),
      (entry) => entry.undo,
      (history, entry) => history.undone(entry),
    );
  }

  redo(): Promise<{ changed: boolean; label?: string }> {
    return this.replay(
      (history) => history.nextRedo(),
      (entry) => entry.redo,
      (history, entry) => history.redone(entry),
    );
  }

  historyStatus(): HistoryStatus {
    const status: HistoryStatus = {};
    const undo = this.history.nextUndo()?.label;
    const redo = this.history.nextRedo()?.label;
    if (undo !== undefined) status.undo = undo;
    if (redo !== undefined) status.redo = redo;
    return status;
  }

  private forgetHistory(): void {
    this.history.clear();
    this.options.onHistoryChanged?.(this.historyStatus());
  }

  // ------------------------------------------------------------------ exchange

  async export(request: ExportRequest): Promise<ExportResult> {
    return exportAnnotations(this.state(), this.options.documents, request, {
      projectName: this.options.projectName,
      now: new Date(this.clock()),
    });
  }

  /** Everything a report may show, as it stands now: highlights, the codebook, memos and report notes. */
  reportMaterial(): ReportMaterial {
    const state = this.state();
    return {
      highlights: [...state.allHighlights()],
      codes: state.allCodes(),
      memos: state.allMemos(),
      documentNotes: state.allNotes().filter((note) => note.body.trim().length > 0),
    };
  }

  importWebAnnotations(content: string): Promise<ImportCounts> {
    return this.change('annotations.importJson', (state) =>
      planWebAnnotationImport(state, this.options.documents, content, this.now()),
    );
  }

  /**
   * Saves an import decided on the current state (a REFI-QDA project's codes, highlights, memos and
   * notes) as one undoable step, like any other change.
   */
  applyImport<R>(
    label: string,
    decide: (state: AnnotationState) => { change?: AnnotationChange; result: R },
  ): Promise<R> {
    return this.change(label, decide);
  }

  /**
   * Highlights whose quote or note matches a search, or undefined while the annotations are
   * unavailable; with `wait: false`, HITS_PENDING while their index is first built (see AnnotationSearch).
   */
  async searchHits(
    request: SearchRequest,
    options: { wait: boolean },
  ): Promise<AnnotationSearchHit[] | typeof HITS_PENDING | undefined> {
    if (this.store.unavailable !== undefined) return undefined;
    return this.search.search(this.store.state, request, options);
  }

  /**
   * The highlights' search index as tables, and what its hits show, for a one-shot command to
   * keep on disk (see `highlightSearchTables`); undefined while the annotations are unavailable.
   */
  async searchTables(): Promise<Awaited<ReturnType<AnnotationSearch['tables']>> | undefined> {
    if (this.store.unavailable !== undefined) return undefined;
    return this.search.tables(this.store.state);
  }

  // ------------------------------------------------------------------ re-anchoring

  /**
   * Re-anchors every highlight whose report's text is no longer the one it was made on (a
   * re-import of an edited file), and retries orphans. Saved as one change; undo history is
   * cleared, since its records point into the old texts. Returns how the moved highlights fared.
   */
  /**
   * Whether `reconcile` would re-anchor anything now: a highlight of a known report that is an
   * orphan or was made on another text than the report's. Reads only; false while unavailable.
   */
  hasHighlightsToReanchor(): boolean {
    if (this.store.unavailable !== undefined) return false;
    const state = this.store.state;
    return [...state.annotatedDocumentIds()].some((docId) => {
      const document = this.options.documents.get(docId);
      return document !== undefined && !anchoredIn(state.highlightsOf(docId), document.sha256);
    });
  }

  async reconcile(): Promise<ReanchorCounts> {
    let total: ReanchorCounts = { exact: 0, fuzzy: 0, orphans: 0 };
    if (this.store.unavailable !== undefined) return total;
    let changedDocuments: string[] = [];
    try {
      await this.store.transact(
        (state) => {
          // Decided afresh on each call: the store may run this twice (see AnnotationStore.transact).
          total = { exact: 0, fuzzy: 0, orphans: 0 };
          changedDocuments = [];
          const put: StoredHighlight[] = [];
          const now = this.now();
          for (const docId of [...state.annotatedDocumentIds()]) {
            const document = this.options.documents.get(docId);
            if (document === undefined) continue;
            const highlights = state.highlightsOf(docId);
            if (anchoredIn(highlights, document.sha256)) continue;
            const text = this.options.documents.text(document);
            if (text === undefined) continue;
            const { changed, counts } = reanchorHighlights(highlights, text, document.sha256, now);
            total.exact += counts.exact;
            total.fuzzy += counts.fuzzy;
            total.orphans += counts.orphans;
            if (changed.length > 0) {
              put.push(...changed);
              changedDocuments.push(docId);
            }
          }
          return put.length === 0 ? { result: undefined } : { change: { highlights: { put } }, result: undefined };
        },
        (change) => {
          this.forgetHistory();
          this.search.update(change.highlights?.put ?? [], []);
        },
      );
    } catch (error) {
      // Another process is writing these annotations; it re-anchors them, and so does the next opening.
      if (error instanceof ProjectLockedError) return { exact: 0, fuzzy: 0, orphans: 0 };
      throw error;
    }
    if (changedDocuments.length > 0) this.options.onChanged?.({ docIds: changedDocuments });
    return total;
  }

  async close(): Promise<void> {
    // A highlight index still being built stops at its next turn: nobody will search it.
    this.search.reset();
    await this.store.close();
  }

  // ------------------------------------------------------------------ internals

  private clock(): number {
    return (this.options.clock ?? Date.now)();
  }

  private now(): string {
    return new Date(this.clock()).toISOString();
  }

  private state(): AnnotationState {
    try {
      return this.store.state;
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof AnnotationsUnavailableError)
      return annotationError('corrupt', annotationMessages.unavailable(error.problem.detail));
    if (error instanceof ProjectLockedError) {
      return annotationError('conflict', projectMessages.lockedByAnotherProcess(error.ownerPid, error.ownerCommand));
    }
    if (error instanceof StoreError) return annotationError('internal', annotationMessages.saveFailed(error.message));
    if (error instanceof Error && !(error instanceof ApiError) && 'code' in error && typeof error.code === 'string') {
      return annotationError('internal', annotationMessages.saveFailed(error.message));
    }
    return error;
  }

  /** Decides and saves one change as an undoable step named after its contract method. */
  private async change<R>(
    label: string,
    decide: (state: AnnotationState) => { change?: AnnotationChange; result: R },
  ): Promise<R> {
    let before: AnnotationChange | undefined;
    let affected: ChangedDocuments = { docIds: [] };
    try {
      return await this.store.transact(
        (state) => {
          const decision = decide(state);
          if (decision.change !== undefined) {
            before = state.inverse(decision.change);
            const { docIds, codebookChanged } = state.affectedBy(decision.change);
            affected = codebookChanged ? 'all' : { docIds: [...docIds] };
          }
          return decision;
        },
        (change) => {
          this.history.record({ label, undo: before!, redo: change });
          this.afterSave(change, affected);
        },
      );
    } catch (error) {
      throw this.translate(error);
    }
  }

  private async replay(
    next: (history: UndoHistory) => HistoryEntry | undefined,
    changeOf: (entry: HistoryEntry) => AnnotationChange,
    done: (history: UndoHistory, entry: HistoryEntry) => void,
  ): Promise<{ changed: boolean; label?: string }> {
    let affected: ChangedDocuments = { docIds: [] };
    try {
      const entry = await this.store.transact<HistoryEntry | undefined>(
        (state) => {
          const entry = next(this.history);
          if (entry === undefined) return { result: undefined };
          const change = changeOf(entry);
          const { docIds, codebookChanged } = state.affectedBy(change);
          affected = codebookChanged ? 'all' : { docIds: [...docIds] };
          return { change, result: entry };
        },
        (change, entry) => {
          if (entry !== undefined) done(this.history, entry);
          this.afterSave(change, affected);
        },
      );
      return entry === undefined ? { changed: false } : { changed: true, label: entry.label };
    } catch (error) {
      throw this.translate(error);
    }
  }

  private afterSave(change: AnnotationChange, affected: ChangedDocuments): void {
    this.search.update(change.highlights?.put ?? [], change.highlights?.remove ?? []);
    if (affected === 'all' || affected.docIds.length > 0) this.options.onChanged?.(affected);
    // Every saved change was recorded in, undone from or redone from the history.
    this.options.onHistoryChanged?.(this.historyStatus());
  }

  private documentOrThrow(docId: string): AnnotatedDocument {
    const document = this.options.documents.get(docId);
    if (document === undefined) throw annotationError('not-found', annotationMessages.noDocument(docId));
    return document;
  }

  private textOrThrow(document: AnnotatedDocument): string {
    const text = this.options.documents.text(document);
    if (text === undefined) throw annotationError('corrupt', annotationMessages.missingText(document.title));
    return text;
  }

  private targetOrThrow(text: string, start: number, end: number, sha256: string) {
    try {
      return createTextTarget(text, { start, end }, sha256);
    } catch (error) {
      if (error instanceof RangeError)
        throw annotationError('invalid-input', annotationMessages.badRange(start, end, text.length));
      throw error;
    }
  }

  private highlightOrThrow(state: AnnotationState, id: string): StoredHighlight {
    const highlight = state.highlight(id);
    if (highlight === undefined) throw annotationError('not-found', annotationMessages.noHighlight(id));
    return highlight;
  }

  private codeIdsOrThrow(state: AnnotationState, codeIds: readonly string[]): string[] {
    for (const id of codeIds)
      if (state.code(id) === undefined) throw annotationError('not-found', annotationMessages.noCode(id));
    return [...new Set(codeIds)];
  }

  private listedOf(highlight: StoredHighlight): ListedHighlight {
    const document = this.options.documents.get(highlight.docId) ?? {
      id: highlight.docId,
      title: highlight.docId,
      sha256: highlight.target.sha256,
    };
    return listed({ highlight, document });
  }
}

function listed({ highlight, document }: SelectedHighlight): ListedHighlight {
  const summary: ListedHighlight['document'] = { id: document.id, title: document.title };
  if (document.source !== undefined) summary.source = document.source;
  if (document.date !== undefined) summary.date = document.date;
  if (document.url !== undefined) summary.url = document.url;
  return { ...highlight, document: summary };
}

/** Every highlight anchored in the text of this content hash: re-anchoring leaves them as they are. */
function anchoredIn(highlights: readonly StoredHighlight[], sha256: string): boolean {
  return highlights.every((highlight) => highlight.status === 'anchored' && highlight.target.sha256 === sha256);
}
