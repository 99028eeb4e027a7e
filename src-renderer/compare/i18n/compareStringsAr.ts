import { arabicCount } from '../../../src-shared/arabicCount';
import { formatNumber } from '../../../src-shared/formatNumber';
import type { CompareStrings } from './CompareStrings';

const number = (value: number) => formatNumber(value, 'ar');

const reports = (count: number) =>
  arabicCount(count, { zero: 'لا تقارير', one: 'تقرير واحد', two: 'تقريران', few: 'تقارير', many: 'تقريرًا' });
const facts = (count: number) =>
  arabicCount(count, { zero: 'لا وقائع', one: 'واقعة واحدة', two: 'واقعتان', few: 'وقائع', many: 'واقعةً' });
const passages = (count: number) =>
  arabicCount(count, {
    zero: 'بلا مقاطع مشتركة',
    one: 'مقطع مشترك واحد',
    two: 'مقطعان مشتركان',
    few: 'مقاطع مشتركة',
    many: 'مقطعًا مشتركًا',
  });

const passageCount = (count: number) =>
  arabicCount(count, { zero: 'لا مقاطع', one: 'مقطع واحد', two: 'مقطعان', few: 'مقاطع', many: 'مقطعًا' });
const words = (count: number) =>
  arabicCount(count, { zero: 'لا كلمات', one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمةً' });

export const compareStringsAr: CompareStrings = {
  compareAction: 'قارن',
  compareSelected: (count) => `قارن (${reports(count)})`,
  compareNeedsTwo: 'اختر من تقريرين إلى أربعة للمقارنة.',
  clearPicked: 'إلغاء الاختيار',
  pickHint: 'Ctrl أو ⌘ مع النقر، أو المسافة، يختار عدة تقارير للمقارنة، و Ctrl+Enter يقارنها.',
  compareWith: 'قارن مع…',
  compareTab: (count) => `المقارنة (${number(count)})`,
  compareViewLabel: 'مقارنة التقارير جنبًا إلى جنب',
  addColumn: 'أضف تقريرًا',
  closeColumn: (title) => `أغلق عمود «${title}»`,
  makeBase: 'اجعله الأساس',
  baseBadge: 'الأساس',
  scrollLock: 'تمرير متزامن بالمحاذاة',
  alignedRows: 'صفوف متحاذية',
  alignedRowsHint: 'كل جملة مع نظيراتها في صف واحد عبر الأعمدة، والجمل المنفردة في صفوف خاصة بها',
  showPanels: 'أظهر اللوحات الجانبية',
  hidePanels: 'أخفِ اللوحات الجانبية',
  factsToggle: 'جدول الوقائع',
  comparing: 'جارٍ المقارنة…',
  compareFailed: (reason) => `تعذّرت المقارنة: ${reason}`,
  compareAddAnother: 'أضف تقريرًا آخر على الأقل لتبدأ المقارنة.',
  pickerTitle: 'اختر تقريرًا للمقارنة',
  pickerSearch: 'ابحث في العناوين',
  pickerSimilar: 'الأشبه بهذا التقرير',
  pickerLibrary: 'المكتبة',
  pickerNone: 'لا تقارير مطابقة.',
  pickerClose: 'إغلاق',
  similarShare: (percent, count) => `${number(percent)}٪ مشترك، ${passages(count)}`,
  legendLabel: 'مفتاح الألوان',
  legendPassage: 'مقطع مشترك',
  legendUnique: 'جملة ينفرد بها',
  legendMoved: 'جملة منقولة',
  legendDifference: 'كلمة مختلفة',
  legendMinor: 'فرق إملائي',
  heatMapLabel: 'خريطة التباين على طول التقرير الأساس',
  heatMapStretch: (percent) => `تشترك التقارير الأخرى في ${number(percent)}٪ من هذه الجملة`,
  factsHeading: (count) => `الوقائع (${facts(count)})`,
  factsEmpty: 'لم تُستخرج وقائع من هذه التقارير.',
  factKinds: { person: 'شخص', number: 'عدد', quote: 'اقتباس', place: 'مكان', wording: 'صياغة' },
  factKindHeading: 'النوع',
  factLabelHeading: 'الواقعة',
  factDisagreeHeading: 'الاتفاق',
  factDisagree: 'مختلف',
  factAgree: 'متفق',
  factSilent: '—',
  factCellJump: (text) => `انتقل إلى «${text}» في كل الأعمدة`,
  exportCsv: 'تصدير CSV',
  exportMarkdown: 'تصدير Markdown',
  factsFileName: 'وقائع-المقارنة',
  publishedFirst: (name, when) => `نُشر أولًا في «${name}»${when ? `، ${when}` : ''}`,
  publishedFirstHere: 'نُشر هذا المقطع هنا أولًا',
  legendFirst: 'الأسبق نشرًا',
  passagesToggle: 'المقاطع المشتركة',
  passagesHeading: (count) => `المقاطع المشتركة (${passageCount(count)})`,
  passagesEmpty: 'لا مقاطع مشتركة بين هذه التقارير.',
  passageWords: (count) => words(count),
  passageIn: (count) => `في ${reports(count)}`,
  passageProvenanceUnknown: 'لا تواريخ تبيّن من نشره أولًا',
  passageJump: 'انتقل إلى المقطع في كل الأعمدة',
  timelineToggle: 'الخط الزمني',
  timelineLabel: 'من نشر ماذا ومتى',
  timelineOpen: (title) => `افتح «${title}»`,
  timelineUndated: 'بلا تاريخ',
  timelineCompare: 'قارن القصة جنبًا إلى جنب',
  makeBaseKey: 'اجعل هذا التقرير الأساس (Ctrl+B)',
  columnKeysHint: 'Ctrl+← و Ctrl+→ للتنقل بين الأعمدة، Ctrl+B لجعل العمود الأساس، Ctrl+Delete لإغلاقه',
  storiesHeading: 'قصص ترويها عدة تقارير',
  storyReports: (count) => reports(count),
};
