import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { EventHub } from '../api/eventHub';
import { ImportService } from './import/importService';
import { Library } from './project/library';
import { projectLayout } from './project/projectLayout';
import { openLibraryStore, openSettingsStore } from './project/projectStores';
import { TextStore } from './project/textStore';
import { SearchService } from './search/searchService';
import { libraryDocuments } from './annotations/annotationDocuments';
import { AnnotationService } from './annotations/annotationService';
import { createHandlers } from './createHandlers';
import { CompareService } from './compare/compareService';
import type { OpenWorkbenchOptions, Workbench } from './workbench';

/**
 * Opens (or creates) a project folder. A damaged or newer library or settings file stops here
 * with a StoreError that names the file: the project is never silently started empty.
 */
export async function openWorkbench(options: OpenWorkbenchOptions): Promise<Workbench> {
  const layout = projectLayout(options.projectDir);
  await mkdir(layout.root, { recursive: true });
  // Started first, so the persisted index is read in its worker while the library loads here.
  const search = new SearchService(layout, {
    preload: options.preloadSearch ?? true,
    signatures: options.similaritySignatures ?? true,
  });
  const libraryStore = openLibraryStore(layout);
  const settingsStore = openSettingsStore(layout);
  try {
    await libraryStore.open();
    await settingsStore.open();
  } catch (error) {
    await search.close();
    throw error;
  }

  const isNewProject = libraryStore.openedFromVersion === null;
  const library = new Library(libraryStore.data);
  const texts = new TextStore(layout.texts);
  const events = new EventHub();
  search.attach(library);
  // A damaged annotations file does not stop the project from opening: the service opens
  // unavailable, says why through annotations.status, and refuses changes until a restore.
  const annotations = await AnnotationService.open({
    snapshotPath: layout.annotations,
    journalPath: layout.annotationJournal,
    documents: libraryDocuments(library, texts),
    projectName: basename(layout.root),
    onChanged: (changed) =>
      events.emit('annotations.changed', changed !== 'all' && changed.docIds.length === 1 ? { docId: changed.docIds[0] } : {}),
    onHistoryChanged: (status) => events.emit('history.changed', status),
  });
  // Heals a crash between saving an import's library and re-anchoring its highlights.
  await annotations.reconcile();
  const imports = new ImportService({
    library,
    texts,
    index: (entries, newTexts) => search.index(entries, newTexts),
    commit: async () => {
      // The index is written by its worker while this thread writes the library.
      await Promise.all([libraryStore.update(() => library.toData()), search.persist()]);
      // After the library is durable, so highlights never point into a text the library does not name.
      // A failure here must not fail the import: the next opening of the project re-anchors again.
      await annotations.reconcile().catch((error: unknown) => {
        process.emitWarning(`re-anchoring highlights failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    },
  });

  const compare = new CompareService({ library, texts });
  const handlers = createHandlers({ layout, library, texts, search, imports, settingsStore, events, annotations, compare });
  if (isNewProject && options.seedsDir) {
    await handlers['import.start']({ paths: [options.seedsDir] });
  }

  return {
    projectDir: layout.root,
    handlers,
    events,
    async close() {
      await imports.whenIdle();
      await annotations.close();
      await search.close();
      await settingsStore.flush();
      await libraryStore.flush();
    },
  };
}
