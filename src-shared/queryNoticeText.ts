import type { TypoReadings } from './typoReadings';

/** The query parser's notices a reader is told about, by code (`typo-corrected` has its own words). */
export type ParserNoticeCode =
  'unclosed-quote' | 'invalid-date' | 'empty-operator' | 'short-prefix' | 'only-exclusions' | 'negated-filter';

export interface QueryNoticeText {
  queryNotices: Record<ParserNoticeCode, string>;
  typoReadings: (groups: readonly TypoReadings[]) => string;
}

/**
 * What the search notices say, in each language: one text for the window and the command line, so
 * the two never explain one query differently.
 */
export const queryNoticeText: Record<'ar' | 'en', QueryNoticeText> = {
  ar: {
    queryNotices: {
      'unclosed-quote': 'علامة تنصيص لم تُغلق: بُحث عن بقية الاستعلام عبارةً واحدة.',
      'invalid-date': 'تاريخ غير مكتوب بالصيغة سنة-شهر-يوم (مثل 2018-03-01): أُهمل مرشّح التاريخ هذا.',
      'empty-operator': 'عامل بحث (source: أو title: أو after: أو before:) يحتاج إلى قيمة بعد النقطتين مباشرة: أُهمل.',
      'short-prefix': 'البادئة أقصر من أن يُبحث بها (كلمة*): بُحث عنها كلمةً كاملة.',
      'only-exclusions': 'لم يُعطَ إلا استثناءات (‎-كلمة): أضف كلمة يُبحث عنها.',
      'negated-filter': 'لا يُنفى مرشّح (source: أو after:…) بعلامة «-»: طُبّق كما كُتب.',
    },
    typoReadings: (groups) =>
      `هل تقصد ${groups
        .map(({ typed, readings }) => `«${readings.join('» أو «')}» بدل «${typed}»`)
        .join('، و')}؟ عُرضت نتائجها أيضًا.`,
  },
  en: {
    queryNotices: {
      'unclosed-quote': 'A quotation mark is not closed: the rest of the query was searched as a phrase.',
      'invalid-date': 'A date is not written YYYY-MM-DD: that date filter was ignored.',
      'empty-operator':
        'An operator (source:, title:, after:, before:) needs a value right after the colon: it was ignored.',
      'short-prefix': 'A prefix is too short for a prefix search (word*): it was searched as a word.',
      'only-exclusions': 'Only exclusions (-word) were given: add a word to search for.',
      'negated-filter': 'A filter (source:, after:…) cannot be negated with "-": it was applied as written.',
    },
    typoReadings: (groups) =>
      `Also showing results for ${groups
        .map(({ typed, readings }) => `«${readings.join('» or «')}» (you typed «${typed}»)`)
        .join('; ')}.`,
  },
};
