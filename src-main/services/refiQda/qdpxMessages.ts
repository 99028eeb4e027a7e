import type { Bilingual } from '../annotations/annotationMessages';

/** What the user reads when a .qdpx is refused, in both languages; `problems` name each fault. */
export const qdpxMessages = {
  unreadable: (file: string, reason: string): Bilingual => ({
    en: `Cannot read "${file}": ${reason}.`,
    ar: `تعذّرت قراءة «${file}»: ${reason}.`,
  }),
  refused: (file: string, problems: readonly string[]): Bilingual => {
    const listed = problems.slice(0, 10).join('; ') + (problems.length > 10 ? `; … (${problems.length - 10} more)` : '');
    return {
      en: `"${file}" is not a usable REFI-QDA project, and nothing was imported: ${listed}`,
      ar: `الملف «${file}» ليس مشروع REFI-QDA صالحًا، ولم يُستورد منه شيء: ${listed}`,
    };
  },
  notZip: 'the file is not a ZIP archive (a .qdpx is one)',
  noProjectQde: 'the archive has no project.qde',
  missingSource: (name: string, path: string) => `the source "${name}" names the file "${path}", which the archive lacks`,
  externalSource: (name: string, path: string) => `the source "${name}" points outside the archive ("${path}")`,
  notUtf8: (name: string) => `the text of the source "${name}" is not UTF-8`,
  outside: (source: string, selection: string, start: number, end: number, length: number) =>
    `the selection ${selection} (${start}–${end}) lies beyond the end of "${source}" (${length} code points)`,
  unknownCode: (selection: string, code: string) => `the selection ${selection} is coded with ${code}, which the codebook lacks`,
};
