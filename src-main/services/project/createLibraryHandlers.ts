import { ApiError } from '../../api/apiError';
import type { libraryMethods } from '../../api/contract/libraryContract';
import type { HandlersOf } from '../../api/dispatch';
import { noDocument } from '../documentMessages';
import { summarize, type Library } from './library';
import { libraryTitleKey } from './libraryTitleKey';
import type { ProjectLayout } from './projectLayout';
import { LIBRARY_SCHEMA_VERSION } from './libraryEntry';
import type { TextStore } from './textStore';

/** The contract's library calls over one project's library and stored texts. */
export function createLibraryHandlers(
  layout: ProjectLayout,
  library: Library,
  texts: TextStore,
): HandlersOf<typeof libraryMethods> {
  return {
    'project.info': async () => ({
      path: layout.root,
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      documentCount: library.size,
      facets: library.facets(),
    }),

    'library.list': async (query) => ({ offset: query.offset, ...library.list(query, libraryTitleKey) }),

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
  };
}
