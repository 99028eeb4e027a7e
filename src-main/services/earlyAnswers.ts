import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { MethodName } from '../api/contract';
import type { ClustersRequestSchema } from '../api/compareSchemas';
import type { LibraryQuerySchema, ProjectInfoSchema } from '../api/librarySchemas';
import { createAnnotationHandlers } from './annotations/createAnnotationHandlers';
import type { AnnotationService } from './annotations/annotationService';
import { decodeStoreText } from './persistence';
import { nodeErrorCode } from './persistence/nodeErrorCode';
import { inNameOrder } from './project/library';
import { listingPages } from './project/listingPages';
import { libraryListingIsStamped, readLibraryListing, type LibraryListing } from './project/libraryListing';
import { projectLayout, type ProjectLayout } from './project/projectLayout';
import { LIBRARY_SCHEMA_VERSION } from './project/libraryEntry';
import { settingsFormat, type Settings } from './project/projectStores';
import { tableDocuments } from './search/tableDocuments';
import { withAnnotationHits } from './search/withAnnotationHits';
import { HITS_PENDING } from './annotations/hitsPending';
import type { SearchRequest } from '../core/search/searchResult';
import type { DiskSearchIndex } from './search/tables/diskSearchIndex';
import { openSearchTables } from './search/tables/searchTablesFreshness';
import { clustersResult } from './similarity/clustersResult';
import { readSavedClusters } from './similarity/savedClusters';
import type { Workbench } from './workbench';
import { openAnnotationsToRead } from './annotations/openAnnotationsToRead';

type ProjectInfo = z.input<typeof ProjectInfoSchema>;
type LibraryQuery = z.output<typeof LibraryQuerySchema>;
type ClustersRequest = z.output<typeof ClustersRequestSchema>;
/** A call's early answer, or undefined when it must wait for the project. */
type Answerer = (input: never) => Promise<{ answer: unknown } | undefined>;

/**
 * Answers to the calls of the app's first screen while the project opens (reading and checking a
 * library of 30,000 reports takes over a second), from what the project keeps beside it: the
 * search tables, the library listing, the saved story clusters, the settings and annotations
 * files. Each answer is exactly the open project's; a call this reader cannot answer so (its cache
 * missing, stale or damaged, or highlights the project will re-anchor as it opens) is not offered
 * and waits for the project.
 * It only reads: it never takes the project's writer lock and never changes a file.
 */
export interface EarlyAnswers {
  /** The project's answer to the call, or undefined when it must wait for the project. */
  answer(method: MethodName, input: unknown): Promise<{ answer: unknown } | undefined>;
  /** Lets go of the tables and annotations it read, once the project answers every call. */
  close(): Promise<void>;
}

/** The settings as the project will open them, or undefined when their file does not read cleanly. */
async function readSettings(layout: ProjectLayout): Promise<Settings | undefined> {
  try {
    const text = await readFile(layout.settings, 'utf8');
    return decodeStoreText(text, layout.settings, settingsFormat).data;
  } catch (error) {
    // A project without settings opens with the defaults; any other problem is the project's to report.
    return nodeErrorCode(error) === 'ENOENT' ? settingsFormat.defaults() : undefined;
  }
}

/** `project.info` from the library listing's header, or undefined when there is no listing of the library now. */
function projectInfoFromListing(layout: ProjectLayout, listed: LibraryListing | undefined): ProjectInfo | undefined {
  // An empty library may be a new project, which takes in its first reports as it opens.
  if (!listed || listed.count === 0) return undefined;
  // As `facetsOf` makes them: the dates' keys are there even when undefined, which JSON drops.
  const { sources, categories, firstDate, lastDate } = listed.facets;
  // In this runtime's order of their names: the listing may have been written by another runtime,
  // whose collator orders some names apart (see `collation`).
  return {
    path: layout.root,
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    documentCount: listed.count,
    facets: { sources: inNameOrder(sources), categories: inNameOrder(categories), firstDate, lastDate },
  };
}

/** The annotations read against the tables' reports, or undefined when opening them would change them. */
async function openAnnotations(layout: ProjectLayout, index: DiskSearchIndex): Promise<AnnotationService | undefined> {
  const annotations = await openAnnotationsToRead(layout, tableDocuments(index));
  // The project re-anchors these as it opens; its highlights and their matches may then differ.
  if (!annotations.hasHighlightsToReanchor()) return annotations;
  await annotations.close();
  return undefined;
}

/**
 * `library.list` from the library listing, as the open project pages through its library (see
 * `listingPages`), then the page's summaries. Undefined when the listing is missing or not of the
 * library now, damaged where it is read, and for the sort by import time, which the rows do not hold.
 */
function listLibraryEarly(listing: () => Promise<LibraryListing | undefined>): Answerer {
  let pages: ReturnType<typeof listingPages> | undefined;
  return async (query: LibraryQuery) => {
    if (query.sort === 'imported') return undefined;
    const listed = await listing();
    // An empty library may be a new project, which takes in its first reports as it opens.
    if (!listed || listed.count === 0) return undefined;
    try {
      pages ??= listingPages(listed);
      const { total, positions } = pages(query);
      return { answer: { offset: query.offset, total, items: await listed.summaries(positions) } };
    } catch {
      // A row or summary that does not read or parse is a damaged listing: the project answers from its library.
      return undefined;
    }
  };
}

/**
 * `compare.clusters` from the clusters the project saved for the search tables' corpus (which the
 * tables were found to match the library by), named from the listing's rows as the open project
 * names them from the library. Undefined when none are saved for the question, or the listing
 * does not read: computing them is the project's.
 */
function clustersEarly(
  indexDir: string,
  fingerprint: string,
  listing: () => Promise<LibraryListing | undefined>,
): Answerer {
  return async ({ limit, ...options }: ClustersRequest) => {
    const [groups, listed] = await Promise.all([readSavedClusters(indexDir, fingerprint, options), listing()]);
    // An empty library may be a new project, which takes in its first reports as it opens.
    if (!groups || !listed || listed.count === 0) return undefined;
    try {
      const members = {
        has: (id: string) => listed.positionOf(id) !== undefined,
        get: (id: string) => {
          const position = listed.positionOf(id);
          return position === undefined ? undefined : listed.row(position);
        },
      };
      return { answer: clustersResult(groups, members, limit) };
    } catch {
      return undefined;
    }
  };
}

/**
 * Reads what the first screen needs of the project at `projectDir`. Never fails: whatever cannot be
 * read is left to the opening project.
 */
export async function openEarlyAnswers(projectDir: string): Promise<EarlyAnswers> {
  const layout = projectLayout(projectDir);
  // The tables (and below, the highlights) are let go of on closing: whoever still holds this
  // reader (a transport keeps it for the session) must not keep them, their caches and the
  // highlights alive, tens of megabytes over a large corpus.
  let [settings, index] = await Promise.all([readSettings(layout), openSearchTables(layout)]);
  // Opened beside the first searches, not before them: reading ten thousand highlights takes half
  // a second, which the reports found need not wait for.
  let annotations = index ? openAnnotations(layout, index).catch(() => undefined) : Promise.resolve(undefined);
  let openedAnnotations: AnnotationService | undefined;
  let closed = false;
  void annotations.then((opened) => {
    // Closed while they opened: they are closed and let go of with the rest, not kept here.
    if (!closed) openedAnnotations = opened;
  });
  const answerers = new Map<MethodName, Answerer>();
  if (settings) answerers.set('settings.get', async () => ({ answer: settings }));
  if (index) {
    answerers.set(
      'search.query',
      searchEarly(index, () => openedAnnotations),
    );
    const annotationReads = annotations.then((opened) => opened && createAnnotationHandlers(opened));
    for (const method of ['annotations.status', 'codes.list', 'memos.list', 'history.status'] as const) {
      answerers.set(method, annotationReadEarly(annotationReads, method));
    }
  }
  // Read at once, not when first asked: the page (the window's or the browser's) takes half a second
  // to load before it asks, while this process would be idle, and the library's first page and the
  // story clusters came 0.1 s later. `project.info` is answered from its header.
  let listing: Promise<LibraryListing | undefined> = readLibraryListing(layout).catch(() => undefined);
  const readListing = () => listing;
  // Only while nothing has been asked: a call that came meanwhile would wait for it, and the first
  // search warms the engine as well by itself.
  let asked = false;
  void listing.then((listed) =>
    setTimeout(() => {
      if (!closed && !asked && index && listed) warmUpSearch(index, listed);
    }, 0),
  );
  answerers.set('library.list', listLibraryEarly(readListing));
  if (index) answerers.set('compare.clusters', clustersEarly(layout.index, index.fingerprint, readListing));
  return {
    async answer(method, input) {
      asked = true;
      if (method === 'project.info') {
        const known = projectInfoFromListing(layout, await listing);
        return known && { answer: known };
      }
      const answerer = answerers.get(method) as ((input: unknown) => ReturnType<Answerer>) | undefined;
      return answerer?.(input);
    },
    async close() {
      closed = true;
      answerers.clear();
      const [listed, opened, tables] = [listing, annotations, index];
      listing = Promise.resolve(undefined);
      annotations = Promise.resolve(undefined);
      openedAnnotations = undefined;
      index = undefined;
      try {
        await (await opened)?.close();
      } finally {
        tables?.close();
        await (await listed)?.close();
      }
    },
  };
}

/**
 * Searches once for a word of the newest report's title, and forgets the answer. A process's
 * first search took 57-70 ms on ANT's tables and the next, of another word, 11-24 ms: the first
 * compiles the engine's code and reads the tables' pages from disk. Done while the page loads,
 * when this process would be idle, it took 30 ms off the page's first search (median of four).
 */
function warmUpSearch(index: DiskSearchIndex, listed: LibraryListing): void {
  if (listed.count === 0) return;
  try {
    const newest = listed.row(listed.count - 1);
    const word = newest.title.split(/\s+/).find((each) => each.length >= 3);
    if (word) index.search({ query: word, offset: 0, limit: 20 });
  } catch {
    // Nothing is lost: the first search is only slower, and a damaged row is found where it is asked for.
  }
}

/**
 * `search.query` from the search tables, as the open project's combines the reports found with
 * the highlights' (see createSearchHandlers). Highlights not open yet, or left for the project to
 * re-anchor, are pending: the project matches them.
 */
function searchEarly(index: DiskSearchIndex, annotations: () => AnnotationService | undefined): Answerer {
  return async (request: SearchRequest & { offset: number }) => {
    const highlightHits = (): ReturnType<AnnotationService['searchHits']> => {
      const opened = annotations();
      return opened ? opened.searchHits(request, { wait: false }) : Promise.resolve(HITS_PENDING);
    };
    const [result, annotationHits] = await Promise.all([
      index.search(request),
      request.offset === 0 ? highlightHits() : undefined,
    ]);
    return { answer: withAnnotationHits(result, annotationHits) };
  };
}

/** One of the annotations' reads, once they are open; undefined when they cannot be read early. */
function annotationReadEarly(
  reads: Promise<ReturnType<typeof createAnnotationHandlers> | undefined>,
  method: 'annotations.status' | 'codes.list' | 'memos.list' | 'history.status',
): Answerer {
  return async (input: never) => {
    const read = await reads;
    return read && { answer: await read[method](input) };
  };
}

/**
 * Writes the library listing again when the open project finds it missing or stale (a project
 * copied, or made before listings were written), so that the next start answers `project.info`
 * early, and with it the first screen. The search tables are not noted here: that could load the
 * whole in-memory index into a long-running process; a search from the command line notes them.
 */
export async function keepEarlyAnswersCurrent(workbench: Workbench): Promise<void> {
  if (!(await libraryListingIsStamped(projectLayout(workbench.projectDir)))) await workbench.noteLibraryListing?.();
}
