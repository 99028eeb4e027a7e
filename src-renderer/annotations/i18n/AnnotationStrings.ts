import type { ExportFormat } from '../../../src-main/api/types';

/** Every user-facing string of highlights, codes, memos, notes and exports, in each language. */
export interface AnnotationStrings {
  // The side panel's tab and its views
  analysisTab: string;
  analysisViewsLabel: string;
  subviewHighlights: string;
  subviewCodes: string;
  subviewMemos: string;

  // Selecting and highlighting in the reader
  selectionToolbarLabel: string;
  highlightAction: string;
  highlightActionTitle: string;
  quickCodeTitle: (code: string) => string;
  editorCreateTitle: string;
  editorEditTitle: string;
  quoteLabel: string;
  codesLabel: string;
  codeSearchPlaceholder: string;
  codeOptionsLabel: string;
  createCode: (name: string) => string;
  newCodeColor: string;
  colorSwatch: (hex: string) => string;
  removeCode: (name: string) => string;
  noCodesYet: string;
  noCodeMatches: string;
  codeCount: (count: number) => string;
  noteLabel: string;
  notePlaceholder: string;
  markdownWrite: string;
  markdownPreview: string;
  markdownEmpty: string;
  markdownHint: { label: string; examples: ReadonlyArray<{ syntax: string; meaning: string }> };
  save: string;
  saving: string;
  cancel: string;
  delete: string;
  edit: string;
  close: string;
  saveHint: string;
  highlightSaved: string;
  highlightUpdated: string;
  highlightDeleted: string;
  addToMemo: string;
  chooseMemo: string;
  newMemoWithHighlight: string;
  addedToMemo: (title: string) => string;
  alreadyInMemo: (title: string) => string;
  annotationsUnavailable: string;

  // History
  undo: string;
  redo: string;
  /** The button's tooltip: what undo would undo, or that there is nothing to undo. */
  undoTitle: (what: string | undefined) => string;
  redoTitle: (what: string | undefined) => string;
  undone: (what: string) => string;
  redone: (what: string) => string;
  nothingToUndo: string;
  nothingToRedo: string;
  historySteps: Record<string, string>;
  historyStepFallback: string;
  dismiss: string;

  // The report's annotations in the details panel
  highlightsHeading: (count: number) => string;
  highlightsInReportLabel: string;
  noHighlightsInReport: string;
  showInText: string;
  editHighlight: string;
  uncoded: string;
  orphansHeading: (count: number) => string;
  orphansExplanation: string;
  reattachToSelection: string;
  reattachNeedsSelection: string;
  reattached: string;
  orphanBadge: string;
  orphanBadgeTitle: string;
  movedBadge: string;
  movedTitle: (method: 'exact-quote' | 'fuzzy', confidence: number, previousQuote: string) => string;
  paragraphLabel: (number: number) => string;
  documentNoteHeading: string;
  documentNoteEmpty: string;
  addDocumentNote: string;
  documentNoteSaved: string;
  listFailed: (reason: string) => string;

  // The project-wide highlights view
  filterTextLabel: string;
  filterTextPlaceholder: string;
  codeFilterLabel: string;
  allCodes: string;
  reportFilterLabel: string;
  allReports: string;
  sourceFilterLabel: string;
  allSourcesOption: string;
  orphansOnly: string;
  highlightCount: (count: number) => string;
  noHighlightsYet: string;
  noHighlightsMatch: string;
  showMore: (remaining: number) => string;
  exportThese: string;
  clearHighlightFilters: string;
  highlightsListLabel: string;
  openReportLabel: (title: string) => string;

  // Codebook
  codebookLabel: string;
  codesCount: (count: number) => string;
  newCode: string;
  createCodeButton: string;
  codeName: string;
  codeColor: string;
  customColor: string;
  codeParent: string;
  topLevel: string;
  codeDescription: string;
  codeDescriptionPlaceholder: string;
  codebookEmpty: string;
  codeUsage: (count: number, withNested: number) => string;
  codeSaved: string;
  codeCreated: (name: string) => string;
  showCodeHighlights: string;
  exportCode: string;
  mergeHeading: string;
  mergeInto: string;
  chooseMergeTarget: string;
  mergeButton: string;
  mergeExplanation: (source: string, target: string) => string;
  merged: (source: string, target: string, moved: number) => string;
  deleteCode: string;
  deleteCodeTitle: (name: string) => string;
  deleteCodeQuestion: (count: number) => string;
  deleteCodeKeepHighlights: string;
  deleteCodeDeleteHighlights: string;
  deleteCodeConfirm: string;
  codeDeleted: (uncoded: number, deleted: number) => string;
  selectCodeHint: string;

  // Memos
  newMemo: string;
  memosLabel: string;
  memoTitle: string;
  memoTitlePlaceholder: string;
  memoBody: string;
  untitledMemo: string;
  memosEmpty: string;
  memoLinkedCount: (count: number) => string;
  linkedHighlightsHeading: (count: number) => string;
  noLinkedHighlights: string;
  linkCurrentHighlight: string;
  linkCurrentHighlightHint: string;
  unlinkHighlight: string;
  deleteMemo: string;
  memoSaved: string;
  memoDeleted: string;
  backToMemos: string;
  missingHighlight: string;

  // Search
  /** Under the report results while the highlights are still being indexed. */
  annotationHitsPending: string;
  annotationHitsHeading: (count: number) => string;
  annotationHitField: Record<'quote' | 'note', string>;

  // Export and import
  exportButton: string;
  exportTitle: string;
  exportFormatLabel: string;
  exportFormats: Record<ExportFormat, { name: string; hint: string }>;
  exportWholeProject: string;
  exportGroupingLabel: string;
  groupByReport: string;
  groupByCode: string;
  groupingOnlyMarkdown: string;
  exportScopeLabel: string;
  scopeAll: string;
  scopeDocument: string;
  scopeDocumentNone: string;
  scopeCode: string;
  scopeFilter: string;
  scopeFilterNone: string;
  exportLanguageLabel: string;
  chooseCode: string;
  exportStart: string;
  exporting: string;
  exported: (count: number, fileName: string) => string;
  exportFailed: (reason: string) => string;
  importHeading: string;
  importExplanation: string;
  importChooseFile: string;
  importingAnnotations: string;
  importResultLabels: Record<'exact' | 'fuzzy' | 'orphans' | 'unchanged' | 'updated' | 'codesCreated', string>;
  importAnnotationsFailed: (reason: string) => string;
  /** Heading of the list of highlights an import left out because their report is not in the project. */
  importSkipped: (count: number) => string;

  // A damaged annotation store
  storeCorruptTitle: string;
  storeCorruptExplanation: string;
  restoreNewestBackup: (takenAt: string) => string;
  restoreNoBackup: string;
  tryRecover: string;
  restoring: string;
  restored: (name: string | null, setAside: number) => string;
  restoreFailed: (reason: string) => string;
}
