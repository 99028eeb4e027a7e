import type { QueryNoticeCode } from '../../src-main/api/types';
import type { IntegrityWarning } from '../../src-main/api/types';
import type { TypoReadings } from '../../src-shared/typoReadings';
import type { AnnotationStrings } from '../annotations/i18n/AnnotationStrings';
import type { CompareStrings } from '../compare/i18n/CompareStrings';
import type { ReportStrings } from '../report/i18n/ReportStrings';
import type { LexiconStrings } from '../lexicons/i18n/LexiconStrings';

export type Language = 'ar' | 'en';
export type WarningKind = IntegrityWarning['kind'];
export type ImportPhase = 'scanning' | 'reading' | 'indexing' | 'saving' | 'done';
export type LibrarySortKey = 'title' | 'source' | 'date' | 'words' | 'warnings' | 'imported';

/**
 * Every user-facing string. Each language's dictionary must satisfy all of it, so a missing key fails type-checking.
 * The annotation, compare and report features keep theirs in their own folders.
 */
export interface Strings extends AnnotationStrings, CompareStrings, ReportStrings, LexiconStrings {
  appName: string;
  appTagline: string;
  loading: string;
  connectionFailed: (reason: string) => string;
  retry: string;

  switchLanguage: string;
  switchLanguageLabel: string;
  themeDark: string;
  switchThemeLabel: string;
  detailsToggle: string;
  importButton: string;
  sidePanelLabel: string;
  /** Where the corpus search is and its shortcut. */
  searchShortcutHint: string;
  /** Shows the library and search panel when a narrow window has folded it away. */
  showSidePanel: string;
  detailsPanelLabel: string;
  readerLabel: string;
  resizePanel: string;
  documentsInProject: (count: number) => string;

  libraryTab: string;
  searchTab: string;

  sortBy: string;
  sortKeys: Record<LibrarySortKey, string>;
  ascending: string;
  descending: string;
  filterTitle: string;
  allSources: string;
  allCategories: string;
  source: string;
  category: string;
  dateFrom: string;
  dateTo: string;
  clearFilters: string;
  libraryCount: (shown: number, total: number) => string;
  libraryEmpty: string;
  libraryNoMatch: string;
  wordsCount: (count: number) => string;
  warningsCount: (count: number) => string;
  untitled: string;
  filters: string;

  searchLabel: string;
  searchPlaceholder: string;
  searchHelpToggle: string;
  searchHelpTitle: string;
  searchHelpRows: ReadonlyArray<{ example: string; meaning: string }>;
  searchHelpNote: string;
  searchIdle: string;
  searching: string;
  resultCount: (total: number) => string;
  /** The reports found, and how many hold the words as typed where readings of mistyped words added others. */
  resultCountTyped: (total: number, typed: number) => string;
  partialResults: string;
  partialBadge: string;
  partialBadgeTitle: string;
  noResults: string;
  loadMore: string;
  searchFailed: (reason: string) => string;
  /** What the engine could not read in a query, by the engine's notice code. */
  /** Notices of the query parser; `typo-corrected` is said by `typoReadings`, with its words. */
  queryNotices: Record<Exclude<QueryNoticeCode, 'typo-corrected'>, string>;
  typoReadings: (groups: readonly TypoReadings[]) => string;
  resultsLabel: string;

  readerEmptyTitle: string;
  readerEmptyHint: string;
  openTabsLabel: string;
  closeTab: (title: string) => string;
  smallerText: string;
  largerText: string;
  tighterLines: string;
  looserLines: string;
  fontSizeValue: (size: number) => string;
  lineHeightValue: (height: number) => string;
  showBoilerplate: string;
  boilerplateTitle: string;
  findLabel: string;
  findPlaceholder: string;
  previousHit: string;
  nextHit: string;
  hitCounter: (current: number, total: number) => string;
  noHits: string;
  paragraphNumber: (n: number) => string;
  warningKinds: Record<WarningKind, { name: string; explanation: string }>;
  warningMarker: (kind: string, text: string) => string;
  documentLoading: string;
  documentFailed: (reason: string) => string;
  textSettings: string;

  detailsEmpty: string;
  metadataHeading: string;
  fieldTitle: string;
  fieldSource: string;
  fieldDate: string;
  fieldUrl: string;
  fieldAuthor: string;
  fieldCategory: string;
  fieldWords: string;
  fieldFormat: string;
  fieldSha256: string;
  fieldPath: string;
  fieldExternalId: string;
  technicalHeading: string;
  fieldImported: string;
  copy: string;
  copied: string;
  warningsHeading: (count: number) => string;
  noWarnings: string;
  jumpTo: string;
  annotationsHeading: string;

  importTitle: string;
  importPathsLabel: string;
  importPathsHint: string;
  importDropHint: string;
  importChooseFiles: string;
  importStart: string;
  importCancel: string;
  importClose: string;
  importPhase: Record<ImportPhase, string>;
  importProgress: (done: number, total: number) => string;
  importReportTitle: string;
  importCancelled: string;
  importAdded: string;
  importUpdated: string;
  importUnchanged: string;
  importDuplicates: string;
  importErrors: string;
  importWarnings: string;
  importDuplicateOf: (id: string) => string;
  importSummary: (scanned: number, seconds: number) => string;
  importFailed: (reason: string) => string;
  importAnother: string;
  importRunning: string;
  /** Every format the importer reads, for the dialog's hint. */
  importFormatsHint: string;
  qdpxHeading: string;
  qdpxExplanation: string;
  qdpxChoose: string;
  qdpxImporting: string;
  qdpxDone: (result: {
    reportsAdded: number;
    reportsKnown: number;
    highlights: number;
    codesCreated: number;
    memos: number;
  }) => string;
  qdpxSkippedSources: (names: string) => string;
  qdpxFailed: (reason: string) => string;
  importChooseFolder: string;
  importSelected: (count: number) => string;
  importClearSelection: string;
  importAdvanced: string;
  importAdvancedHint: string;
  importUploading: string;
  importNotAllowed: string;
  importRefused: {
    'too-large': (limitMb: number) => string;
    'bad-name': string;
    'duplicate-name': string;
    'unknown-upload': string;
    'write-failed': (detail: string) => string;
    network: (detail: string) => string;
  };
}
