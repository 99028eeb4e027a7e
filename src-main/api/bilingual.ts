import { z } from 'zod';

/**
 * A message to the user in both languages of the interface. Messages cross the contract whole, and
 * each caller (the interface, the command line) shows the one of its language.
 */
export const BilingualSchema = z.object({ en: z.string(), ar: z.string() });

export type Bilingual = z.infer<typeof BilingualSchema>;
