import { queryNoticeText } from '../../src-shared/queryNoticeText';
import { annotationStringsEn } from '../annotations/i18n/annotationStringsEn';
import { compareStringsEn } from '../compare/i18n/compareStringsEn';
import { reportStringsEn } from '../report/i18n/reportStringsEn';
import { lexiconStringsEn } from '../lexicons/i18n/lexiconStringsEn';
import type { Strings } from './Strings';

/** One formatter for every count: `toLocaleString` builds one per call. */
const englishNumbers = new Intl.NumberFormat('en');
const number = (n: number) => englishNumbers.format(n);
const plural = (count: number, one: string, many: string) => `${number(count)} ${count === 1 ? one : many}`;

export const en: Strings = {
  ...annotationStringsEn,
  ...compareStringsEn,
  ...reportStringsEn,
  ...lexiconStringsEn,
  appName: 'Qarin',
  appTagline: 'Report comparison workbench',
  loading: 'Loading…',
  connectionFailed: (reason) => `Could not reach the project: ${reason}`,
  retry: 'Retry',

  switchLanguage: 'العربية',
  switchLanguageLabel: 'Switch the interface to Arabic',
  themeDark: 'Dark theme',
  switchThemeLabel: 'Switch between light and dark theme',
  detailsToggle: 'Details',
  importButton: 'Import…',
  sidePanelLabel: 'Library and search',
  searchShortcutHint: 'Search from anywhere with Ctrl+K',
  showSidePanel: 'Library and search',
  detailsPanelLabel: 'Report details',
  readerLabel: 'Reader',
  resizePanel: 'Resize panel',
  documentsInProject: (count) => plural(count, 'report', 'reports'),

  libraryTab: 'Library',
  searchTab: 'Search',

  sortBy: 'Sort by',
  sortKeys: {
    title: 'Title',
    source: 'Source',
    date: 'Date',
    words: 'Words',
    warnings: 'Warnings',
    imported: 'Imported',
  },
  ascending: 'Ascending',
  descending: 'Descending',
  filterTitle: 'Filter by title',
  allSources: 'All sources',
  allCategories: 'All categories',
  source: 'Source',
  category: 'Category',
  dateFrom: 'From',
  dateTo: 'To',
  clearFilters: 'Clear filters',
  libraryCount: (shown, total) =>
    shown === total ? plural(total, 'report', 'reports') : `${number(shown)} of ${plural(total, 'report', 'reports')}`,
  libraryEmpty: 'The library is empty. Import files or a folder to begin.',
  libraryNoMatch: 'No reports match these filters.',
  wordsCount: (count) => plural(count, 'word', 'words'),
  warningsCount: (count) => plural(count, 'warning', 'warnings'),
  untitled: '(untitled)',
  filters: 'Filters',

  searchLabel: 'Search',
  searchPlaceholder: 'Search the reports… e.g. حفتر "قوة مشتركة"',
  searchHelpToggle: 'Query syntax',
  searchHelpTitle: 'Query syntax',
  searchHelpRows: [
    { example: 'حفتر مصراتة', meaning: 'all words are required' },
    { example: '"قوة مشتركة"', meaning: 'exact phrase, in order' },
    { example: '-طرابلس', meaning: 'exclude reports containing the word' },
    { example: 'سرت OR مصراتة', meaning: 'either word is enough' },
    { example: 'اجتما*', meaning: 'words starting with this prefix' },
    { example: 'source:الوسط', meaning: 'from one source' },
    { example: 'title:اجتماع', meaning: 'word in the title' },
    { example: 'after:2018-03-01', meaning: 'published on or after a date (YYYY-MM-DD)' },
    { example: 'before:2018-06-30', meaning: 'published on or before a date' },
  ],
  searchHelpNote:
    'Matching ignores diacritics, tatweel and hamza forms, tolerates common prefixes and suffixes, and ranks exact matches first.',
  searchIdle: 'Type a word or phrase to search every report.',
  searching: 'Searching…',
  resultCount: (total) => (total === 0 ? 'No results' : `${plural(total, 'report', 'reports')} found`),
  partialResults: 'No report contains every word; these are the closest partial matches.',
  partialBadge: 'partial',
  partialBadgeTitle: 'Matches some of the query words, not all',
  noResults: 'Nothing matches this query.',
  loadMore: 'Show more',
  searchFailed: (reason) => `Search failed: ${reason}`,
  ...queryNoticeText.en,
  resultsLabel: 'Search results',

  readerEmptyTitle: 'No report open',
  readerEmptyHint:
    'Open a report from the library or the search results. Several reports stay open in tabs for comparison.',
  openTabsLabel: 'Open reports',
  closeTab: (title) => `Close “${title}”`,
  smallerText: 'Smaller text',
  largerText: 'Larger text',
  tighterLines: 'Tighter line spacing',
  looserLines: 'Looser line spacing',
  fontSizeValue: (size) => `${size} px`,
  lineHeightValue: (height) => height.toFixed(1),
  showBoilerplate: 'Show boilerplate',
  boilerplateTitle: 'Page furniture (comments, “read also” links…) shown dimmed',
  findLabel: 'Find in report',
  findPlaceholder: 'Find in this report',
  previousHit: 'Previous match (Shift+F3)',
  nextHit: 'Next match (F3)',
  hitCounter: (current, total) => `${current} / ${total}`,
  noHits: '0 / 0',
  paragraphNumber: (n) => `Paragraph ${n}`,
  warningKinds: {
    'mixed-script': {
      name: 'Mixed script',
      explanation: 'A word mixes Arabic and Latin letters, usually a trace of corruption or machine translation.',
    },
    'replacement-char': {
      name: 'Replacement character',
      explanation: 'A character that could not be decoded (�): part of the original text is lost.',
    },
    mojibake: {
      name: 'Mojibake',
      explanation: 'Arabic text decoded with the wrong encoding, showing as stray Latin symbols.',
    },
    'control-char': {
      name: 'Control character',
      explanation: 'An invisible control character in the text, which may hide tampering or a copy error.',
    },
    'unclosed-markup': {
      name: 'Unclosed markup',
      explanation:
        'The file never closed this report (<TEXT> or <DOC>), so it was read to its end: the last words may be cut short or carry stray markup.',
    },
  },
  warningMarker: (kind, text) => `Integrity warning: ${kind} in “${text}”`,
  documentLoading: 'Opening the report…',
  documentFailed: (reason) => `Could not open the report: ${reason}`,
  textSettings: 'Text display settings',

  detailsEmpty: 'Details of the open report appear here.',
  metadataHeading: 'Metadata',
  fieldTitle: 'Title',
  fieldSource: 'Source',
  fieldDate: 'Date',
  fieldUrl: 'URL',
  fieldAuthor: 'Author',
  fieldCategory: 'Category',
  fieldWords: 'Words',
  fieldFormat: 'Format / encoding',
  fieldSha256: 'SHA-256',
  fieldPath: 'File',
  fieldExternalId: 'Original ID',
  technicalHeading: 'Technical details',
  fieldImported: 'Imported',
  copy: 'Copy',
  copied: 'Copied',
  warningsHeading: (count) => `Integrity warnings (${count})`,
  noWarnings: 'No warnings: the text decoded cleanly.',
  jumpTo: 'Jump to',
  annotationsHeading: 'Annotations',

  importTitle: 'Import reports',
  importPathsLabel: 'Paths of files or folders on this machine',
  importPathsHint: 'One path per line. Folders are read with everything inside.',
  importDropHint: 'or drag and drop files and folders here',
  importChooseFiles: 'Choose files…',
  importStart: 'Import',
  importCancel: 'Cancel import',
  importClose: 'Close',
  importPhase: {
    scanning: 'Scanning files',
    reading: 'Reading files',
    indexing: 'Building the index',
    saving: 'Saving',
    done: 'Done',
  },
  importProgress: (done, total) => (total > 0 ? `${number(done)} of ${number(total)}` : number(done)),
  importReportTitle: 'Import report',
  importCancelled: 'The import was cancelled; what finished before is kept.',
  importAdded: 'Added',
  importUpdated: 'Updated',
  importUnchanged: 'Unchanged',
  importDuplicates: 'Duplicates',
  importErrors: 'Errors',
  importWarnings: 'Integrity warnings',
  importDuplicateOf: (id) => `same text as ${id}`,
  importSummary: (scanned, seconds) =>
    `${plural(scanned, 'file', 'files')} scanned in ${seconds.toLocaleString('en', { maximumFractionDigits: 1 })} s`,
  importFailed: (reason) => `Import failed: ${reason}`,
  importAnother: 'Import more',
  importRunning: 'Import running…',
  importFormatsHint:
    'Reads plain text (.txt), Markdown (.md), web pages (.html, .htm), Word (.docx), ' +
    'JSON Lines (.jsonl, one report a line) and TREC files (<DOC>); a folder is read with everything inside.',
  qdpxHeading: 'REFI-QDA project (.qdpx)',
  qdpxExplanation:
    'A project from NVivo, ATLAS.ti, MAXQDA, QualCoder or Qarin: its text sources become reports, its codes, ' +
    'selections, notes and memos come along. A faulty file is refused whole.',
  qdpxChoose: 'Choose a .qdpx file…',
  qdpxImporting: 'Importing the project…',
  qdpxDone: (r) =>
    `Imported ${plural(r.reportsAdded, 'new report', 'new reports')} (${number(r.reportsKnown)} already here), ` +
    `${plural(r.highlights, 'highlight', 'highlights')}, ${plural(r.codesCreated, 'new code', 'new codes')} and ` +
    `${plural(r.memos, 'memo', 'memos')}.`,
  qdpxSkippedSources: (names) => `Skipped (not text): ${names}`,
  qdpxFailed: (reason) => `Nothing was imported: ${reason}`,
  importChooseFolder: 'Choose a folder…',
  importSelected: (count) => `${plural(count, 'file', 'files')} selected`,
  importClearSelection: 'Clear',
  importAdvanced: 'Advanced: paths on the serving machine',
  importAdvancedHint:
    'Only under folders allowed when the server was started (qarin serve --allow-import-from FOLDER).',
  importUploading: 'Uploading files',
  importNotAllowed:
    'This path was not chosen here: choose files or a folder, drop them on the window, ' +
    'or start the server with --allow-import-from.',
  importRefused: {
    'too-large': (limitMb) => `larger than ${number(limitMb)} MB, the limit for one file`,
    'bad-name': 'its name cannot be stored as a file name',
    'duplicate-name': 'another file of the same name is in this upload',
    'unknown-upload': 'the upload was discarded before this file arrived',
    'write-failed': (detail) => `could not be stored: ${detail}`,
    network: (detail) => `could not be sent: ${detail}`,
  },
};
