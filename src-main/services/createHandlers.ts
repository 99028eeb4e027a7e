import type { z } from 'zod';
import { ApiError } from '../api/apiError';
import type { ApiHandlers } from '../api/dispatch';
import type { EventHub } from '../api/eventHub';
import type { SettingsSchema } from '../api/schemas';
import { normalizeArabic } from '../core/arabic';
import type { DurableJsonStore } from './persistence';
import type { ImportService } from './import/importService';
import { summarize, type Library } from './project/library';
import type { ProjectLayout } from './project/projectLayout';
import { LIBRARY_SCHEMA_VERSION } from './project/projectStores';
import type { TextStore } from './project/textStore';
import { noDocument } from './documentMessages';
import type { SearchService } from './search/searchService';
import type { AnnotationService } from './annotations/annotationService';
import { createAnnotationHandlers } from './createAnnotationHandlers';
import type { CompareService } from './compare/compareService';
import { createSimilarityHandlers } from './similarity/createSimilarityHandlers';
import { SimilarityService } from './similarity/similarityService';
import { libraryDocuments } from './annotations/annotationDocuments';
import { importQdpx } from './refiQda/qdpxImport';

export interface WorkbenchParts {
  layout: ProjectLayout;
  library: Library;
  texts: TextStore;
  search: SearchService;
  imports: ImportService;
  settingsStore: DurableJsonStore<z.output<typeof SettingsSchema>>;
  events: EventHub;
  annotations: AnnotationService;
  compare: CompareService;
}

/** The contract's handlers over one open project: each is a thin call into a service. */
export function createHandlers(parts: WorkbenchParts): ApiHandlers {
  const { layout, library, texts, search, imports, settingsStore, events, annotations, compare } = parts;
  const normalizeTitle = (text: string) => normalizeArabic(text).toLowerCase();

  return {
    'project.info': async () => ({
      path: layout.root,
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      documentCount: library.size,
      facets: library.facets(),
    }),

    'library.list': async (query) => ({ offset: query.offset, ...library.list(query, normalizeTitle) }),

    'document.get': async ({ id }) => {
      const entry = library.get(id);
      if (!entry) throw new ApiError('not-found', noDocument(id));
      const text = texts.read(entry.sha256);
      if (text === undefined) {
        throw new ApiError('corrupt', {
          en: `The stored text of "${entry.title}" is missing; import ${entry.path} again.`,
          ar: `النص المحفوظ للتقرير «${entry.title}» مفقود؛ استورد ${entry.path} من جديد.`,
        });
      }
      return {
        ...summarize(entry),
        text,
        abstract: entry.abstract,
        boilerplate: entry.boilerplate,
        warnings: entry.warnings,
      };
    },

    'search.query': async (request) => {
      const [result, annotationHits] = await Promise.all([
        search.search(request),
        // Matches in quotes and notes go with the first page only, so paging does not repeat them.
        request.offset === 0 ? annotations.searchHits(request) : undefined,
      ]);
      return annotationHits === undefined ? result : { ...result, annotationHits };
    },

    'search.documentHits': async ({ id, query }) => {
      if (!library.get(id)) throw new ApiError('not-found', noDocument(id));
      return { id, hits: await search.documentHits(id, query) };
    },

    'import.start': async ({ paths, maxFileBytes }) => {
      search.warmUp();
      const { jobId, done } = await imports.start(paths, {
        maxFileBytes,
        onProgress: (progress) => events.emit('import.progress', progress),
      });
      done.then(
        (report) => {
          events.emit('import.done', { jobId, report });
          events.emit('library.changed', { documentCount: library.size });
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          events.emit('import.done', {
            jobId,
            report: {
              added: [],
              updated: [],
              unchanged: 0,
              duplicates: [],
              errors: paths.map((path) => ({ path, reason: `import failed: ${reason}` })),
              warnings: [],
              cancelled: false,
              filesScanned: 0,
              elapsedMs: 0,
            },
          });
        },
      );
      return { jobId };
    },

    'project.importQdpx': async ({ path }) => {
      const result = await importQdpx({ imports, annotations, documents: libraryDocuments(library, texts) }, path);
      // Every window's library lists the new reports, as after `import.start`.
      if (result.reportsAdded > 0) events.emit('library.changed', { documentCount: library.size });
      return result;
    },

    'import.cancel': async ({ jobId }) => ({ cancelled: imports.cancel(jobId) }),

    'settings.get': async () => settingsStore.data,

    'settings.set': async (patch) => {
      await settingsStore.update((settings) => ({ ...settings, ...definedFields(patch) }));
      return settingsStore.data;
    },

    ...createAnnotationHandlers(annotations),

    'compare.run': async (request) => compare.compare(request),
    ...createSimilarityHandlers(new SimilarityService(library, search)),
  };
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
