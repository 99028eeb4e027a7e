/*
 * What the integrity warnings are called and what they mean, in both languages: shared by the
 * interface (src-renderer/i18n) and the command line (src-main/cli/messages.ts), as the query
 * notices are, so that both name a warning alike.
 */

/** The kinds of integrity warning an import attaches (the contract's IntegrityWarningSchema). */
export type IntegrityWarningKind =
  'mixed-script' | 'replacement-char' | 'mojibake' | 'control-char' | 'unclosed-markup';

export type WarningKindText = Record<IntegrityWarningKind, { name: string; explanation: string }>;

export const warningKindText: { en: WarningKindText; ar: WarningKindText } = {
  en: {
    'mixed-script': {
      name: 'Mixed script',
      explanation: 'A word mixes Arabic and Latin letters, usually a trace of corruption or machine translation.',
    },
    'replacement-char': {
      name: 'Replacement character',
      explanation: 'A character that could not be decoded (�): part of the original text is lost.',
    },
    mojibake: {
      name: 'Mojibake',
      explanation: 'Arabic text decoded with the wrong encoding, showing as stray Latin symbols.',
    },
    'control-char': {
      name: 'Control character',
      explanation: 'An invisible control character in the text, which may hide tampering or a copy error.',
    },
    'unclosed-markup': {
      name: 'Unclosed markup',
      explanation:
        'The file never closed this report (<TEXT> or <DOC>), so it was read to its end: the last words may be cut short or carry stray markup.',
    },
  },
  ar: {
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
    'unclosed-markup': {
      name: 'وسم غير مغلق',
      explanation: 'لم يُغلق الملف وسوم هذا التقرير، فقُرئ حتى نهايته: قد تكون خاتمته مبتورة أو فيها بقايا وسوم.',
    },
  },
};
