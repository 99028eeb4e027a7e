import type { z } from 'zod';
import type { ApiHandlers } from '../api/dispatch';
import type { EventHub } from '../api/eventHub';
import type { SettingsSchema } from '../api/settingsSchemas';
import type { DurableJsonStore } from './persistence';
import type { ImportService } from './import/importService';
import { createImportHandlers } from './import/createImportHandlers';
import type { Library } from './project/library';
import type { ProjectLayout } from './project/projectLayout';
import { createLibraryHandlers } from './project/createLibraryHandlers';
import { createSettingsHandlers } from './project/createSettingsHandlers';
import type { TextStore } from './project/textStore';
import type { SearchService } from './search/searchService';
import { createSearchHandlers } from './search/createSearchHandlers';
import type { AnnotationService } from './annotations/annotationService';
import { createAnnotationHandlers } from './annotations/createAnnotationHandlers';
import type { CompareService } from './compare/compareService';
import { createCompareHandlers } from './compare/createCompareHandlers';
import { SimilarityService } from './similarity/similarityService';
import type { ReportService } from './report/reportService';
import { createReportHandlers } from './report/createReportHandlers';

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
  reports: ReportService;
}

/**
 * The contract's handlers over one open project, merged from one factory per feature (each beside its
 * service, typed by its feature's table), so the merged object answers every method of the contract.
 */
export function createHandlers(parts: WorkbenchParts): ApiHandlers {
  const { layout, library, texts, search, imports, settingsStore, events, annotations, compare, reports } = parts;
  return {
    ...createLibraryHandlers(layout, library, texts),
    ...createSearchHandlers(search, annotations, library),
    ...createImportHandlers({ imports, search, library, texts, annotations, events }),
    ...createSettingsHandlers(settingsStore),
    ...createAnnotationHandlers(annotations),
    ...createCompareHandlers(compare, new SimilarityService(library, search)),
    ...createReportHandlers(reports),
  };
}
