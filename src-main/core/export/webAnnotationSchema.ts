import { z } from 'zod';
import { DOCUMENT_IRI_PREFIX, WEB_ANNOTATION_CONTEXT } from './webAnnotationVocabulary';

/**
 * What `parseWebAnnotationCollection` accepts: the Web Annotation shapes Qarin writes, checked
 * strictly where a wrong value would anchor a highlight wrongly, and loosely (unknown properties
 * ignored) elsewhere, so files touched by other Web Annotation tools still import.
 */

/** JSON-LD lets a single value stand for a list of one; a preprocess (not a union) keeps each item's own errors. */
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(schema));

const hasType = (value: unknown, type: string) => value === type || (Array.isArray(value) && value.includes(type));

const timestamp = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date-time such as 2025-01-31T09:00:00Z',
});

const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string({ error: 'a TextQuoteSelector needs its "exact" text' }).min(1, 'the quoted "exact" text is empty'),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});

const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number({ error: 'a TextPositionSelector needs a numeric "start"' }).int().min(0),
    end: z.number({ error: 'a TextPositionSelector needs a numeric "end"' }).int().min(0),
  })
  .refine((selector) => selector.end > selector.start, { error: 'the TextPositionSelector ends before it starts' });

const SelectorSchema = z.unknown().transform((value, context) => {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  const schema =
    type === 'TextQuoteSelector'
      ? TextQuoteSelectorSchema
      : type === 'TextPositionSelector'
        ? TextPositionSelectorSchema
        : undefined;
  if (schema === undefined) {
    context.addIssue({
      code: 'custom',
      message: `unsupported selector ${JSON.stringify(type ?? value)}; Qarin reads TextQuoteSelector and TextPositionSelector`,
    });
    return z.NEVER;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) context.addIssue({ ...issue, code: 'custom', message: issue.message });
    return z.NEVER;
  }
  return parsed.data;
});

const TargetSchema = z.object(
  {
    source: z
      .string({ error: 'the target needs a "source" naming a Qarin document (urn:qarin:doc:…)' })
      .startsWith(
        DOCUMENT_IRI_PREFIX,
        `the target is not a Qarin document: its source must start with ${DOCUMENT_IRI_PREFIX}`,
      )
      .refine((source) => source.length > DOCUMENT_IRI_PREFIX.length, 'the target names no document'),
    sha256: z
      .string({ error: 'the target needs the "sha256" of the document text it was made on' })
      .regex(/^[0-9a-f]{64}$/, 'the target\'s "sha256" must be 64 lowercase hexadecimal digits'),
    selector: z
      .preprocess(
        (value) => (value === undefined || Array.isArray(value) ? value : [value]),
        z.array(SelectorSchema, { error: 'the target has no "selector"' }),
      )
      .refine((selectors) => selectors.length > 0, { error: 'the target has no selectors', abort: true })
      .refine((selectors) => selectors.some((selector) => selector.type === 'TextQuoteSelector'), {
        error: 'the target needs a TextQuoteSelector: the quote is what a highlight is found by',
        abort: true,
      })
      .refine(
        (selectors) =>
          selectors.filter((selector) => selector.type === 'TextQuoteSelector').length === 1 &&
          selectors.filter((selector) => selector.type === 'TextPositionSelector').length <= 1,
        'the target has more than one selector of a kind',
      ),
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'an annotation needs a "target"'
        : 'the target must be one object with "source", "sha256" and "selector"',
  },
);

const TextualBodySchema = z.object({
  type: z.literal('TextualBody', { error: 'only TextualBody bodies (codes and notes) can be imported' }),
  purpose: z
    .enum(['tagging', 'commenting', 'highlighting'], {
      error: 'a body\'s purpose must be "tagging" (a code), "commenting" (a note) or "highlighting"',
    })
    .default('commenting'),
  value: z.string({ error: 'a TextualBody needs a string "value"' }),
  /** A code's colour; one that is not `#rrggbb` is ignored (the code gets a palette colour). */
  color: z.unknown().optional(),
  /** A code's names from the root of the codebook; anything but a list of names is ignored. */
  codePath: z.unknown().optional(),
});

export const WebAnnotationSchema = z.object({
  id: z.string().min(1).optional(),
  type: z.unknown().refine((type) => hasType(type, 'Annotation'), 'an item is not of type "Annotation"'),
  created: timestamp.optional(),
  modified: timestamp.optional(),
  body: oneOrMany(TextualBodySchema).optional(),
  target: z.preprocess((value) => (Array.isArray(value) && value.length === 1 ? value[0] : value), TargetSchema),
});
export type WebAnnotation = z.infer<typeof WebAnnotationSchema>;

export const WebAnnotationCollectionSchema = z.object({
  '@context': z
    .unknown()
    .refine(
      (context) =>
        context === WEB_ANNOTATION_CONTEXT || (Array.isArray(context) && context.includes(WEB_ANNOTATION_CONTEXT)),
      `the "@context" must be or include "${WEB_ANNOTATION_CONTEXT}"`,
    ),
  type: z.unknown().refine((type) => hasType(type, 'AnnotationCollection'), 'this is not an AnnotationCollection'),
  label: z.string().optional(),
  first: z.object(
    { items: z.array(z.unknown(), { error: 'the first page has no "items" list' }) },
    { error: 'the collection needs its first AnnotationPage embedded in "first" (links are not followed)' },
  ),
});
