import type { Bilingual } from '../../api/bilingual';
import { verbatim as v } from '../../core/text/bilingual';
import { nodeErrorCode } from './nodeErrorCode';

/** Why a folder or file could not be used, from the system's error, in words rather than its code. */
export function fileSystemReason(error: unknown): Bilingual {
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
