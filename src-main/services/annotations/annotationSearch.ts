import { CorpusIndex } from '../../core/search/corpusIndex';
import type { IndexableDocument } from '../../core/search/indexableDocument';
import type { CorpusTables } from '../../core/search/corpusTables';
import type { SearchRequest } from '../../core/search/searchResult';
import type { StoredHighlight } from '../../core/annotations/annotationData';
import type { AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import type { AnnotationState } from '../../core/annotations/annotationState';
import {
  annotationSearchHit,
  highlightSearchRequest,
  type AnnotationSearchHit,
  type HighlightField,
  type HighlightFieldName,
} from './highlightSearchHit';
import { HITS_PENDING } from './hitsPending';

/** Highlights indexed per pause of the event loop while the index is first built. */
const BUILD_CHUNK = 500;

const fieldKey = (highlightId: string, field: HighlightFieldName) => `${field}\u0000${highlightId}`;

/**
 * Full-text search over highlight quotes and notes with the engine the reports are searched
 * with (a CorpusIndex: the project's Arabic analyzer, stems, phrases, prefixes, source and date
 * filters), so a query finds «الفريق أول» in a note as it does in a report. Each quote and each
 * non-empty note is one small indexed "document". The index lives in memory, is built on the first
 * query (in chunks, so a large project does not freeze the main process) and then follows every
 * saved change.
 */
export class AnnotationSearch {
  private index: CorpusIndex | undefined;
  private building: Promise<CorpusIndex> | undefined;
  private readonly fields = new Map<string, Pick<HighlightField, 'highlightId' | 'field' | 'text'>>();
  /** Changes saved while the index was being built, replayed when it is ready. */
  private pending = new Map<string, StoredHighlight | null>();
  /** Bumped by `reset`, so a build started before it does not install an index of replaced records. */
  private generation = 0;
  /** Whether the build under way failed: a search that would not wait then answers without matches. */
  private buildFailed = false;

  constructor(private readonly documents: AnnotationDocuments) {}

  /**
   * The highlights matching `request`. The first search builds the index: over ten thousand
   * highlights that takes half a second or more, and longer while a project opens beside it, so a
   * caller that must not keep the reports' hits waiting passes `wait: false` and gets HITS_PENDING
   * until the index is ready (a small project's is built at once, and never pending), or undefined
   * if building it failed.
   */
  async search(
    state: AnnotationState,
    request: SearchRequest,
    { wait }: { wait: boolean },
  ): Promise<AnnotationSearchHit[] | typeof HITS_PENDING | undefined> {
    if (request.query.trim() === '') return [];
    const building = this.ready(state);
    if (this.index === undefined && !wait) {
      // The build goes on meanwhile. One that failed leaves the highlights unsearched until their
      // records are replaced (`reset`): the reports are answered without their matches, as when the
      // annotations cannot be read, and a search that waits gets the failure.
      return this.buildFailed ? undefined : HITS_PENDING;
    }
    const index = await building;
    const result = index.search(highlightSearchRequest(request));
    return result.hits.flatMap((hit): AnnotationSearchHit[] => {
      const field = this.fields.get(hit.id);
      const highlight = field === undefined ? undefined : state.highlight(field.highlightId);
      if (field === undefined || highlight === undefined) return [];
      const docTitle = this.documents.get(highlight.docId)?.title ?? highlight.docId;
      return [annotationSearchHit(hit, { ...field, docId: highlight.docId, docTitle })];
    });
  }

  /**
   * Every indexed quote and note as a hit shows it, and the index's tables, for the one-shot
   * command's tables on disk (see `highlightSearchTables`): built first if need be. Valid until
   * the next change.
   */
  async tables(state: AnnotationState): Promise<{ tables: CorpusTables; fields: HighlightField[] }> {
    const index = await this.ready(state);
    const fields: HighlightField[] = [];
    for (const [key, field] of this.fields) {
      const highlight = state.highlight(field.highlightId);
      if (highlight === undefined) continue;
      const docTitle = this.documents.get(highlight.docId)?.title ?? highlight.docId;
      fields.push({ key, ...field, docId: highlight.docId, docTitle });
    }
    return { tables: index.tables(), fields };
  }

  /** Follows saved changes: `put` highlights are (re)indexed, `removed` ones dropped. */
  update(put: readonly StoredHighlight[], removed: readonly string[]): void {
    if (this.index === undefined) {
      if (this.building === undefined) return;
      for (const highlight of put) this.pending.set(highlight.id, highlight);
      for (const id of removed) this.pending.set(id, null);
      return;
    }
    for (const id of removed) this.unindex(this.index, id);
    for (const highlight of put) this.indexHighlight(this.index, highlight);
  }

  /** Forgets the index, e.g. after a restore replaced every record; the next query rebuilds it. */
  reset(): void {
    this.generation += 1;
    this.index = undefined;
    this.building = undefined;
    this.buildFailed = false;
    this.fields.clear();
    this.pending.clear();
  }

  private ready(state: AnnotationState): Promise<CorpusIndex> {
    if (this.index !== undefined) return Promise.resolve(this.index);
    if (this.building === undefined) {
      const building = this.build(state);
      this.building = building;
      building.catch(() => {
        if (this.building === building) this.buildFailed = true;
      });
    }
    return this.building;
  }

  private async build(state: AnnotationState): Promise<CorpusIndex> {
    const generation = this.generation;
    const index = new CorpusIndex({ getText: (id) => this.fields.get(id)?.text });
    const highlights = [...state.allHighlights()];
    for (let from = 0; from < highlights.length; from += BUILD_CHUNK) {
      for (const highlight of highlights.slice(from, from + BUILD_CHUNK)) this.indexHighlight(index, highlight);
      if (from + BUILD_CHUNK < highlights.length) await new Promise((resolve) => setImmediate(resolve));
      if (generation !== this.generation) return index;
    }
    for (const [id, highlight] of this.pending) {
      if (highlight === null) this.unindex(index, id);
      else this.indexHighlight(index, highlight);
    }
    this.pending = new Map();
    this.index = index;
    return index;
  }

  private indexHighlight(index: CorpusIndex, highlight: StoredHighlight): void {
    const document = this.documents.get(highlight.docId);
    const indexField = (field: HighlightFieldName, text: string) => {
      const key = fieldKey(highlight.id, field);
      if (text.trim() === '') {
        if (this.fields.delete(key)) index.remove(key);
        return;
      }
      this.fields.set(key, { highlightId: highlight.id, field, text });
      const indexable: IndexableDocument = { id: key, title: '', text, boilerplate: [] };
      if (document?.source !== undefined) indexable.source = document.source;
      if (document?.date !== undefined) indexable.date = document.date;
      index.add(indexable);
    };
    indexField('quote', highlight.target.quote.exact);
    indexField('note', highlight.note);
  }

  private unindex(index: CorpusIndex, highlightId: string): void {
    for (const field of ['quote', 'note'] as const) {
      const key = fieldKey(highlightId, field);
      if (this.fields.delete(key)) index.remove(key);
    }
  }
}
