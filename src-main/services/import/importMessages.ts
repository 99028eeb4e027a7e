import { verbatim } from '../../core/text/bilingual';
import type { Bilingual } from '../../api/bilingual';

/**
 * What an import reports, in both languages, about a path it could not read (the reasons of the
 * readers themselves are in core's `importReasons`, the system's error codes are worded by
 * `fileSystemReason`) or a failure of the project itself.
 */
export const importMessages = {
  cannotStat: (reason: string): Bilingual => ({
    en: reason,
    ar: `تعذّر الوصول إليه: ${verbatim(reason)}`,
  }),
  folderUnreadable: (reason: Bilingual): Bilingual => ({
    en: `folder cannot be read: ${reason.en}`,
    ar: `تعذّرت قراءة المجلد: ${reason.ar}`,
  }),
  notRegularFile: (): Bilingual => ({
    en: 'not a regular file or folder',
    ar: 'ليس ملفًّا عاديًّا ولا مجلدًا',
  }),
  disappeared: (): Bilingual => ({
    en: 'file disappeared before it could be read',
    ar: 'اختفى الملف قبل أن يُقرأ',
  }),
  unreadable: (reason: string): Bilingual => ({ en: reason, ar: `تعذّرت قراءته: ${verbatim(reason)}` }),
  importFailed: (reason: string): Bilingual => ({
    en: `import failed: ${reason}`,
    ar: `فشل الاستيراد: ${verbatim(reason)}`,
  }),
  cannotStore: (reason: Bilingual): Bilingual => ({
    en: `the project cannot store more (${reason.en}); the import stopped and kept what was stored before`,
    ar: `لا يتسع المشروع لمزيد (${reason.ar})؛ توقف الاستيراد واحتفظ بما حُفظ قبل ذلك`,
  }),
  readingStopped: (reason: string): Bilingual => ({
    en: `the import stopped (${reason}); what was read before is kept`,
    ar: `توقف الاستيراد (${verbatim(reason)})؛ ما قُرئ قبل ذلك محفوظ`,
  }),
};
