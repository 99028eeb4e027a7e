import type { FactKind } from '../compare/facts/factTypes';

/** The languages a report is written in: every word it adds around the user's content has both. */
export type ReportLanguage = 'ar' | 'en';

export interface ReportLabels {
  defaultTitle: string;
  generated: (project: string, date: string) => string;
  contents: string;
  annotationsByReport: string;
  annotationsByCode: string;
  comparison: string;
  comparedReports: string;
  sharedPassageLegend: string;
  facts: string;
  factKind: Record<FactKind, string>;
  disagree: string;
  agree: string;
  silent: string;
  subject: string;
  kind: string;
  agreement: string;
  codebook: string;
  code: string;
  description: string;
  highlights: string;
  memos: string;
  linkedHighlights: string;
  bibliography: string;
  untitledMemo: string;
  uncoded: string;
  note: string;
  reportNote: string;
  orphan: string;
  noHighlights: string;
  noCodes: string;
  noMemos: string;
  source: string;
  date: string;
  url: string;
  listSeparator: string;
}

export const REPORT_LABELS: Readonly<Record<ReportLanguage, ReportLabels>> = {
  en: {
    defaultTitle: 'Qarin report',
    generated: (project, date) => `Project ${project}, made on ${date}`,
    contents: 'Contents',
    annotationsByReport: 'Annotated passages by report',
    annotationsByCode: 'Annotated passages by code',
    comparison: 'Comparison',
    comparedReports: 'The reports side by side',
    sharedPassageLegend: 'Marked passages appear, word for word, in more than one of these reports.',
    facts: 'Differences in facts',
    factKind: { person: 'Person', number: 'Number', quote: 'Quote', place: 'Place', wording: 'Wording' },
    disagree: 'differ',
    agree: 'agree',
    silent: '(not mentioned)',
    subject: 'About',
    kind: 'Kind',
    agreement: 'Reports',
    codebook: 'Codebook',
    code: 'Code',
    description: 'Description',
    highlights: 'Highlights',
    memos: 'Memos',
    linkedHighlights: 'Linked passages',
    bibliography: 'Reports cited',
    untitledMemo: 'Untitled memo',
    uncoded: 'Uncoded',
    note: 'Note',
    reportNote: 'Note on the report',
    orphan: 'This passage is no longer found in the report’s text.',
    noHighlights: 'No highlights.',
    noCodes: 'The codebook is empty.',
    noMemos: 'No memos.',
    source: 'Outlet',
    date: 'Date',
    url: 'Address',
    listSeparator: ', ',
  },
  ar: {
    defaultTitle: 'تقرير قارِن',
    generated: (project, date) => `المشروع ${project}، أُعدّ في ${date}`,
    contents: 'المحتويات',
    annotationsByReport: 'المقاطع المعلَّمة حسب التقرير',
    annotationsByCode: 'المقاطع المعلَّمة حسب الرمز',
    comparison: 'المقارنة',
    comparedReports: 'التقارير جنبًا إلى جنب',
    sharedPassageLegend: 'المقاطع المظلَّلة واردة بنصها في أكثر من تقرير من هذه التقارير.',
    facts: 'الاختلاف في الوقائع',
    factKind: { person: 'شخص', number: 'عدد', quote: 'اقتباس', place: 'مكان', wording: 'صياغة' },
    disagree: 'تختلف',
    agree: 'تتفق',
    silent: '(لم يُذكر)',
    subject: 'الموضوع',
    kind: 'النوع',
    agreement: 'التقارير',
    codebook: 'دليل الرموز',
    code: 'الرمز',
    description: 'الوصف',
    highlights: 'التظليلات',
    memos: 'المذكرات',
    linkedHighlights: 'المقاطع المرتبطة',
    bibliography: 'التقارير المستشهد بها',
    untitledMemo: 'مذكرة بلا عنوان',
    uncoded: 'بلا رمز',
    note: 'ملاحظة',
    reportNote: 'ملاحظة على التقرير',
    orphan: 'لم يعد هذا المقطع موجودًا في نص التقرير.',
    noHighlights: 'لا توجد تظليلات.',
    noCodes: 'دليل الرموز فارغ.',
    noMemos: 'لا توجد مذكرات.',
    source: 'الوسيلة',
    date: 'التاريخ',
    url: 'العنوان',
    listSeparator: '، ',
  },
};
