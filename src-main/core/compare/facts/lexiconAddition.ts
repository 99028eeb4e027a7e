import { z } from 'zod';
import type { PlaceKind, TitleKind } from './factLexicons';

export const TITLE_KINDS: readonly TitleKind[] = ['rank', 'role'];
export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'capital', 'city', 'region', 'organisation'];

const word = z.string().trim().min(1);

/**
 * One user addition to the facts lexicons: what a line of `<project>/lexicons/*.tsv` holds (see
 * lexiconAdditionLines.ts for the line format) and what `compare.lexicons.add` takes. The type is
 * derived from this schema so that the contract and the line reader cannot disagree.
 */
export const LexiconAdditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title'), text: word, titleKind: z.enum(TITLE_KINDS) }),
  z.object({
    kind: z.literal('place'),
    name: word,
    placeKind: z.enum(PLACE_KINDS),
    // Checked by the line reader, whose refusal names the value in Arabic and English.
    country: z.string().trim().optional(),
    aliases: z.array(word).optional(),
  }),
  z.object({
    kind: z.literal('framing'),
    set: word,
    member: word,
    forms: z.array(word).min(1),
    setLabel: z.string().optional(),
  }),
  z.object({ kind: z.literal('given-name'), text: word }),
  z.object({ kind: z.literal('speech-verb'), text: word }),
]);

export type LexiconAddition = z.infer<typeof LexiconAdditionSchema>;
