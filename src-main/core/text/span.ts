import { z } from 'zod';

/** A half-open range [start, end) of UTF-16 code units in a document's stored text. */
export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export type Span = z.infer<typeof SpanSchema>;
