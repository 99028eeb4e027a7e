import { ApiError, type ApiErrorCode } from '../../api/apiError';
import type { Bilingual } from '../../api/bilingual';

/** A user-facing annotation error: both languages cross the contract, each caller shows its own. */
export function annotationError(code: ApiErrorCode, message: Bilingual): ApiError {
  return new ApiError(code, message);
}

const quoted = (name: string) => ({ en: `"${name}"`, ar: `«${name}»` });

export const annotationMessages = {
  noDocument: (docId: string): Bilingual => ({
    en: `No report with id "${docId}" in this project.`,
    ar: `لا تقرير بالمعرّف «${docId}» في هذا المشروع.`,
  }),
  missingText: (title: string): Bilingual => ({
    en: `The stored text of "${title}" is missing; import the report again.`,
    ar: `النص المحفوظ للتقرير «${title}» مفقود؛ استورد التقرير من جديد.`,
  }),
  badRange: (start: number, end: number, length: number): Bilingual => ({
    en: `A highlight needs 0 <= start < end <= ${length} (the report's length) and must not split a character; got [${start}, ${end}).`,
    ar: `يحتاج المقتطف إلى ‎0 <= start < end <= ${length}‎ (طول التقرير) دون قطع حرف؛ وصل ‎[${start}, ${end})‎.`,
  }),
  noHighlight: (id: string): Bilingual => ({
    en: `No highlight with id "${id}".`,
    ar: `لا مقتطف بالمعرّف «${id}».`,
  }),
  noCode: (id: string): Bilingual => ({
    en: `No code with id "${id}".`,
    ar: `لا رمز بالمعرّف «${id}».`,
  }),
  noMemo: (id: string): Bilingual => ({
    en: `No memo with id "${id}".`,
    ar: `لا مذكرة بالمعرّف «${id}».`,
  }),
  duplicateCodeName: (name: string, parentName: string | undefined): Bilingual => ({
    en: `A code named ${quoted(name).en} already exists ${parentName === undefined ? 'at the top level' : `under ${quoted(parentName).en}`}; names must differ among siblings.`,
    ar: `يوجد رمز باسم ${quoted(name).ar} ${parentName === undefined ? 'في المستوى الأعلى' : `تحت ${quoted(parentName).ar}`}؛ يجب أن تختلف أسماء الرموز الشقيقة.`,
  }),
  codeCycle: (name: string, parentName: string): Bilingual => ({
    en: `${quoted(name).en} cannot be nested under ${quoted(parentName).en}: that code is ${quoted(name).en} itself or nested inside it.`,
    ar: `لا يمكن وضع ${quoted(name).ar} تحت ${quoted(parentName).ar}: فهذا الرمز هو ${quoted(name).ar} نفسه أو متفرع منه.`,
  }),
  mergeIntoItself: (name: string): Bilingual => ({
    en: `A code cannot be merged into itself (${quoted(name).en}).`,
    ar: `لا يُدمج رمز في نفسه (${quoted(name).ar}).`,
  }),
  siblingClash: (name: string, parentName: string | undefined): Bilingual => ({
    en: `This would put two codes named ${quoted(name).en} ${parentName === undefined ? 'at the top level' : `under ${quoted(parentName).en}`}; rename one of them first.`,
    ar: `سيؤدي هذا إلى رمزين باسم ${quoted(name).ar} ${parentName === undefined ? 'في المستوى الأعلى' : `تحت ${quoted(parentName).ar}`}؛ غيّر اسم أحدهما أولاً.`,
  }),
  unavailable: (detail: string): Bilingual => ({
    en: `Your annotations cannot be opened: ${detail}. Nothing was changed and the file was left as it is. Restore the newest good backup to go on annotating.`,
    ar: `تعذّر فتح التعليقات: ${detail}. لم يُغيَّر شيء وتُرك الملف كما هو. استعد أحدث نسخة احتياطية سليمة لمتابعة التعليق.`,
  }),
  noGoodBackup: (): Bilingual => ({
    en: 'No backup of the annotations can be opened, so none was restored; the files were left as they are.',
    ar: 'لا توجد نسخة احتياطية سليمة من التعليقات، فلم يُستعد شيء وتُركت الملفات كما هي.',
  }),
  backupNotRestorable: (detail: string): Bilingual => ({
    en: `That backup cannot be restored: ${detail}`,
    ar: `تعذّرت استعادة هذه النسخة الاحتياطية: ${detail}`,
  }),
  saveFailed: (detail: string): Bilingual => ({
    en: `The change was not saved: ${detail}`,
    ar: `لم يُحفظ التغيير: ${detail}`,
  }),
  importRejected: (detail: string): Bilingual => ({
    en: `Nothing was imported: ${detail}`,
    ar: `لم يُستورد شيء: ${detail}`,
  }),
  unknownImportDocuments: (ids: string[]): Bilingual => {
    const shown = ids.slice(0, 5).join(', ');
    const more = ids.length > 5 ? ` (+${ids.length - 5})` : '';
    return {
      en: `Nothing was imported: the file annotates reports this project does not have (${shown}${more}); import those reports first.`,
      ar: `لم يُستورد شيء: يعلّق الملف على تقارير ليست في هذا المشروع (${shown}${more})؛ استورد تلك التقارير أولاً.`,
    };
  },
};
