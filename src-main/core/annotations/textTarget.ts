import { z } from 'zod';

/**
 * How a highlight finds its passage again, after the W3C Web Annotation model and the Hypothesis
 * client: the quoted text with its surroundings, where it stood, and which version of the text it was
 * made on. The quote is the authority; the position is only a hint, because a re-imported or edited
 * report shifts every offset after the edit.
 */

/** Characters of context kept on each side of a quote: enough to tell repeated phrases apart. */
export const QUOTE_CONTEXT_LENGTH = 32;

export const TextQuoteSchema = z.object({
  exact: z.string().min(1, 'the quoted text is empty'),
  /** Up to 32 UTF-16 code units before the quote (fewer at the start of the text). */
  prefix: z.string(),
  /** Up to 32 UTF-16 code units after the quote (fewer at the end of the text). */
  suffix: z.string(),
});
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/** [start, end) in UTF-16 code units of the stored text, as every offset inside the app. */
export const TextPositionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((position) => position.end > position.start, { message: 'end must be after start' });
export type TextPosition = z.infer<typeof TextPositionSchema>;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hexadecimal digits');

export const TextTargetSchema = z.object({
  quote: TextQuoteSchema,
  position: TextPositionSchema,
  /** SHA-256 of the document text the highlight was made on: its content identity. */
  sha256: Sha256Schema,
});
export type TextTarget = z.infer<typeof TextTargetSchema>;
