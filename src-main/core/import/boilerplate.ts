import type { Span } from '../text/span';
import { isWhiteSpace } from '../text/whiteSpace';
import { fold, shapeOf, type LineShape } from './lineShape';

/**
 * Finds the lines a web page wraps around a report: comment counters, share and print prompts,
 * "read also" links, source footers, copyright and disclaimers, navigation, and the run of short
 * credit/date lines at the end. It works by rules over the shape of a line (how short it is, what
 * kind of words it is made of, which label it starts with), not by a list of known lines, so it
 * carries over to outlets it has never seen. A real sentence is long and made of content words;
 * every rule caps the line's length so such sentences are not flagged.
 *
 * Rules marked `tail` only fire in the block of lines at the very end of the text: a lone date or
 * a "* نقلا عن ..." line there is a footer, while the same shape mid-text may be content.
 */

export type BoilerplateRule =
  | 'comment-counter'
  | 'read-also'
  | 'follow-us'
  | 'click-here'
  | 'interface-words'
  | 'copyright'
  | 'disclaimer'
  | 'read-at-source'
  | 'about-source'
  | 'source-label'
  | 'byline-label'
  | 'dateline-label'
  | 'breadcrumb'
  | 'tags'
  | 'no-letters'
  | 'date-only'
  | 'attribution'
  | 'agency-credit'
  | 'footer-continuation';

export interface BoilerplateLine extends Span {
  rule: BoilerplateRule;
}

interface Rule {
  name: BoilerplateRule;
  where: 'anywhere' | 'tail';
  maxWords: number;
  matches(shape: LineShape): boolean;
}

/** Words of page chrome: sharing, printing, social networks, navigation, and their glue. */
const INTERFACE_WORDS = new Set(
  [
    // share / send / print / save
    'شارك',
    'شاركي',
    'شاركوا',
    'مشاركه',
    'المشاركه',
    'انشر',
    'نشر',
    'طباعه',
    'اطبع',
    'الطباعه',
    'ارسل',
    'ارسال',
    'لصديق',
    'صديق',
    'بريد',
    'البريد',
    'الكتروني',
    'الالكتروني',
    'نسخ',
    'انسخ',
    'الرابط',
    'رابط',
    'حفظ',
    'احفظ',
    'share',
    'print',
    'email',
    'e-mail',
    'mail',
    'tweet',
    'copy',
    'link',
    'save',
    'send',
    // networks
    'فيسبوك',
    'فيس',
    'بوك',
    'تويتر',
    'اكس',
    'واتساب',
    'واتس',
    'اب',
    'تلغرام',
    'تليغرام',
    'تيليجرام',
    'لينكدان',
    'لينكد',
    'ان',
    'انستغرام',
    'انستجرام',
    'يوتيوب',
    'ماسنجر',
    'سناب',
    'شات',
    'تيك',
    'توك',
    'facebook',
    'twitter',
    'x',
    'whatsapp',
    'telegram',
    'linkedin',
    'instagram',
    'youtube',
    'pinterest',
    'reddit',
    'messenger',
    // navigation
    'الرئيسيه',
    'الصفحه',
    'العوده',
    'عوده',
    'للاعلي',
    'الاعلي',
    'اعلي',
    'التالي',
    'السابق',
    'المزيد',
    'القائمه',
    'بحث',
    'اغلاق',
    'تسجيل',
    'الدخول',
    'home',
    'next',
    'previous',
    'prev',
    'back',
    'top',
    'more',
    'menu',
    'search',
    'close',
    'login',
    // glue
    'هذا',
    'هذه',
    'الخبر',
    'المقال',
    'المقاله',
    'الموضوع',
    'الصفحه',
    'عبر',
    'علي',
    'مع',
    'في',
    'الي',
    'اصدقائك',
    'this',
    'article',
    'story',
    'on',
    'via',
    'to',
    'with',
    'the',
    'a',
    'by',
    'page',
  ].map(fold),
);

/** Interface words that on their own make a line chrome (glue words alone do not). */
const INTERFACE_ACTIONS =
  /(شارك|مشاركه|طباعه|اطبع|ارسل|نسخ|حفظ|فيسبوك|تويتر|واتس|تلغرام|تليغرام|تيليجرام|لينكد|انستغرام|يوتيوب|الرئيسيه|التالي|السابق|المزيد|للاعلي|share|print|mail|tweet|facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|home|next|previous|back|more)/;

const SOCIAL_OR_APP =
  /(فيسبوك|فيس بوك|تويتر|انستغرام|انستجرام|انستقرام|يوتيوب|تلغرام|تليغرام|تيليجرام|واتساب|واتس اب|لينكد|سناب|تيك توك|النشره البريديه|نشرتنا|قناتنا|صفحتنا|حسابنا|حساباتنا|تطبيق|facebook|twitter|instagram|youtube|telegram|whatsapp|linkedin|newsletter|\bapp\b)/;

const WIRE_AGENCIES =
  /(^|[\s/(-])(ا ف ب|ا\.ف\.ب|رويترز|وكالات|د ب ا|ا ب|ا ش ا|واس|وام|قنا|سانا|كونا|بترا|الاناضول|afp|reuters|ap|dpa|anadolu)($|[\s/)-])/;

const MONTHS_AND_DAYS =
  /^(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|الاول|الثاني|جانفي|فيفري|افريل|ماي|جوان|جويليه|اوت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|ص|م|صباحا|مساء|مساءا|بتوقيت|غرينتش|gmt|utc|am|pm|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[,.،]?$/;

const COMMENT_WORD = /^[(]?(ال)?(تعليق|تعليقات|تعليقان|تعليقا|تعليقك|تعليقكم|comment|comments)[):]?$/;
const COMMENT_WIDGET_WORDS = new Set([
  'اضف',
  'اترك',
  'اكتب',
  'شارك',
  'برايك',
  'لا',
  'توجد',
  'يوجد',
  'عرض',
  'اظهار',
  'اخفاء',
  'جميع',
  'كل',
  'مغلقه',
  'كن',
  'اول',
  'من',
  'يعلق',
  'add',
  'leave',
  'write',
  'post',
  'view',
  'show',
  'hide',
  'all',
  'no',
  'a',
  'be',
  'the',
  'first',
  'to',
]);

const SENTENCE_PUNCTUATION = /[.!?؟،,:؛]/;
const ENDS_AS_SENTENCE = /[.!?؟]$/;

const RULES: Rule[] = [
  {
    name: 'comment-counter',
    where: 'anywhere',
    maxWords: 6,
    // «تعليق» also means "suspension" and «رفض التعليق» is news, so the line must be made only of
    // comment words, counts and widget verbs.
    matches: ({ words }) =>
      words.some((word) => COMMENT_WORD.test(word)) &&
      words.every((word) => COMMENT_WORD.test(word) || COMMENT_WIDGET_WORDS.has(word) || /^[\p{N}()]+$/u.test(word)),
  },
  {
    name: 'read-also',
    where: 'anywhere',
    maxWords: 20,
    matches: ({ folded, wordCount }) =>
      /^[^\p{L}\p{N}]*(اقرا|طالع|شاهد|انظر|راجع|read|see|watch)\s+(ايضا|كذلك|المزيد|also|more)(?![\p{L}\p{N}])/u.test(
        folded,
      ) ||
      (wordCount <= 5 &&
        /^[^\p{L}\p{N}]*(المزيد من|مزيد من|more)\s+(الاخبار|الاخبار|المقالات|الفيديوهات|الصور|التفاصيل|news|stories|articles|videos)/u.test(
          folded,
        )) ||
      (wordCount <= 5 &&
        /(اخبار|مواضيع|مقالات|قصص|مواد|روابط|تقارير)\s+(ذات صله|متعلقه|مشابهه|مقترحه|قد تهمك)|^(ذات صله|قد يهمك ايضا|قد يعجبك ايضا)|related (articles|stories|news|posts|content)|you may also like/.test(
          folded,
        )),
  },
  {
    name: 'follow-us',
    where: 'anywhere',
    maxWords: 12,
    // The imperative must open the line and the line must not read as a finished sentence: «انضم
    // ترامب إلى تويتر عام 2009.» is news, «تابعونا على تويتر» is chrome.
    matches: ({ folded }) =>
      /^[^\p{L}\p{N}]*(تابعونا|تابعوا|اشترك|اشتركوا|انضم|انضموا|حمل|حملوا|نزل|follow|subscribe|join|download|get)\s/u.test(
        folded,
      ) &&
      SOCIAL_OR_APP.test(folded) &&
      !ENDS_AS_SENTENCE.test(folded),
  },
  {
    name: 'click-here',
    where: 'anywhere',
    maxWords: 12,
    matches: ({ folded }) => /(اضغط|انقر|اضغطوا|انقروا|click|tap)\s+(هنا|here)|للمزيد\s+(اضغط|انقر)/.test(folded),
  },
  {
    name: 'interface-words',
    where: 'anywhere',
    maxWords: 10,
    matches: (shape) =>
      shape.wordCount > 0 &&
      INTERFACE_ACTIONS.test(shape.folded) &&
      shape.words.every((word) => INTERFACE_WORDS.has(word.replace(/[^\p{L}\p{N}-]/gu, ''))),
  },
  {
    name: 'copyright',
    where: 'anywhere',
    maxWords: 25,
    matches: ({ folded }) =>
      /©|\(c\)\s*\d{4}|copyright|all rights reserved|(جميع|كافه)\s+الحقوق\s+محفوظه|الحقوق\s+محفوظه|حقوق\s+(النشر|الطبع|الملكيه)(\s+والتوزيع)?\s+محفوظه/.test(
        folded,
      ),
  },
  {
    name: 'disclaimer',
    where: 'anywhere',
    maxWords: 20,
    matches: ({ folded }) =>
      /(تعبر|تمثل|يعبر|يمثل)\s+(عن\s+)?(راي|رأي|وجهه نظر|اراء)\s+(كاتب|كتاب|صاحب|اصحاب|المؤلف|الكاتب)|views expressed|do not necessarily reflect/.test(
        folded,
      ),
  },
  {
    name: 'read-at-source',
    where: 'anywhere',
    maxWords: 15,
    // "read the story at its source": a reading verb, a source word and a story word together. A
    // finished sentence with all three is rare but possible, so it also needs the voice of a prompt.
    matches: ({ folded }) =>
      /(قراءه|تصفح|مطالعه|متابعه|زياره|اقرا|read|view|continue)/.test(folded) &&
      /(المصدر|مصدر|الموقع الاصلي|الرابط الاصلي|source|original)/.test(folded) &&
      /(الخبر|المقال|التفاصيل|الموضوع|القصه|article|story|full)/.test(folded) &&
      (!ENDS_AS_SENTENCE.test(folded) || /(يمكنك|يمكنكم|اضغط|انقر|هنا|you can|click|here)/.test(folded)),
  },
  {
    name: 'about-source',
    where: 'anywhere',
    maxWords: 4,
    matches: ({ folded }) =>
      /^(عن|حول)\s+(مصدر الخبر|المصدر|الكاتب|الموقع|المؤلف|الناشر|الكاتبه)\s*:?$|^about (the )?(author|source|publisher)$/.test(
        folded,
      ),
  },
  {
    name: 'source-label',
    where: 'anywhere',
    maxWords: 10,
    matches: ({ folded }) => /^[*\s]*(مصدر الخبر|المصدر|المصادر|source|sources|via)\s*[:：/|\-–—]/.test(folded),
  },
  {
    name: 'byline-label',
    where: 'anywhere',
    maxWords: 8,
    // A byline is a label and a name. Transcripts also open lines with a speaker label («مراسلة:
    // هل ...؟»), so what follows the label must not read as a sentence.
    matches: ({ folded, wordCount }) =>
      ((/^[*\s]*(بقلم|كتب|كتبت|اعداد|تحرير|ترجمه|تصوير|by|written by|photo)\s*[:：/|\-–—]/.test(folded) &&
        wordCount <= 6) ||
        (wordCount <= 6 && /^بقلم\s/.test(folded))) &&
      !/[.!?؟]/.test(folded),
  },
  {
    name: 'dateline-label',
    where: 'anywhere',
    maxWords: 10,
    matches: ({ folded }) =>
      /^(اخر تحديث|تاريخ النشر|تاريخ الاضافه|نشر في|نشر بتاريخ|تم النشر|تم التحديث|published|updated|last updated)(?![\p{L}])/u.test(
        folded,
      ) && /\p{N}/u.test(folded),
  },
  {
    name: 'breadcrumb',
    where: 'anywhere',
    maxWords: 12,
    matches: ({ folded }) => /^(الرئيسيه|الصفحه الرئيسيه|home)\s*[»>›/|]/.test(folded),
  },
  {
    name: 'tags',
    where: 'anywhere',
    maxWords: 25,
    matches: ({ folded }) =>
      /^(الوسوم|وسوم|الكلمات المفتاحيه|كلمات مفتاحيه|الكلمات الداله|كلمات داله|tags|keywords|topics)\s*[:：]/.test(
        folded,
      ),
  },
  { name: 'no-letters', where: 'tail', maxWords: 12, matches: ({ folded }) => !/\p{L}/u.test(folded) },
  {
    name: 'date-only',
    where: 'tail',
    maxWords: 10,
    matches: ({ words }) =>
      words.some((word) => /\p{N}/u.test(word)) &&
      words.every((word) => /^[\p{N}/.:,،-]+$/u.test(word) || MONTHS_AND_DAYS.test(word)),
  },
  {
    name: 'attribution',
    where: 'tail',
    maxWords: 7,
    matches: ({ folded }) =>
      /^[*\s]*((نقلا|منقول|نقل)\s+عن|خاص\s+(ب|ل)?)\s*[\p{L}"«]/u.test(folded) && !/[،.]\s/.test(folded),
  },
  {
    name: 'agency-credit',
    where: 'tail',
    maxWords: 6,
    matches: ({ folded }) => WIRE_AGENCIES.test(folded) && !/[،.!?؟]$/.test(folded),
  },
];

function matchingRule(shape: LineShape, inTail: boolean): BoilerplateRule | undefined {
  for (const rule of RULES) {
    if (rule.where === 'tail' && !inTail) continue;
    if (shape.wordCount > rule.maxWords) continue;
    if (rule.matches(shape)) return rule.name;
  }
  return undefined;
}

/** A footer's own lines: a site name under "عن مصدر الخبر", an outlet name under a credit. */
function isShortLabel({ folded, wordCount }: LineShape): boolean {
  return wordCount > 0 && wordCount <= 5 && !SENTENCE_PUNCTUATION.test(folded);
}

interface Line extends Span {
  shape: LineShape | undefined;
}

/**
 * No rule accepts more than 25 words, so a line longer than this is prose whatever it says; giving
 * it a shape that no rule accepts spares folding every paragraph of a 30,000-report import.
 */
const LONGEST_BOILERPLATE_LINE = 500;
const PROSE: LineShape = { folded: '', wordCount: LONGEST_BOILERPLATE_LINE, words: [] };
/** The most words any rule accepts (see `maxWords`): a line surely longer is prose too. */
const MOST_BOILERPLATE_WORDS = Math.max(...RULES.map((rule) => rule.maxWords));

/**
 * Whether a line surely has more than MOST_BOILERPLATE_WORDS words once folded, told without
 * folding it: most lines of a report are such sentences, and folding each cost more than the rest
 * of the import worker's analysis. It counts the whitespace-separated pieces holding a character
 * that folding keeps as a letter or digit (ASCII letters and digits, the Arabic letters outside
 * the marks and tatweel `fold` drops): each is a word of `shapeOf`, so the count never exceeds its
 * word count; only some whitespace separates pieces here, which can only merge words, never add one.
 */
function surelyProse(text: string, start: number, end: number): boolean {
  let words = 0;
  let counted = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0) {
      counted = false;
    } else if (
      !counted &&
      ((code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x0621 && code <= 0x063a) ||
        (code >= 0x0641 && code <= 0x064a))
    ) {
      counted = true;
      if (++words > MOST_BOILERPLATE_WORDS) return true;
    }
  }
  return false;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The text's lines as offsets, each with its shape. A line is only copied out of the text when it
 * may be boilerplate: most lines are prose, told from the text itself.
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; ;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const shape = isBlank(text, start, end)
      ? undefined
      : end - start > LONGEST_BOILERPLATE_LINE || surelyProse(text, start, end)
        ? PROSE
        : shapeOf(text.slice(start, end));
    lines.push({ start, end, shape });
    if (newline < 0) return lines;
    start = end + 1;
  }
}

/** Every boilerplate line with the rule that recognised it, in text order. */
export function findBoilerplateLines(text: string): BoilerplateLine[] {
  const lines = splitLines(text);
  const found = new Map<number, BoilerplateRule>();

  // The footer: walk up from the end while lines are boilerplate, with the tail rules enabled.
  let tailTop = lines.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    const shape = lines[index]!.shape;
    if (!shape) continue;
    const rule = matchingRule(shape, true);
    if (rule) {
      found.set(index, rule);
      tailTop = index;
      continue;
    }
    let above = index - 1;
    while (above >= 0 && !lines[above]!.shape) above--;
    const aboveRule = above >= 0 ? matchingRule(lines[above]!.shape!, true) : undefined;
    if (aboveRule && isShortLabel(shape)) {
      found.set(index, 'footer-continuation');
      tailTop = index;
      continue;
    }
    break;
  }

  for (let index = 0; index < tailTop; index++) {
    const shape = lines[index]!.shape;
    if (!shape) continue;
    const rule = matchingRule(shape, false);
    if (rule) found.set(index, rule);
  }

  return [...found.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, rule]) => ({ start: lines[index]!.start, end: lines[index]!.end, rule }));
}

/** Spans of whole boilerplate lines (without their newline), in text order. */
export function findBoilerplate(text: string): Span[] {
  return findBoilerplateLines(text).map(({ start, end }) => ({ start, end }));
}
