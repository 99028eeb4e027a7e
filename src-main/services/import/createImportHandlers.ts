import type { importMethods } from '../../api/contract/importContract';
import type { HandlersOf } from '../../api/dispatch';
import type { EventHub } from '../../api/eventHub';
import type { AnnotationService } from '../annotations/annotationService';
import { libraryDocuments } from '../annotations/annotationDocuments';
import type { Library } from '../project/library';
import type { TextStore } from '../project/textStore';
import type { SearchService } from '../search/searchService';
import { emptyImportReport } from './emptyImportReport';
import { importMessages } from './importMessages';
import type { ImportService } from './importService';

export interface ImportHandlerParts {
  imports: ImportService;
  search: SearchService;
  library: Library;
  texts: TextStore;
  annotations: AnnotationService;
  events: EventHub;
}

/**
 * The contract's import calls. A file import runs as a job: the call answers with its id at once, and
 * progress and the final report arrive as events.
 */
export function createImportHandlers(parts: ImportHandlerParts): HandlersOf<typeof importMethods> {
  const { imports, search, library, texts, annotations, events } = parts;
  return {
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
              ...emptyImportReport(),
              errors: paths.map((path) => ({ path, reason: importMessages.importFailed(reason) })),
            },
          });
        },
      );
      return { jobId };
    },

    'import.cancel': async ({ jobId }) => ({ cancelled: imports.cancel(jobId) }),

    'project.importQdpx': async ({ path }) => {
      // As for a file import: the in-memory index loads while the file is read and checked.
      search.warmUp();
      // Loaded when a project is imported, with its XML parser: not with every project that opens.
      const { importQdpx } = await import('../refiQda/qdpxImport');
      const result = await importQdpx({ imports, annotations, documents: libraryDocuments(library, texts) }, path);
      // Every window's library lists the new reports, as after `import.start`.
      if (result.reportsAdded > 0) events.emit('library.changed', { documentCount: library.size });
      return result;
    },
  };
}
