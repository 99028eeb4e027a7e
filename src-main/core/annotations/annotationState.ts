import type { Code } from './code';
import type { DocumentNote } from './documentNote';
import type { Memo } from './memo';
import type { AnnotationChange } from './annotationChange';
import type { AnnotationRecords, StoredHighlight } from './annotationData';

/**
 * The annotation records in memory, keyed for the lookups every call makes: by id, and highlights
 * also by document, so a report's highlights are found without scanning ten thousand others.
 * It changes only through `apply`, so what is in memory is always a state the journal can reach.
 */
export class AnnotationState {
  private readonly highlights = new Map<string, StoredHighlight>();
  private readonly highlightIdsByDocument = new Map<string, Set<string>>();
  private readonly codes = new Map<string, Code>();
  private readonly memos = new Map<string, Memo>();
  private readonly notes = new Map<string, DocumentNote>();

  constructor(records: AnnotationRecords) {
    this.apply({
      highlights: { put: records.highlights },
      codes: { put: records.codes },
      memos: { put: records.memos },
      documentNotes: { put: records.documentNotes },
    });
  }

  get highlightCount(): number {
    return this.highlights.size;
  }

  highlight(id: string): StoredHighlight | undefined {
    return this.highlights.get(id);
  }

  allHighlights(): IterableIterator<StoredHighlight> {
    return this.highlights.values();
  }

  highlightsOf(docId: string): StoredHighlight[] {
    const ids = this.highlightIdsByDocument.get(docId);
    return ids === undefined ? [] : [...ids].map((id) => this.highlights.get(id)!);
  }

  /** Documents that have at least one highlight. */
  annotatedDocumentIds(): IterableIterator<string> {
    return this.highlightIdsByDocument.keys();
  }

  code(id: string): Code | undefined {
    return this.codes.get(id);
  }

  allCodes(): Code[] {
    return [...this.codes.values()];
  }

  memo(id: string): Memo | undefined {
    return this.memos.get(id);
  }

  allMemos(): Memo[] {
    return [...this.memos.values()];
  }

  note(docId: string): DocumentNote | undefined {
    return this.notes.get(docId);
  }

  allNotes(): DocumentNote[] {
    return [...this.notes.values()];
  }

  apply(change: AnnotationChange): void {
    for (const id of change.highlights?.remove ?? []) this.removeHighlight(id);
    for (const highlight of change.highlights?.put ?? []) this.putHighlight(highlight);
    applyRecords(this.codes, change.codes, (code) => code.id);
    applyRecords(this.memos, change.memos, (memo) => memo.id);
    applyRecords(this.notes, change.documentNotes, (note) => note.docId);
  }

  /** The change that turns the state after `change` back into the current one: what undo applies. */
  inverse(change: AnnotationChange): AnnotationChange {
    const inverse: AnnotationChange = {};
    const highlights = inverseRecords(this.highlights, change.highlights, (highlight) => highlight.id);
    if (highlights) inverse.highlights = highlights;
    const codes = inverseRecords(this.codes, change.codes, (code) => code.id);
    if (codes) inverse.codes = codes;
    const memos = inverseRecords(this.memos, change.memos, (memo) => memo.id);
    if (memos) inverse.memos = memos;
    const notes = inverseRecords(this.notes, change.documentNotes, (note) => note.docId);
    if (notes) inverse.documentNotes = notes;
    return inverse;
  }

  /**
   * Documents whose highlights or note `change` touches, as they are now and as they would be; a
   * change to the codebook recolours highlights everywhere, which `codebookChanged` tells.
   */
  affectedBy(change: AnnotationChange): { docIds: Set<string>; codebookChanged: boolean } {
    const docIds = new Set<string>();
    for (const highlight of change.highlights?.put ?? []) docIds.add(highlight.docId);
    for (const id of change.highlights?.remove ?? []) {
      const existing = this.highlights.get(id);
      if (existing) docIds.add(existing.docId);
    }
    for (const note of change.documentNotes?.put ?? []) docIds.add(note.docId);
    for (const docId of change.documentNotes?.remove ?? []) docIds.add(docId);
    const codebookChanged = (change.codes?.put?.length ?? 0) + (change.codes?.remove?.length ?? 0) > 0;
    return { docIds, codebookChanged };
  }

  toRecords(): AnnotationRecords {
    return {
      highlights: [...this.highlights.values()],
      codes: [...this.codes.values()],
      memos: [...this.memos.values()],
      documentNotes: [...this.notes.values()],
    };
  }

  private putHighlight(highlight: StoredHighlight): void {
    const previous = this.highlights.get(highlight.id);
    if (previous && previous.docId !== highlight.docId)
      this.highlightIdsByDocument.get(previous.docId)?.delete(highlight.id);
    this.highlights.set(highlight.id, highlight);
    let ids = this.highlightIdsByDocument.get(highlight.docId);
    if (ids === undefined) {
      ids = new Set();
      this.highlightIdsByDocument.set(highlight.docId, ids);
    }
    ids.add(highlight.id);
  }

  private removeHighlight(id: string): void {
    const previous = this.highlights.get(id);
    if (!previous) return;
    this.highlights.delete(id);
    const ids = this.highlightIdsByDocument.get(previous.docId);
    ids?.delete(id);
    if (ids?.size === 0) this.highlightIdsByDocument.delete(previous.docId);
  }
}

function applyRecords<T>(
  records: Map<string, T>,
  change: { put?: T[]; remove?: string[] } | undefined,
  keyOf: (record: T) => string,
) {
  for (const key of change?.remove ?? []) records.delete(key);
  for (const record of change?.put ?? []) records.set(keyOf(record), record);
}

function inverseRecords<T>(
  records: ReadonlyMap<string, T>,
  change: { put?: T[]; remove?: string[] } | undefined,
  keyOf: (record: T) => string,
): { put: T[]; remove: string[] } | undefined {
  if (change === undefined) return undefined;
  const put: T[] = [];
  const remove: string[] = [];
  const seen = new Set<string>();
  const restore = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const before = records.get(key);
    if (before === undefined) remove.push(key);
    else put.push(before);
  };
  for (const key of change.remove ?? []) restore(key);
  for (const record of change.put ?? []) restore(keyOf(record));
  return { put, remove };
}
