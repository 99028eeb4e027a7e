import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { MethodName } from '../api/contract';
import type { ProjectInfoSchema } from '../api/librarySchemas';
import { createAnnotationHandlers } from './annotations/createAnnotationHandlers';
import { AnnotationService } from './annotations/annotationService';
import { decodeStoreText } from './persistence';
import { nodeErrorCode } from './persistence/nodeErrorCode';
import { ProjectWriterLock } from './persistence/ProjectWriterLock';
import { facetNamesTie, facetsOf } from './project/library';
import { libraryListingIsCurrent, readLibraryRows } from './project/libraryListing';
import { projectLayout, type ProjectLayout } from './project/projectLayout';
import { LIBRARY_SCHEMA_VERSION, settingsFormat, type Settings } from './project/projectStores';
import { tableDocuments } from './search/oneShotSearch';
import type { DiskSearchIndex } from './search/tables/diskSearchIndex';
import { openSearchTables } from './search/tables/searchTablesFreshness';
import type { Workbench } from './workbench';

type ProjectInfo = z.input<typeof ProjectInfoSchema>;
type Handler = (input: never) => Promise<unknown>;

/**
 * Answers to the calls of the app's first screen while the project opens (reading and checking a
 * library of 30,000 reports takes over a second), from what the project keeps beside it: the
 * search tables, the library listing, the settings and annotations files. Each answer is exactly
 * the open project's; a call this reader cannot answer so (its cache missing, stale or damaged,
 * or highlights the project will re-anchor as it opens) is not offered and waits for the project.
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

/** `project.info` from the library listing, or undefined when it is missing or not of the library now. */
async function projectInfoFromListing(layout: ProjectLayout): Promise<ProjectInfo | undefined> {
  const rows = await readLibraryRows(layout);
  // An empty library may be a new project, which takes in its first reports as it opens.
  if (!rows || rows.length === 0) return undefined;
  const facets = facetsOf(rows);
  // Names the collator holds equal are ordered as the library holds them, which the listing does not keep.
  if (facetNamesTie(facets)) return undefined;
  return { path: layout.root, schemaVersion: LIBRARY_SCHEMA_VERSION, documentCount: rows.length, facets };
}

/** The annotations read against the tables' reports, or undefined when opening them would change them. */
async function openAnnotations(layout: ProjectLayout, index: DiskSearchIndex): Promise<AnnotationService | undefined> {
  const annotations = await AnnotationService.open({
    snapshotPath: layout.annotations,
    journalPath: layout.annotationJournal,
    documents: tableDocuments(index),
    projectName: basename(layout.root),
    // Never acquired: the annotations are only read here (a change would take it).
    writerLock: new ProjectWriterLock(layout.lock),
  });
  // The project re-anchors these as it opens; its highlights and their matches may then differ.
  if (!annotations.hasHighlightsToReanchor()) return annotations;
  await annotations.close();
  return undefined;
}

/**
 * Reads what the first screen needs of the project at `projectDir`. Never fails: whatever cannot be
 * read is left to the opening project.
 */
export async function openEarlyAnswers(projectDir: string): Promise<EarlyAnswers> {
  const layout = projectLayout(projectDir);
  const [settings, index] = await Promise.all([readSettings(layout), openSearchTables(layout)]);
  const annotations = index && (await openAnnotations(layout, index).catch(() => undefined));
  if (annotations === undefined) index?.close();
  const handlers = new Map<MethodName, Handler>();
  if (settings) handlers.set('settings.get', async () => settings);
  if (index && annotations) {
    // As the open project's `search.query` combines them (see createSearchHandlers).
    handlers.set('search.query', async (request: Parameters<DiskSearchIndex['search']>[0] & { offset: number }) => {
      const [result, annotationHits] = await Promise.all([
        index.search(request),
        request.offset === 0 ? annotations.searchHits(request) : undefined,
      ]);
      return annotationHits === undefined ? result : { ...result, annotationHits };
    });
    const read = createAnnotationHandlers(annotations);
    handlers.set('annotations.status', read['annotations.status']);
    handlers.set('codes.list', read['codes.list']);
    handlers.set('memos.list', read['memos.list']);
    handlers.set('history.status', read['history.status']);
  }
  // Read when first asked: its rows cost a few hundred milliseconds, which a first search need not wait for.
  let info: Promise<ProjectInfo | undefined> | undefined;
  return {
    async answer(method, input) {
      if (method === 'project.info') {
        info ??= projectInfoFromListing(layout).catch(() => undefined);
        const known = await info;
        return known && { answer: known };
      }
      const handler = handlers.get(method) as ((input: unknown) => Promise<unknown>) | undefined;
      return handler && { answer: await handler(input) };
    },
    async close() {
      handlers.clear();
      info = Promise.resolve(undefined);
      try {
        await annotations?.close();
      } finally {
        if (annotations) index?.close();
      }
    },
  };
}

/**
 * Writes the library listing again when the open project finds it missing or stale (a project
 * copied, or made before listings were written), so that the next start answers `project.info`
 * early, and with it the first screen. The search tables are not noted here: that could load the
 * whole in-memory index into a long-running process; a search from the command line notes them.
 */
export async function keepEarlyAnswersCurrent(workbench: Workbench): Promise<void> {
  if (!(await libraryListingIsCurrent(projectLayout(workbench.projectDir)))) await workbench.noteLibraryListing?.();
}
