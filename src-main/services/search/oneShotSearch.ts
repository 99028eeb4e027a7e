import { existsSync } from 'node:fs';
import type { SearchRequest } from '../../core/search/searchResult';
import type { AnnotationService } from '../annotations/annotationService';
import type { AnnotationSearchHit } from '../annotations/highlightSearchHit';
import { HITS_PENDING } from '../annotations/hitsPending';
import { projectLayout, type ProjectLayout } from '../project/projectLayout';
import { HighlightSearchTables, highlightTablesStamp } from './tables/highlightSearchTables';
import type { DiskSearchIndex } from './tables/diskSearchIndex';
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

/** The highlights' matches for a one-shot search, from their tables or from the annotations themselves. */
interface HighlightMatches {
  search(request: SearchRequest): Promise<AnnotationSearchHit[] | undefined>;
  close(): Promise<void>;
}

/**
 * The highlights' matches: from their tables on disk when these are stamped with the annotations
 * and library as they are now; otherwise from the annotations, read, checked and indexed (over a
 * second for ten thousand highlights), after which the tables are written for the next command
 * (which the app and `qarin serve` also do once their user pauses: see HighlightTablesKeeper).
 * Undefined for a project without highlights.
 */
async function openHighlightMatches(
  layout: ProjectLayout,
  index: DiskSearchIndex,
): Promise<HighlightMatches | undefined> {
  // A project without highlights matches none, and need not load what reads them.
  if (!existsSync(layout.annotations) && !existsSync(layout.annotationJournal)) return undefined;
  // A stamp that cannot be taken leaves the tables unread and unwritten, and the annotations answer.
  const stamp = await highlightTablesStamp(layout, index).catch(() => undefined);
  let tables = stamp === undefined ? undefined : await HighlightSearchTables.open(layout, stamp);
  let service: Promise<AnnotationService> | undefined;
  const openService = async () => {
    const { openAnnotationsToRead } = await import('../annotations/openAnnotationsToRead');
    const { tableDocuments } = await import('./tableDocuments');
    return openAnnotationsToRead(layout, tableDocuments(index));
  };
  return {
    async search(request) {
      if (tables) {
        try {
          return tables.search(request);
        } catch {
          // A damaged file of the tables: the annotations answer this query and the next ones.
          tables.close();
          tables = undefined;
        }
      }
      service ??= openService();
      // A command answers once, so it waits for every match.
      const hits = await (await service).searchHits(request, { wait: true });
      // Unavailable annotations (damaged, say) match nothing, and the output says none were looked for.
      return hits === HITS_PENDING ? undefined : hits;
    },
    async close() {
      tables?.close();
      const opened = await service?.catch(() => undefined);
      if (!opened) return;
      try {
        if (stamp !== undefined) {
          const { keepHighlightTables } = await import('./tables/keepHighlightTables');
          await keepHighlightTables(layout, index, opened, stamp);
        }
      } catch {
        // A cache not written (see keepHighlightTables).
      } finally {
        await opened.close();
      }
    },
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
  let highlights: Promise<HighlightMatches | undefined> | undefined;
  const highlightHits = async (request: SearchRequest) => {
    highlights ??= openHighlightMatches(layout, index);
    const matches = await highlights;
    return matches ? matches.search(request) : [];
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
        await (await highlights?.catch(() => undefined))?.close();
      } finally {
        index.close();
      }
    },
  };
}
