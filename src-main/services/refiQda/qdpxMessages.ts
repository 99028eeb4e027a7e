import type { Bilingual } from '../../api/bilingual';

function listed(problems: readonly string[]): string {
  return problems.slice(0, 10).join('; ') + (problems.length > 10 ? `; … (+${problems.length - 10})` : '');
}

/** What the user reads when a .qdpx is refused, in both languages; each problem names its fault. */
export const qdpxMessages = {
  unreadable: (file: string, reason: string): Bilingual => ({
    en: `Cannot read "${file}": ${reason}.`,
    ar: `تعذّرت قراءة «${file}»: ${reason}.`,
  }),
  refused: (file: string, problems: readonly Bilingual[]): Bilingual => ({
    en:
      `"${file}" is not a usable REFI-QDA project, and nothing was imported: ` +
      listed(problems.map((problem) => problem.en)),
    ar:
      `الملف «${file}» ليس مشروع REFI-QDA صالحًا، ولم يُستورد منه شيء: ` + listed(problems.map((problem) => problem.ar)),
  }),
  notZip: (): Bilingual => ({
    en: 'the file is not a ZIP archive (a .qdpx is one)',
    ar: 'الملف ليس أرشيف ZIP (وملف ‎.qdpx أرشيف ZIP)',
  }),
  unsafePath: (entry: string): Bilingual => ({
    en: `the entry "${entry}" points outside the archive's folder`,
    ar: `المدخل «${entry}» يشير إلى خارج مجلد الأرشيف`,
  }),
  entryTooLarge: (entry: string, limit: number): Bilingual => ({
    en: `the entry "${entry}" expands beyond the ${limit}-byte limit`,
    ar: `المدخل «${entry}» يتمدد إلى أكثر من الحد (${limit} بايت)`,
  }),
  archiveTooLarge: (total: number, limit: number): Bilingual => ({
    en: `the archive expands to ${total} bytes, beyond the ${limit}-byte limit`,
    ar: `الأرشيف يتمدد إلى ${total} بايت، أكثر من الحد (${limit} بايت)`,
  }),
  zip64: (): Bilingual => ({
    en: 'the archive is in ZIP64 form, used only beyond 4 GB',
    ar: 'الأرشيف بصيغة ZIP64 التي لا تُستعمل إلا لما يتجاوز 4 غيغابايت',
  }),
  inflatesBeyond: (entry: string): Bilingual => ({
    en: `the entry "${entry}" expands beyond the size it declares`,
    ar: `المدخل «${entry}» يتمدد إلى أكثر من الحجم المعلن له`,
  }),
  unreadableEntry: (entry: string, reason: string): Bilingual => ({
    en: `the entry "${entry}" cannot be read (${reason})`,
    ar: `تعذّرت قراءة المدخل «${entry}» (${reason})`,
  }),
  badProjectXml: (detail: string): Bilingual => ({ en: detail, ar: `ملف project.qde غير صالح: ${detail}` }),
  noProjectQde: (): Bilingual => ({ en: 'the archive has no project.qde', ar: 'الأرشيف لا يحوي ملف project.qde' }),
  missingSource: (name: string, path: string): Bilingual => ({
    en: `the source "${name}" names the file "${path}", which the archive lacks`,
    ar: `المصدر «${name}» يسمّي الملف «${path}»، وهو غير موجود في الأرشيف`,
  }),
  externalSource: (name: string, path: string): Bilingual => ({
    en: `the source "${name}" points outside the archive ("${path}")`,
    ar: `المصدر «${name}» يشير إلى خارج الأرشيف («${path}»)`,
  }),
  notUtf8: (name: string): Bilingual => ({
    en: `the text of the source "${name}" is not UTF-8`,
    ar: `نص المصدر «${name}» ليس بترميز UTF-8`,
  }),
  outside: (source: string, selection: string, start: number, end: number, length: number): Bilingual => ({
    en: `the selection ${selection} (${start}–${end}) lies beyond the end of "${source}" (${length} code points)`,
    ar: `التحديد ${selection} (${start}–${end}) يتجاوز نهاية «${source}» (${length} محرفًا)`,
  }),
  unusableSelection: (source: string, selection: string, start: number, end: number): Bilingual => ({
    en: `the selection ${selection} (${start}–${end}) of "${source}" is empty or cuts a character in half`,
    ar: `التحديد ${selection} (${start}–${end}) في «${source}» فارغ أو يشطر محرفًا`,
  }),
  unknownCode: (selection: string, code: string): Bilingual => ({
    en: `the selection ${selection} is coded with ${code}, which the codebook lacks`,
    ar: `التحديد ${selection} مرمَّز بالرمز ${code} غير الموجود في دليل الرموز`,
  }),
  exportTooManyEntries: (count: number, limit: number): Bilingual => ({
    en: `The project has ${count} files to export, more than the ${limit} a .qdpx without ZIP64 can hold.`,
    ar: `في المشروع ${count} ملفًا للتصدير، أكثر مما يسعه ملف ‎.qdpx بلا ZIP64 (${limit}).`,
  }),
  exportTooLarge: (bytes: number): Bilingual => ({
    en: `The .qdpx would take ${bytes} bytes, beyond the 4 GB a ZIP without ZIP64 can hold.`,
    ar: `سيبلغ ملف ‎.qdpx ‏${bytes} بايت، أكثر من 4 غيغابايت التي يسعها ZIP بلا ZIP64.`,
  }),
};
