/** Words an export prints around the user's content, in both languages of the interface. */
export type ExportLanguage = 'en' | 'ar';

export interface ExportLabels {
  defaultTitle: string;
  report: string;
  source: string;
  date: string;
  url: string;
  paragraph: string;
  codes: string;
  note: string;
  reportNote: string;
  orphan: string;
  orphanHeading: string;
  listSeparator: string;
  uncoded: string;
  memos: string;
  linkedHighlights: string;
  allReports: string;
  /** A spreadsheet tab's name: at most 31 characters, none of `[]:*?/\`. */
  sheetName: string;
}

export const EXPORT_LABELS: Readonly<Record<ExportLanguage, ExportLabels>> = {
  en: {
    defaultTitle: 'Qarin annotations',
    report: 'Report',
    source: 'Source',
    date: 'Date',
    url: 'URL',
    paragraph: 'Paragraph',
    codes: 'Codes',
    note: 'Note',
    reportNote: 'Note on the report',
    orphan: 'Orphan: this passage was not found in the report’s text',
    orphanHeading: 'Orphan',
    listSeparator: ', ',
    uncoded: 'Uncoded',
    memos: 'Memos',
    linkedHighlights: 'Linked highlights',
    allReports: 'all reports',
    sheetName: 'Annotations',
  },
  ar: {
    defaultTitle: 'تعليقات قارِن',
    report: 'التقرير',
    source: 'المصدر',
    date: 'التاريخ',
    url: 'الرابط',
    paragraph: 'الفقرة',
    codes: 'الرموز',
    note: 'ملاحظة',
    reportNote: 'ملاحظة على التقرير',
    orphan: 'مقتطف يتيم: لم يُعثر على هذا المقطع في نص التقرير',
    orphanHeading: 'مقتطف يتيم',
    listSeparator: '، ',
    uncoded: 'بلا رمز',
    memos: 'المذكرات',
    linkedHighlights: 'المقتطفات المرتبطة',
    allReports: 'كل التقارير',
    sheetName: 'التعليقات',
  },
};
