import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { SearchRequest } from '../../core/search/searchResult';
import type { AnnotatedDocument, AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import type { AnnotationService } from '../annotations/annotationService';
import { projectLayout } from '../project/projectLayout';
import type { DiskSearchIndex, StoredDocument } from './tables/diskSearchIndex';
import { openSearchTables } from './tables/searchTablesFreshness';
import { withAnnotationHits, type SearchWithAnnotationsResult } from './withAnnotationHits';

/**
 * Search for a command that asks one thing and exits: it reads the search tables on disk instead
 * of the library and the whole index, so its cost follows the query, not the corpus.
 */
export interface OneShotSearch {
  /**
   * What the contract's `search.query` returns for the request. `highlights: false` leaves out the
   * highlights' matches: finding them reads and analyses every highlight of the project (over a
   * second for ten thousand), a cost output that does not show them should not pay.
   */
  query(
    request: SearchRequest & { offset: number },
    options: { highlights: boolean },
  ): Promise<SearchWithAnnotationsResult>;
  /** A document's stored text by id, or undefined when the tables do not hold it. */
  documentText(id: string): string | undefined;
  close(): Promise<void>;
}

function annotated(document: StoredDocument): AnnotatedDocument {
  const { id, title, source, date, sha256 } = document;
  const found: AnnotatedDocument = { id, title, sha256 };
  if (source !== undefined) found.source = source;
  if (date !== undefined) found.date = date;
  return found;
}

/**
 * The reports as highlight search sees them, read from the tables by id. Each is read once: a
 * project's highlights lie two or more to a report, and each lookup reads the tables' files (a
 * tenth of a second for each ten thousand highlights, on ANT).
 */
export function tableDocuments(index: DiskSearchIndex): AnnotationDocuments {
  const found = new Map<string, AnnotatedDocument | undefined>();
  return {
    get: (id) => {
      if (!found.has(id)) {
        const document = index.documentById(id);
        found.set(id, document && annotated(document));
      }
      return found.get(id);
    },
    // A one-shot search never re-anchors highlights, the one use of a lookup by text.
    findBySha: () => undefined,
    text: (document) => (document.sha256 === '' ? undefined : index.textOf({ ...document, boilerplate: [] })),
  };
}

/**
 * A one-shot search of the project, or undefined when its search tables are missing or not
 * known to match its library: the caller then opens the whole workbench, as the app does.
 */
export async function openOneShotSearch(projectDir: string): Promise<OneShotSearch | undefined> {
  const layout = projectLayout(projectDir);
  const index = await openSearchTables(layout);
  if (!index) return undefined;
  // Opened at the first query: showing a document does not need them.
  let annotations: Promise<AnnotationService | undefined> | undefined;
  const openAnnotations = async (): Promise<AnnotationService | undefined> => {
    // A project without highlights matches none, and need not load what reads them.
    if (!existsSync(layout.annotations) && !existsSync(layout.annotationJournal)) return undefined;
    const [{ AnnotationService }, { ProjectWriterLock }] = await Promise.all([
      import('../annotations/annotationService'),
      import('../persistence/ProjectWriterLock'),
    ]);
    return AnnotationService.open({
      snapshotPath: layout.annotations,
      journalPath: layout.annotationJournal,
      documents: tableDocuments(index),
      projectName: basename(layout.root),
      writerLock: new ProjectWriterLock(layout.lock),
    });
  };
  const highlightHits = async (request: SearchRequest) => {
    annotations ??= openAnnotations();
    const service = await annotations;
    // A command answers once, so it waits for every match.
    return service ? service.searchHits(request, { wait: true }) : [];
  };
  return {
    // As the `search.query` handler combines them (see createHandlers).
    async query(request, { highlights }) {
      const [result, annotationHits] = await Promise.all([
        index.search(request),
        highlights && request.offset === 0 ? highlightHits(request) : undefined,
      ]);
      return withAnnotationHits(result, annotationHits);
    },
    documentText(id) {
      const document = index.documentById(id);
      return document && index.textOf(document);
    },
    async close() {
      try {
        await (await annotations?.catch(() => undefined))?.close();
      } finally {
        index.close();
      }
    },
  };
}
