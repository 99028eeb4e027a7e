import type { Bilingual } from '../../api/bilingual';

/** The process named in a message: its pid and, when known, its command line. */
function processName(pid: number, command: string): Bilingual {
  if (pid <= 0) return { en: '', ar: '' };
  return {
    en: ` (process ${pid}${command ? `: ${command}` : ''})`,
    ar: ` (العملية ${pid}${command ? `: ${command}` : ''})`,
  };
}

/** What a writer of the project (an import, a restore, an annotation) tells the user when refused. */
export const projectMessages = {
  lockedByAnotherProcess: (pid: number, command: string): Bilingual => {
    const name = processName(pid, command);
    return {
      en: `Another Qarin${name.en} is changing this project; nothing was changed. Wait for it to finish or close it, then try again.`,
      ar: `نسخة أخرى من قارِن${name.ar} تعدّل هذا المشروع؛ لم يُغيَّر شيء. انتظر حتى تنتهي أو أغلقها ثم أعد المحاولة.`,
    };
  },
};
