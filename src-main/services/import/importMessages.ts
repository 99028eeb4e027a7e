import type { Bilingual } from '../../api/bilingual';

/** What an import reports about a failure of the project itself (not of one file), in both languages. */
export const importMessages = {
  cannotStore: (reason: string): Bilingual => ({
    en: `the project cannot store more (${reason}); the import stopped and kept what was stored before`,
    ar: `لا يتسع المشروع لمزيد (${reason})؛ توقف الاستيراد واحتفظ بما حُفظ قبل ذلك`,
  }),
  readingStopped: (reason: string): Bilingual => ({
    en: `the import stopped (${reason}); what was read before is kept`,
    ar: `توقف الاستيراد (${reason})؛ ما قُرئ قبل ذلك محفوظ`,
  }),
};
