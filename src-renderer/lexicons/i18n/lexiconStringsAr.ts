import { arabicCount } from '../../../src-shared/arabicCount';
import type { LexiconStrings } from './LexiconStrings';

/** Latin shown as written (a code, an id, an address), isolated so it cannot reorder the Arabic line. */
const latin = (text: string) => `\u2066${text}\u2069`;

export const lexiconStringsAr: LexiconStrings = {
  lexiconsButton: 'المعاجم',
  lexiconsButtonHint: 'أضف ألقابًا وأماكن وصياغات مشحونة يعرفها جدول الوقائع',
  lexiconsTitle: 'معاجم الوقائع: إضافاتك',
  lexiconsIntro:
    'يتعرف جدول الوقائع على الألقاب والأماكن والصياغات المشحونة من قوائم مرفقة بالتطبيق، وما تضيفه هنا يوسّعها في هذا المشروع.',
  lexiconKindLabel: 'نوع المدخل',
  lexiconKinds: {
    title: 'لقب أو رتبة',
    place: 'مكان أو مؤسسة',
    framing: 'صياغة مشحونة',
    'given-name': 'اسم علم',
    'speech-verb': 'فعل قول',
  },
  lexiconTitleText: 'اللقب كما يُكتب قبل الاسم',
  lexiconTitleKindLabel: 'موضعه',
  lexiconTitleKinds: { rank: 'قبل الاسم مباشرة (رتبة)', role: 'قبل الاسم وقد تفصل بينهما كلمات (صفة)' },
  lexiconPlaceName: 'الاسم',
  lexiconPlaceKindLabel: 'نوع المكان',
  lexiconPlaceKinds: {
    country: 'بلد',
    capital: 'عاصمة',
    city: 'مدينة أو بلدة',
    region: 'منطقة',
    organisation: 'مؤسسة',
  },
  lexiconPlaceCountry: `رمز البلد (اختياري، مثل ${latin('LY')})`,
  lexiconPlaceAliases: 'أسماء أخرى (اختياري)',
  lexiconFramingSet: 'المجموعة',
  lexiconFramingSetHint: `مجموعة مرفقة (${['death', 'fighters', 'armed-force', 'takeover', 'attack'].map(latin).join('، ')}…) أو اسم جديد`,
  lexiconFramingMember: 'الصياغة',
  lexiconFramingForms: 'صيغها',
  lexiconListHint: 'افصل بين أكثر من واحدة بـ |',
  lexiconAdd: 'أضف',
  lexiconAdded: (name) => `أُضيف «${name}».`,
  lexiconEntriesHeading: (count) =>
    arabicCount(count, { zero: 'لا إضافات', one: 'إضافة واحدة', two: 'إضافتان', few: 'إضافات', many: 'إضافة' }),
  lexiconNoEntries: 'لا إضافات بعد.',
  lexiconRemove: (name) => `احذف «${name}»`,
  lexiconProblemsHeading: 'أسطر وملفات تُركت',
  lexiconFolderNote: `تُحفظ نصًا، مدخلًا في كل سطر (انظر ${latin('README')})، في `,
  gazetteerSourcesHeading: 'مصادر المعجم الجغرافي المرفق',
  gazetteerSources: [
    `أسماء المدن والعواصم: جيونيمز (${latin('geonames.org')})، برخصة المشاع الإبداعي نسب المصنَّف 4.0 (${latin('CC-BY 4.0')})، كما تحزمها دبيان في ${latin('libgeonames-common')}.`,
    `أسماء البلدان: ${latin('world-countries')} لمحمد لو دوز (${latin('github.com/mledoze/countries')})، برخصة قواعد البيانات المفتوحة 1.0 (${latin('ODbL')}).`,
    `المؤسسات وبعض البلدات الليبية: كُتبت لقارِن، ملك عام (${latin('CC0')}).`,
  ],
};
