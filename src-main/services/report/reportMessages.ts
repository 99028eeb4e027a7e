import type { Bilingual } from '../../api/bilingual';

/** What report building says when it cannot, in both languages. */
export const reportMessages = {
  noBrowser: (tried: string | undefined, reason?: string): Bilingual =>
    tried === undefined
      ? {
          en: 'A PDF report needs Chromium or Chrome, and none was found: install one, or name it with --chromium PATH or QARIN_CHROMIUM.',
          ar: 'يحتاج تقرير PDF إلى متصفح Chromium أو Chrome ولم يُعثر على أي منهما: ثبّت أحدهما أو سمِّه بالخيار ‎--chromium PATH أو بالمتغير QARIN_CHROMIUM.',
        }
      : {
          en: `The browser ${tried} cannot be run${reason ? ` (${reason})` : ''}: name another with --chromium PATH or QARIN_CHROMIUM.`,
          ar: `تعذّر تشغيل المتصفح ${tried}${reason ? ` (${reason})` : ''}: سمِّ غيره بالخيار ‎--chromium PATH أو بالمتغير QARIN_CHROMIUM.`,
        },
  printFailed: (browser: string, detail: string): Bilingual => ({
    en: `${browser} did not print the report to PDF${detail ? `: ${detail}` : ''}.`,
    ar: `لم يطبع ${browser} التقرير بصيغة PDF${detail ? `: ${detail}` : ''}.`,
  }),
  comparisonNeedsTwo: (count: number): Bilingual => ({
    en: `A comparison in a report takes 2 to 4 reports, not ${count}.`,
    ar: `تكون المقارنة في التقرير بين تقريرين وأربعة تقارير، لا ${count}.`,
  }),
  nothingChosen: (): Bilingual => ({
    en: 'Choose something for the report: annotations, a comparison, the codebook or memos.',
    ar: 'اختر محتوى للتقرير: التظليلات أو مقارنة أو دليل الرموز أو المذكرات.',
  }),
};
