import type { Bilingual } from '../../api/bilingual';
import { verbatim as v } from '../../core/text/bilingual';
import { fileSystemReason } from '../persistence/fileSystemReason';

/** What the user hears about the project's `lexicons/` folder and its files, in both languages. */
export const lexiconMessages = {
  /** The folder cannot be listed or created: the comparison goes on with the bundled lexicons. */
  folderUnusable: (folder: string, error: unknown): Bilingual => {
    const reason = fileSystemReason(error);
    return {
      en: `The lexicons folder ${folder} cannot be used: ${reason.en}. Comparisons use the bundled lexicons only until it is fixed.`,
      ar: `تعذّر استعمال مجلد المعاجم ${v(folder)}: ${reason.ar}. تستعمل المقارنات المعاجم المرفقة وحدها حتى يُصلَح.`,
    };
  },
  fileUnreadable: (error: unknown): Bilingual => {
    const reason = fileSystemReason(error);
    return {
      en: `the file cannot be read (${reason.en}); none of its entries apply`,
      ar: `تعذّرت قراءة الملف (${reason.ar})؛ لم يُقرأ منه شيء`,
    };
  },
  /** A file holding lines in no readable encoding is not rewritten: those lines would be lost. */
  notRewritable: (path: string, line: number): Bilingual => ({
    en: `${path} was not changed: line ${line} is in no readable encoding and would be lost. Save the file as UTF-8, then try again.`,
    ar: `لم يُغيَّر ${v(path)}: السطر ${line} بترميز لا يُقرأ وكان سيضيع. احفظ الملف بترميز ${v('UTF-8')} ثم أعد المحاولة.`,
  }),
  /** Someone kept writing the file while this process tried to. */
  keptChanging: (path: string): Bilingual => ({
    en: `${path} kept changing while Qarin wrote to it; nothing was changed. Try again.`,
    ar: `ظل ${v(path)} يتغيّر بينما يكتب فيه قارِن؛ لم يُغيَّر شيء. أعد المحاولة.`,
  }),
  notFound: (kind: string, name: string, folder: string): Bilingual => ({
    en: `No added ${kind} «${name}» in ${folder}.`,
    ar: `لا يوجد مدخل مضاف من نوع ${v(kind)} باسم «${name}» في ${v(folder)}.`,
  }),
};
