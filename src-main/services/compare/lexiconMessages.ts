import type { Bilingual } from '../../api/bilingual';
import { verbatim as v } from '../../core/text/bilingual';
import { nodeErrorCode } from '../persistence/nodeErrorCode';

/** Why a folder or file could not be used, from the system's error, in words rather than its code. */
function fileSystemReason(error: unknown): Bilingual {
  switch (nodeErrorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', ar: 'لا إذن بقراءته أو الكتابة فيه' };
    case 'ENOTDIR':
    case 'EEXIST':
      return { en: 'it is a file, not a folder', ar: 'هو ملف، ليس مجلدًا' };
    case 'EISDIR':
      return { en: 'it is a folder, not a file', ar: 'هو مجلد، ليس ملفًّا' };
    case 'ENOSPC':
      return { en: 'the disk is full', ar: 'القرص ممتلئ' };
    case 'EROFS':
      return { en: 'the disk is read-only', ar: 'القرص للقراءة فقط' };
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return { en: message, ar: v(message) };
    }
  }
}

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
