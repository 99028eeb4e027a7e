import { mkdir } from 'node:fs/promises';
import { EventHub } from '../api/eventHub';
import { ImportService } from './import/importService';
import { Library } from './project/library';
import { projectLayout } from './project/projectLayout';
import { openLibraryStore, openSettingsStore } from './project/projectStores';
import { TextStore } from './project/textStore';
import { SearchService } from './search/searchService';
import { createHandlers } from './createHandlers';
import type { OpenWorkbenchOptions, Workbench } from './workbench';

/**
 * Opens (or creates) a project folder. A damaged or newer library or settings file stops here
 * with a StoreError that names the file: the project is never silently started empty.
 */
export async function openWorkbench(options: OpenWorkbenchOptions): Promise<Workbench> {
  const layout = projectLayout(options.projectDir);
  await mkdir(layout.root, { recursive: true });
  const libraryStore = openLibraryStore(layout);
  const settingsStore = openSettingsStore(layout);
  await libraryStore.open();
  await settingsStore.open();

  const isNewProject = libraryStore.openedFromVersion === null;
  const library = new Library(libraryStore.data);
  const texts = new TextStore(layout.texts);
  const events = new EventHub();
  const search = new SearchService(layout, library);
  const imports = new ImportService({
    library,
    texts,
    index: (entries, newTexts) => search.index(entries, newTexts),
    commit: async () => {
      await libraryStore.update(() => library.toData());
      await search.persist();
    },
  });

  const handlers = createHandlers({ layout, library, texts, search, imports, settingsStore, events });
  if (isNewProject && options.seedsDir) {
    await handlers['import.start']({ paths: [options.seedsDir] });
  }

  return {
    projectDir: layout.root,
    handlers,
    events,
    async close() {
      await imports.whenIdle();
      await search.close();
      await settingsStore.flush();
      await libraryStore.flush();
    },
  };
}
