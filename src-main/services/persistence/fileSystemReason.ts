import type { Bilingual } from '../../api/bilingual';
import { verbatim as v } from '../../core/text/bilingual';
import { nodeErrorCode } from './nodeErrorCode';

/** The system's own message, shown verbatim, for a code that has no words of its own here. */
const systemMessage = (message: string): Bilingual => ({ en: message, ar: v(message) });

/**
 * Why a folder or file could not be used, from the system's error, in words rather than its code:
 * the one place the project, the lexicons and the import turn an fs error code into a reason.
 * `otherwise` words a code not listed here around the error's message.
 */
export function fileSystemReason(error: unknown, otherwise: (message: string) => Bilingual = systemMessage): Bilingual {
  switch (nodeErrorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', ar: 'لا إذن بالوصول إليه' };
    case 'ENOENT':
      return { en: 'no such file or folder', ar: 'لا ملف ولا مجلد بهذا المسار' };
    case 'ELOOP':
      return { en: 'a link that loops', ar: 'رابط يدور على نفسه' };
    case 'ENOTDIR':
    case 'EEXIST':
      return { en: 'it is a file, not a folder', ar: 'هو ملف، ليس مجلدًا' };
    case 'EISDIR':
      return { en: 'it is a folder, not a file', ar: 'هو مجلد، ليس ملفًّا' };
    case 'EMFILE':
    case 'ENFILE':
      return { en: 'too many files are open at once', ar: 'الملفات المفتوحة في آن واحد أكثر من المسموح' };
    case 'ENOSPC':
      return { en: 'the disk is full', ar: 'القرص ممتلئ' };
    case 'EROFS':
      return { en: 'the disk is read-only', ar: 'القرص للقراءة فقط' };
    default:
      return otherwise(error instanceof Error ? error.message : String(error));
  }
}
