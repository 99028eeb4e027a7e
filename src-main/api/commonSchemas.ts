import { z } from 'zod';

/** Shapes every feature of the contract shares. Pure zod: the renderer imports only the inferred types. */

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const IntegrityWarningSchema = SpanSchema.extend({
  kind: z.enum(['mixed-script', 'replacement-char', 'mojibake', 'control-char']),
  text: z.string(),
});

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
