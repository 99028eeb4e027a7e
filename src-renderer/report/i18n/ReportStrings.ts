/** The report dialog's strings; each language's dictionary must give all of them. */
export interface ReportStrings {
  reportButton: string;
  reportButtonTitle: string;
  reportOfComparison: string;
  reportTitle: string;
  reportContentsLabel: string;
  reportAnnotationsLabel: string;
  reportAnnotationsNone: string;
  reportAnnotationsByReport: string;
  reportAnnotationsByCode: string;
  reportComparison: (count: number) => string;
  reportCodebook: string;
  reportMemos: string;
  reportLanguageLabel: string;
  reportTitleLabel: string;
  reportTitlePlaceholder: string;
  reportPreviewLabel: string;
  reportPreviewing: string;
  reportNothingChosen: string;
  reportSaveAs: string;
  reportFormats: Record<'html' | 'pdf' | 'docx', { name: string; hint: string }>;
  reportSaving: string;
  reportSaved: (filename: string) => string;
  reportFailed: (reason: string) => string;
}
