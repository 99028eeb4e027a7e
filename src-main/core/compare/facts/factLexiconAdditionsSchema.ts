import { z } from 'zod';
import type { FactLexiconAdditions } from './factLexicons';

const word = z.string().trim().min(1);

/**
 * The shape of a user's additions to the facts lexicons (a JSON file in the project folder, read by
 * the service layer): the same shapes as the bundled files, every part optional.
 */
export const FactLexiconAdditionsSchema = z
  .object({
    titles: z
      .array(
        z.object({
          text: word,
          kind: z.enum(['rank', 'role']),
          needsGivenName: z.boolean().optional(),
        }),
      )
      .optional(),
    places: z
      .array(
        z.object({
          name: word,
          kind: z.enum(['country', 'capital', 'city', 'region', 'organisation']),
          country: z.string().length(2).optional(),
          aliases: z.array(word).optional(),
        }),
      )
      .optional(),
    framing: z
      .array(
        z.object({
          id: word,
          label: word,
          members: z.array(z.object({ label: word, forms: z.array(word).min(1) })).min(1),
        }),
      )
      .optional(),
    numberWords: z
      .object({
        cardinals: z.record(z.string(), z.number()).optional(),
        multipliers: z.record(z.string(), z.number().positive()).optional(),
        approximate: z.array(word).optional(),
        duals: z.record(z.string(), word).optional(),
        units: z.record(z.string(), word).optional(),
        dateMarkers: z.array(word).optional(),
        months: z.array(word).optional(),
        percent: z.array(word).optional(),
        ranges: z.array(word).optional(),
      })
      .optional(),
    speechVerbs: z.array(word).optional(),
    givenNames: z.array(word).optional(),
  })
  .strict();

/**
 * The additions in a parsed JSON value, or an error that names the source, the path of the first bad
 * value and why it is refused, e.g. `facts.json: titles.0.kind: Invalid option…`.
 */
export function parseFactLexiconAdditions(value: unknown, source: string): FactLexiconAdditions {
  const parsed = FactLexiconAdditionsSchema.safeParse(value);
  if (parsed.success) return parsed.data as FactLexiconAdditions;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${source}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}
