import { z } from 'zod';
import { SpanSchema } from '../core/text/span';

/** Shapes every feature of the contract shares. Pure zod: the renderer imports only the inferred types. */

export { SpanSchema } from '../core/text/span';

export const IntegrityWarningSchema = SpanSchema.extend({
  kind: z.enum(['mixed-script', 'replacement-char', 'mojibake', 'control-char', 'unclosed-markup']),
  text: z.string(),
});

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
