import { queryNoticeText } from '../../src-shared/queryNoticeText';
import { warningKindText } from '../../src-shared/warningKindText';
import { annotationStringsAr } from '../annotations/i18n/annotationStringsAr';
import { compareStringsAr } from '../compare/i18n/compareStringsAr';
import { reportStringsAr } from '../report/i18n/reportStringsAr';
import { lexiconStringsAr } from '../lexicons/i18n/lexiconStringsAr';
import type { Strings } from './Strings';
import { arabicCount } from '../../src-shared/arabicCount';
import { formatNumber } from '../../src-shared/formatNumber';

const reports = (count: number) =>
  arabicCount(count, { zero: 'لا تقارير', one: 'تقرير واحد', two: 'تقريران', few: 'تقارير', many: 'تقريرًا' });
/** The adjective agrees with the counted noun: مطابق، مطابقان، مطابقة (plural)، مطابقًا (accusative). */
const matchingReports = (count: number) =>
  arabicCount(count, {
    zero: 'لا نتائج',
    one: 'تقرير واحد مطابق',
    two: 'تقريران مطابقان',
    few: 'تقارير مطابقة',
    many: 'تقريرًا مطابقًا',
  });

export const ar: Strings = {
  ...annotationStringsAr,
  ...compareStringsAr,
  ...reportStringsAr,
  ...lexiconStringsAr,
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
  searchShortcutHint: 'ابحث من أي مكان بـ\u2068Ctrl+K\u2069',
  showSidePanel: 'المكتبة والبحث',
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
    shown === total ? reports(total) : `${formatNumber(shown, 'ar')} من ${reports(total)}`,
  libraryEmpty: 'المكتبة فارغة. استورد ملفات أو مجلدًا للبدء.',
  libraryNoMatch: 'لا تقارير تطابق عوامل التصفية.',
  wordsCount: (count) =>
    arabicCount(count, { zero: 'لا كلمات', one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمة' }),
  warningsCount: (count) =>
    arabicCount(count, { zero: 'لا تحذيرات', one: 'تحذير واحد', two: 'تحذيران', few: 'تحذيرات', many: 'تحذيرًا' }),
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
  resultCount: matchingReports,
  resultCountTyped: (total, typed) => {
    // Of two reports, the dual: «واحد منهما».
    const of = total === 2 ? 'منهما' : 'منها';
    return `${matchingReports(total)}، ${arabicCount(typed, { zero: `لا شيء ${of}`, one: `واحد ${of}`, two: `اثنان ${of}`, few: of, many: of })} بالكلمات كما كُتبت`;
  },
  partialResults: 'لا تقرير يحوي كل الكلمات؛ هذه أقرب النتائج الجزئية.',
  partialBadge: 'جزئي',
  partialBadgeTitle: 'يطابق بعض كلمات البحث لا كلها',
  noResults: 'لا نتائج لهذا البحث.',
  loadMore: 'عرض المزيد',
  searchFailed: (reason) => `تعذّر البحث: ${reason}`,
  ...queryNoticeText.ar,
  resultsLabel: 'نتائج البحث',

  readerEmptyTitle: 'لا تقرير مفتوح',
  readerEmptyHint: 'افتح تقريرًا من المكتبة أو من نتائج البحث. تبقى عدة تقارير مفتوحة في ألسنة للمقارنة.',
  openTabsLabel: 'التقارير المفتوحة',
  closeTab: (title) => `إغلاق «${title}»`,
  smallerText: 'تصغير الخط',
  largerText: 'تكبير الخط',
  tighterLines: 'تقليل تباعد الأسطر',
  looserLines: 'زيادة تباعد الأسطر',
  fontSizeValue: (size) => `${size} بكسل`,
  lineHeightValue: (height) => height.toFixed(1),
  showBoilerplate: 'إظهار النصوص الملحقة',
  boilerplateTitle: 'نصوص ملحقة بالصفحة (تعليقات، روابط «اقرأ أيضًا»…) تظهر باهتة',
  findLabel: 'البحث داخل التقرير',
  findPlaceholder: 'ابحث في هذا التقرير',
  previousHit: 'المطابقة السابقة (Shift+F3)',
  nextHit: 'المطابقة التالية (F3)',
  hitCounter: (current, total) => `${formatNumber(current, 'ar')} / ${formatNumber(total, 'ar')}`,
  noHits: '0 / 0',
  paragraphNumber: (n) => `الفقرة ${formatNumber(n, 'ar')}`,
  warningKinds: warningKindText.ar,
  warningMarker: (kind, text) => `عيب في النص: ${kind} في «${text}»`,
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
  technicalHeading: 'تفاصيل تقنية',
  fieldImported: 'تاريخ الاستيراد',
  copy: 'نسخ',
  copied: 'نُسخ',
  warningsHeading: (count) => `عيوب في النص (${formatNumber(count, 'ar')})`,
  noWarnings: 'لا تحذيرات: النص سليم الترميز.',
  jumpTo: 'انتقال إلى الموضع',
  annotationsHeading: 'التعليقات التوضيحية',

  importTitle: 'استيراد تقارير',
  importPathsLabel: 'مسارات الملفات أو المجلدات على هذا الجهاز',
  importPathsHint: 'مسار في كل سطر. تُقرأ المجلدات بكل ما فيها.',
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
    total > 0 ? `${formatNumber(done, 'ar')} من ${formatNumber(total, 'ar')}` : formatNumber(done, 'ar'),
  importReportTitle: 'تقرير الاستيراد',
  importCancelled: 'أُلغي الاستيراد؛ حُفظ ما اكتمل قبل الإلغاء.',
  importAdded: 'أضيف',
  importUpdated: 'حُدّث',
  importUnchanged: 'بلا تغيير',
  importDuplicates: 'مكرر',
  importErrors: 'أخطاء',
  importWarnings: 'عيوب في النصوص',
  importDuplicateOf: (id) => `نسخة مطابقة من ${id}`,
  importSummary: (scanned, seconds) =>
    `فُحص ${arabicCount(scanned, { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفان', few: 'ملفات', many: 'ملفًا' })} في ${formatNumber(seconds, 'ar', 1)} ث`,
  importFailed: (reason) => `تعذّر الاستيراد: ${reason}`,
  importAnother: 'استيراد المزيد',
  importRunning: 'الاستيراد جارٍ…',
  importFormatsHint:
    'يقرأ النصوص (\u2068.txt\u2069) و\u2068Markdown\u2069 (\u2068.md\u2069) وصفحات الويب (\u2068.html\u2069 و\u2068.htm\u2069) ' +
    'وملفات \u2068Word\u2069 (\u2068.docx\u2069) و\u2068JSON Lines\u2069 (\u2068.jsonl\u2069، تقرير في كل سطر) ' +
    'وملفات \u2068TREC\u2069 (\u2068<DOC>\u2069)؛ ويُقرأ المجلد بكل ما فيه.',
  qdpxHeading: 'مشروع \u2066REFI-QDA (.qdpx)\u2069',
  qdpxExplanation:
    'مشروع من \u2068NVivo\u2069 أو \u2068ATLAS.ti\u2069 أو \u2068MAXQDA\u2069 أو \u2068QualCoder\u2069 أو قارِن: ' +
    'تصير مصادره النصية تقارير، وتأتي معها رموزه ومقتطفاته وملاحظاته ومذكراته. يُرفض الملف المعيب كله.',
  qdpxChoose: 'اختيار ملف مشروع…',
  qdpxImporting: 'جارٍ استيراد المشروع…',
  qdpxDone: (r) => {
    const d = (n: number) => formatNumber(n, 'ar');
    return (
      `استُورد المشروع: تقارير جديدة ${d(r.reportsAdded)} (وموجودة من قبل ${d(r.reportsKnown)})، ` +
      `مقتطفات ${d(r.highlights)}، رموز جديدة ${d(r.codesCreated)}، مذكرات ${d(r.memos)}.`
    );
  },
  qdpxSkippedSources: (names) => `تُركت (ليست نصًا): ${names}`,
  qdpxFailed: (reason) => `لم يُستورد شيء: ${reason}`,
  importChooseFolder: 'اختيار مجلد…',
  importSelected: (count) =>
    arabicCount(count, {
      zero: 'لم يُختر أي ملف',
      one: 'اختير ملف واحد',
      two: 'اختير ملفان',
      few: 'ملفات مختارة',
      many: 'ملفًا مختارًا',
    }),
  importClearSelection: 'مسح الاختيار',
  importAdvanced: 'متقدم: مسارات على الجهاز الخادم',
  importAdvancedHint:
    'داخل المجلدات المسموح بها عند تشغيل الخادم فقط (\u2068qarin serve --allow-import-from FOLDER\u2069).',
  importUploading: 'رفع الملفات',
  importNotAllowed:
    'لم يُختر هذا المسار هنا: اختر ملفات أو مجلدًا، أو أفلتها على النافذة، أو شغّل الخادم مع \u2068--allow-import-from\u2069.',
  importRefused: {
    'too-large': (limitMb) => `أكبر من ${formatNumber(limitMb, 'ar')} ميغابايت، وهو حد الملف الواحد`,
    'bad-name': 'لا يصلح اسمه اسمًا لملف',
    'duplicate-name': 'في هذا الرفع ملف آخر بالاسم نفسه',
    'unknown-upload': 'أُلغي الرفع قبل وصول هذا الملف',
    'write-failed': (detail) => `تعذّر حفظه: ${detail}`,
    network: (detail) => `تعذّر إرساله: ${detail}`,
  },
};
