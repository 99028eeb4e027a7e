import { Empty } from '../commonSchemas';
import {
  DocumentDetailSchema,
  DocumentRequestSchema,
  LibraryChangedSchema,
  LibraryPageSchema,
  LibraryQuerySchema,
  ProjectInfoSchema,
} from '../librarySchemas';

/** The project and its library of reports: what is in it, page by page, and one report whole. */
export const libraryMethods = {
  'project.info': { input: Empty, output: ProjectInfoSchema },
  'library.list': { input: LibraryQuerySchema, output: LibraryPageSchema },
  'document.get': { input: DocumentRequestSchema, output: DocumentDetailSchema },
} as const;

export const libraryEvents = {
  'library.changed': LibraryChangedSchema,
} as const;
