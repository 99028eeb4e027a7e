import { z } from 'zod';

/**
 * A message to the user in both languages of the interface. Messages cross the contract whole, and
 * each caller (the interface, the command line) shows the one of its language.
 */
export const BilingualSchema = z.object({ en: z.string(), ar: z.string() });

export type Bilingual = z.infer<typeof BilingualSchema>;

/**
 * A name or value shown as written inside an Arabic sentence (a file name, `<DOC>`, "UTF-8"): a
 * first-strong isolate keeps a Latin run from reordering the words around it. A terminal, which lays
 * out no direction, drops the isolate marks.
 */
export function verbatim(text: string | number): string {
  return `\u2068${text}\u2069`;
}
