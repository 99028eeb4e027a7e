import { annotationStringsAr } from '../annotations/i18n/annotationStringsAr';
import type { Strings } from './Strings';

const arabicPlural = new Intl.PluralRules('ar');

/** Arabic counts agree with the number: one form for 1, the dual for 2, plural for 3–10, singular accusative after. */
function countOf(count: number, forms: { zero: string; one: string; two: string; few: string; many: string }): string {
  const n = count.toLocaleString('ar-u-nu-latn');
  switch (arabicPlural.select(count)) {
    case 'zero':
      return forms.zero;
    case 'one':
      return forms.one;
    case 'two':
      return forms.two;
    case 'few':
      return `${n} ${forms.few}`;
    default:
      return `${n} ${forms.many}`;
  }
}

const reports = (count: number) =>
  countOf(count, { zero: 'لا تقارير', one: 'تقرير واحد', two: 'تقريران', few: 'تقارير', many: 'تقريرًا' });

export const ar: Strings = {
  ...annotationStringsAr,
  appName: 'قارِن',
  appTagline: 'منضدة مقارنة التقارير',
  loading: 'جارٍ التحميل…',
  connectionFailed: (reason) => `تعذّر الاتصال بالمشروع: ${reason}`,
  retry: 'إعادة المحاولة',

  switchLanguage: 'English',
  switchLanguageLabel: 'التبديل إلى الواجهة الإنجليزية',
  themeDark: 'المظهر الداكن',
  switchThemeLabel: 'تبديل المظهر بين الفاتح والداكن',
  detailsToggle: 'التفاصيل',
  importButton: 'استيراد…',
  sidePanelLabel: 'المكتبة والبحث',
  detailsPanelLabel: 'تفاصيل التقرير',
  readerLabel: 'القارئ',
  resizePanel: 'تغيير عرض اللوحة',
  documentsInProject: reports,

  libraryTab: 'المكتبة',
  searchTab: 'البحث',

  sortBy: 'ترتيب حسب',
  sortKeys: {
    title: 'العنوان',
    source: 'المصدر',
    date: 'التاريخ',
    words: 'عدد الكلمات',
    warnings: 'التحذيرات',
    imported: 'وقت الاستيراد',
  },
  ascending: 'تصاعدي',
  descending: 'تنازلي',
  filterTitle: 'تصفية بالعنوان',
  allSources: 'كل المصادر',
  allCategories: 'كل الأقسام',
  source: 'المصدر',
  category: 'القسم',
  dateFrom: 'من تاريخ',
  dateTo: 'إلى تاريخ',
  clearFilters: 'مسح عوامل التصفية',
  libraryCount: (shown, total) =>
    shown === total ? reports(total) : `${shown.toLocaleString('ar-u-nu-latn')} من ${reports(total)}`,
  libraryEmpty: 'المكتبة فارغة. استورد ملفات أو مجلدًا للبدء.',
  libraryNoMatch: 'لا تقارير تطابق عوامل التصفية.',
  wordsCount: (count) =>
    countOf(count, { zero: 'لا كلمات', one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمة' }),
  warningsCount: (count) =>
    countOf(count, { zero: 'لا تحذيرات', one: 'تحذير واحد', two: 'تحذيران', few: 'تحذيرات', many: 'تحذيرًا' }),
  untitled: '(بلا عنوان)',
  filters: 'عوامل التصفية',

  searchLabel: 'بحث',
  searchPlaceholder: 'ابحث في التقارير… مثال: حفتر "قوة مشتركة"',
  searchHelpToggle: 'صيغة البحث',
  searchHelpTitle: 'صيغة الاستعلام',
  searchHelpRows: [
    { example: 'حفتر مصراتة', meaning: 'كل الكلمات مطلوبة' },
    { example: '"قوة مشتركة"', meaning: 'عبارة مطابقة بترتيبها' },
    { example: '-طرابلس', meaning: 'استبعاد التقارير التي فيها الكلمة' },
    { example: 'سرت OR مصراتة', meaning: 'إحدى الكلمتين تكفي' },
    { example: 'اجتما*', meaning: 'كل الكلمات التي تبدأ بهذه البادئة' },
    { example: 'source:الوسط', meaning: 'من مصدر معيّن' },
    { example: 'title:اجتماع', meaning: 'الكلمة في العنوان' },
    { example: 'after:2018-03-01', meaning: 'منشور في هذا التاريخ أو بعده (سنة-شهر-يوم)' },
    { example: 'before:2018-06-30', meaning: 'منشور في هذا التاريخ أو قبله' },
  ],
  searchHelpNote: 'يتجاهل البحث التشكيل والتطويل وصور الهمزة، ويطابق السوابق واللواحق الشائعة، ويقدّم المطابقة التامة.',
  searchIdle: 'اكتب كلمة أو عبارة للبحث في كل التقارير.',
  searching: 'جارٍ البحث…',
  resultCount: (total) => (total === 0 ? 'لا نتائج' : `${reports(total)} مطابق`),
  partialResults: 'لا تقرير يحوي كل الكلمات؛ هذه أقرب النتائج الجزئية.',
  partialBadge: 'جزئي',
  partialBadgeTitle: 'يطابق بعض كلمات البحث لا كلها',
  noResults: 'لا نتائج لهذا البحث.',
  loadMore: 'عرض المزيد',
  searchFailed: (reason) => `تعذّر البحث: ${reason}`,
  resultsLabel: 'نتائج البحث',

  readerEmptyTitle: 'لا تقرير مفتوح',
  readerEmptyHint: 'افتح تقريرًا من المكتبة أو من نتائج البحث. تبقى عدة تقارير مفتوحة في ألسنة للمقارنة.',
  openTabsLabel: 'التقارير المفتوحة',
  closeTab: (title) => `إغلاق «${title}»`,
  smallerText: 'تصغير الخط',
  largerText: 'تكبير الخط',
  tighterLines: 'تقليل تباعد الأسطر',
  looserLines: 'زيادة تباعد الأسطر',
  fontSizeValue: (size) => `${size} px`,
  lineHeightValue: (height) => height.toFixed(1),
  showBoilerplate: 'إظهار النصوص الملحقة',
  boilerplateTitle: 'نصوص ملحقة بالصفحة (تعليقات، روابط «اقرأ أيضًا»…) تظهر باهتة',
  findLabel: 'البحث داخل التقرير',
  findPlaceholder: 'ابحث في هذا التقرير',
  previousHit: 'المطابقة السابقة (Shift+F3)',
  nextHit: 'المطابقة التالية (F3)',
  hitCounter: (current, total) => `${current} / ${total}`,
  noHits: '0 / 0',
  paragraphNumber: (n) => `الفقرة ${n}`,
  warningKinds: {
    'mixed-script': {
      name: 'خلط أبجديات',
      explanation: 'كلمة تجمع حروفًا عربية ولاتينية، وهذا غالبًا أثر تلف أو ترجمة آلية.',
    },
    'replacement-char': {
      name: 'محرف بديل',
      explanation: 'محرف لم يُفكّ ترميزه (�): ضاع جزء من النص الأصلي.',
    },
    mojibake: {
      name: 'ترميز مشوّه',
      explanation: 'نص عربي قُرئ بترميز خاطئ فظهر رموزًا لاتينية غريبة.',
    },
    'control-char': {
      name: 'محرف تحكّم',
      explanation: 'محرف تحكّم غير مرئي في النص، قد يخفي تلاعبًا أو خطأ نسخ.',
    },
  },
  warningMarker: (kind, text) => `تحذير سلامة: ${kind} في «${text}»`,
  documentLoading: 'جارٍ فتح التقرير…',
  documentFailed: (reason) => `تعذّر فتح التقرير: ${reason}`,
  textSettings: 'إعدادات عرض النص',

  detailsEmpty: 'تظهر هنا بيانات التقرير المفتوح.',
  metadataHeading: 'البيانات الوصفية',
  fieldTitle: 'العنوان',
  fieldSource: 'المصدر',
  fieldDate: 'التاريخ',
  fieldUrl: 'الرابط',
  fieldAuthor: 'الكاتب',
  fieldCategory: 'القسم',
  fieldWords: 'الكلمات',
  fieldFormat: 'الصيغة / الترميز',
  fieldSha256: 'SHA-256',
  fieldPath: 'الملف',
  fieldExternalId: 'المعرّف الأصلي',
  fieldImported: 'تاريخ الاستيراد',
  copy: 'نسخ',
  copied: 'نُسخ',
  warningsHeading: (count) => `تحذيرات السلامة (${count})`,
  noWarnings: 'لا تحذيرات: النص سليم الترميز.',
  jumpTo: 'انتقال إلى الموضع',
  annotationsHeading: 'التعليقات التوضيحية',

  importTitle: 'استيراد تقارير',
  importPathsLabel: 'مسارات الملفات أو المجلدات على هذا الجهاز',
  importPathsHint: 'مسار في كل سطر. تُقرأ المجلدات بما فيها من ملفات (txt وhtml وdocx وملفات TREC).',
  importDropHint: 'أو اسحب الملفات والمجلدات وأفلتها هنا',
  importChooseFiles: 'اختيار ملفات…',
  importStart: 'استيراد',
  importCancel: 'إلغاء الاستيراد',
  importClose: 'إغلاق',
  importPhase: {
    scanning: 'فحص الملفات',
    reading: 'قراءة الملفات',
    indexing: 'بناء الفهرس',
    saving: 'الحفظ',
    done: 'اكتمل',
  },
  importProgress: (done, total) =>
    total > 0 ? `${done.toLocaleString('ar-u-nu-latn')} من ${total.toLocaleString('ar-u-nu-latn')}` : `${done}`,
  importReportTitle: 'تقرير الاستيراد',
  importCancelled: 'أُلغي الاستيراد؛ حُفظ ما اكتمل قبل الإلغاء.',
  importAdded: 'أضيف',
  importUpdated: 'حُدّث',
  importUnchanged: 'بلا تغيير',
  importDuplicates: 'مكرر',
  importErrors: 'أخطاء',
  importWarnings: 'تحذيرات سلامة',
  importDuplicateOf: (id) => `نسخة مطابقة من ${id}`,
  importSummary: (scanned, seconds) =>
    `فُحص ${countOf(scanned, { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفان', few: 'ملفات', many: 'ملفًا' })} في ${seconds.toLocaleString('ar-u-nu-latn', { maximumFractionDigits: 1 })} ث`,
  importFailed: (reason) => `تعذّر الاستيراد: ${reason}`,
  importAnother: 'استيراد المزيد',
  importRunning: 'الاستيراد جارٍ…',
};
