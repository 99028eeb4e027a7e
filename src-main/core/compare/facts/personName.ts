import { normalizeArabic } from '../../arabic';
import { isUnbroken, type FactText } from './factText';

/**
 * Words that end a name: prepositions, particles, pronouns and time words. A name in a report is
 * followed by one of these, by punctuation, or by a verb; the first two are what can be told apart
 * without a parser, which is why names are read at most MAX_NAME_WORDS long.
 */
const NAME_ENDERS = new Set(
  [
    'في',
    'من',
    'إلى',
    'الى',
    'على',
    'عن',
    'مع',
    'أن',
    'إن',
    'ان',
    'أنه',
    'إنه',
    'انه',
    'أنها',
    'إنها',
    'الذي',
    'التي',
    'الذين',
    'خلال',
    'بعد',
    'قبل',
    'حول',
    'أمام',
    'منذ',
    'عند',
    'لدى',
    'ضد',
    'بين',
    'دون',
    'حيث',
    'كما',
    'لكن',
    'أو',
    'ثم',
    'قد',
    'لقد',
    'كان',
    'كانت',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'هو',
    'هي',
    'هم',
    'أمس',
    'اليوم',
    'غدا',
    'يوم',
    'الأحد',
    'الاثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
    'لا',
    'لم',
    'لن',
    'ما',
    'إذ',
    'إذا',
    'عبر',
    'نحو',
    'أيضا',
    'فقط',
    'مثل',
    'وسط',
    'برئاسة',
    'بحضور',
    'بشأن',
    'رفقة',
    'بصفته',
    'منهم',
    'منها',
    'منه',
    'فيها',
    'فيه',
    'فيهم',
    'عليها',
    'عليه',
    'عليهم',
    'لهم',
    'لها',
    'له',
    'بحيث',
    'أصل',
  ].map(normalizeArabic),
);

/** First names that begin with و, which would otherwise read as «and» + a new word. */
const NAMES_WITH_WAW = new Set(
  ['وليد', 'وائل', 'وسام', 'وحيد', 'وفاء', 'وداد', 'وهبي', 'وصفي', 'وجدي'].map(normalizeArabic),
);

export const MAX_NAME_WORDS = 4;

/** First parts of compound names, after which a word with the article still belongs to the name. */
const COMPOUND_FIRST_PARTS = new Set(['عبد', 'ابو', 'ام', 'بن', 'ابن', 'بنت', 'سيف', 'نور', 'صلاح', 'عز', 'شمس']);

export function endsName(word: string): boolean {
  return NAME_ENDERS.has(word);
}

/**
 * Folding ى into ي makes the name «علي» and the preposition «على» one word; as written they differ,
 * and a name is taken only where the report wrote «علي».
 */
function isNameAli(text: FactText, index: number): boolean {
  const word = text.words[index]!;
  return word.exact === 'علي' && /ي[\u064B-\u065F]*$/.test(text.document.text.slice(word.start, word.end));
}

/**
 * How many words from words[at] read as a name: up to MAX_NAME_WORDS that follow each other without
 * punctuation, stopping at a name-ending word, at `stop` (a title or a reporting verb), and at a word
 * that starts with و after the first («خالد المحجوب والعميد…»).
 */
export function nameLength(text: FactText, at: number, stop: (index: number) => boolean): number {
  const { words } = text;
  let length = 0;
  while (length < MAX_NAME_WORDS && at + length < words.length) {
    const index = at + length;
    const word = words[index]!;
    if (length > 0 && !isUnbroken(words, index - 1, index + 1)) break;
    if (!/^[\u0621-\u064A]+$/.test(word.exact) || stop(index)) break;
    if (endsName(word.exact) && !isNameAli(text, index)) break;
    if (length > 0 && word.exact.startsWith('و') && !NAMES_WITH_WAW.has(word.exact)) break;
    length++;
    // A family name with the article ends the name («خالد المحجوب»), unless it completes a compound
    // given name («عبد الحميد الدبيبة»): what follows is a description («تنغاري المفتش السابق»).
    if (length > 1 && word.exact.startsWith('ال') && !COMPOUND_FIRST_PARTS.has(words[index - 1]!.exact)) break;
  }
  return length;
}
