import type { ReportStrings } from './ReportStrings';

export const reportStringsAr: ReportStrings = {
  reportButton: 'تقرير…',
  reportButtonTitle: 'إعداد تقرير لقرّاء لا يستعملون قارِن (\u2068HTML\u2069 و\u2068PDF\u2069 و\u2068Word\u2069)',
  reportOfComparison: 'تقرير عن هذه المقارنة…',
  reportTitle: 'التقرير',
  reportContentsLabel: 'المحتوى',
  reportAnnotationsLabel: 'المقاطع المعلَّمة',
  reportAnnotationsNone: 'بدونها',
  reportAnnotationsByReport: 'حسب التقرير',
  reportAnnotationsByCode: 'حسب الرمز',
  reportComparison: (count) =>
    count === 2 ? 'مقارنة هذين التقريرين (الأعمدة والوقائع)' : `مقارنة هذه التقارير الـ${count} (الأعمدة والوقائع)`,
  reportCodebook: 'دليل الرموز، بأعدادها وأوصافها',
  reportMemos: 'المذكرات',
  reportLanguageLabel: 'لغة التقرير',
  reportTitleLabel: 'العنوان',
  reportTitlePlaceholder: 'تقرير قارِن',
  reportPreviewLabel: 'معاينة التقرير',
  reportPreviewing: 'تُعدّ المعاينة…',
  reportNothingChosen: 'اختر جزءًا واحدًا على الأقل للتقرير.',
  reportSaveAs: 'حفظ بصيغة',
  reportFormats: {
    html: { name: 'HTML', hint: 'ملف واحد يُفتح في أي متصفح ويُطبع' },
    pdf: { name: 'PDF', hint: 'صفحات ثابتة للإرسال أو الطباعة' },
    docx: { name: 'Word', hint: 'للتحرير في \u2068Word\u2069 أو \u2068LibreOffice\u2069' },
  },
  reportSaving: 'يُحفظ…',
  reportSaved: (filename) => `حُفظ ${filename}.`,
  reportFailed: (reason) => `تعذّر إعداد التقرير: ${reason}`,
};
