import { z } from 'zod';
import { LexiconAdditionSchema, type LexiconAddition } from '../core/compare/facts/lexiconAddition';
import { LEXICON_ADDITION_KINDS } from '../core/compare/facts/lexiconAdditionLines';
import { BilingualSchema } from './bilingual';

/**
 * Shapes of the comparison calls (`compare.*`). Every offset is a UTF-16 index into a document's
 * stored text, exactly as `document.get` and `qarin show` return it. Pure zod: the renderer imports
 * only the inferred types.
 */

const offset = z.number().int().min(0);

export const DocSpanSchema = z.object({ docId: z.string(), start: offset, end: offset });

export const CompareRequestSchema = z.object({
  /** 2 to 4 distinct document ids, in column order (the first is the base unless `baseId` says). */
  ids: z.array(z.string().min(1)).min(2).max(4),
  baseId: z.string().optional(),
});

export const ComparedDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  date: z.string().optional(),
});

export const AlignmentGroupSchema = z.object({
  /** One sentence from each document that shares it (2 to 4 members, at most one per document). */
  members: z.array(DocSpanSchema).min(2),
  /** True when the pair lies outside the longest in-order chain between the base and that document. */
  moved: z.boolean(),
  /** 0..1, how alike the sentences are on the analyzed text. */
  similarity: z.number().min(0).max(1),
});

export const SharedPassageSchema = z.object({
  spans: z.array(DocSpanSchema).min(2),
  /** The document that published it first, when dates tell. */
  firstDocId: z.string().optional(),
  words: z.number().int().min(0),
});

export const WordDifferenceKindSchema = z.enum(['insert', 'delete', 'substitute', 'minor']);

export const WordDifferenceSchema = DocSpanSchema.extend({
  kind: WordDifferenceKindSchema,
  /** The aligned group this difference belongs to (index into `alignment`). */
  group: z.number().int().min(0),
  /** The document the difference is measured against (the base, or the other member of a pair). */
  againstDocId: z.string(),
});

export const FactKindSchema = z.enum(['person', 'number', 'quote', 'place', 'wording']);

export const FactCellSchema = DocSpanSchema.extend({ text: z.string() });

export const FactRowSchema = z.object({
  kind: FactKindSchema,
  /** What the row is about: a person's fullest name, what a number counts, a speaker, a place, a framing set. */
  label: z.string(),
  cells: z.array(FactCellSchema),
  /** Reports differ in what they say, or one of them is silent. */
  disagree: z.boolean(),
});

export const ComparisonSchema = z.object({
  documents: z.array(ComparedDocumentSchema).min(2).max(4),
  baseId: z.string(),
  sentences: z.array(DocSpanSchema),
  alignment: z.array(AlignmentGroupSchema),
  passages: z.array(SharedPassageSchema),
  differences: z.array(WordDifferenceSchema),
  facts: z.array(FactRowSchema),
  /** Per base sentence (in `sentences` order for the base), the share 0..1 of its words the others share. */
  baseVariation: z.array(z.object({ start: offset, end: offset, shared: z.number().min(0).max(1) })),
});

export const SimilarRequestSchema = z.object({
  id: z.string().min(1),
  limit: z.number().int().min(1).max(100).default(10),
});

export const SimilarHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  date: z.string().optional(),
  /** 0..1 share of text in common. */
  similarity: z.number().min(0).max(1),
  sharedPassages: z.number().int().min(0),
  /** 0..1 share of the queried report's five-word runs (shingles) that this report also contains. */
  textShare: z.number().min(0).max(1).optional(),
  /** 0..1 cosine of the two reports' keyword vectors (their 20 rarest frequent stems). */
  vocabularyShare: z.number().min(0).max(1).optional(),
});

export const SimilarResultSchema = z.object({ hits: z.array(SimilarHitSchema) });

export const ClustersRequestSchema = z.object({
  minSimilarity: z.number().min(0).max(1).optional(),
  /** Only reports published within this many days of each other cluster together. */
  days: z.number().int().min(0).optional(),
  /**
   * The largest clusters only, at most this many: the empty reader shows a dozen stories, where
   * ANT has thousands, and describing, sending and reading them all cost the first screen.
   */
  limit: z.number().int().min(1).optional(),
});

export const StoryClusterSchema = z.object({
  ids: z.array(z.string()).min(2),
  title: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
});

export const ClustersResultSchema = z.object({
  /** Largest first (most reports, then latest), the first `limit` of them when a limit is asked. */
  clusters: z.array(StoryClusterSchema),
  /** How many clusters there are in all. */
  total: z.number().int().min(0),
});

export type DocSpan = z.infer<typeof DocSpanSchema>;
export type CompareRequest = z.input<typeof CompareRequestSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type AlignmentGroup = z.infer<typeof AlignmentGroupSchema>;
export type SharedPassage = z.infer<typeof SharedPassageSchema>;
export type WordDifference = z.infer<typeof WordDifferenceSchema>;
export type FactRow = z.infer<typeof FactRowSchema>;
export type FactCell = z.infer<typeof FactCellSchema>;
export type SimilarResult = z.infer<typeof SimilarResultSchema>;
export type ClustersResult = z.infer<typeof ClustersResultSchema>;

/** One user addition to the facts lexicons, as a line of `<project>/lexicons/*.tsv` holds it. */
export const LexiconEntrySchema = LexiconAdditionSchema;

const LexiconLineSchema = z.object({
  /** The file's name inside the project's `lexicons/` folder. */
  file: z.string(),
  line: z.number().int().min(1),
});

export const LexiconListSchema = z.object({
  /** The folder the additions are read from. */
  folder: z.string(),
  entries: z.array(LexiconLineSchema.extend({ entry: LexiconEntrySchema, name: z.string() })),
  /**
   * Lines left out, each with why (a malformed line, bytes in no readable encoding), and files that
   * could not be read at all, at line 1; the other lines and files still apply.
   */
  problems: z.array(LexiconLineSchema.extend({ reason: BilingualSchema })),
  /** The bundled gazetteer's sources and licences, to be shown wherever additions are made. */
  attribution: z.string(),
});

export const LexiconRemoveSchema = z.object({
  kind: z.enum(LEXICON_ADDITION_KINDS),
  /** The entry's name as `compare.lexicons.list` gives it (a framing member as SET/MEMBER). */
  name: z.string().min(1),
});

export type LexiconEntry = LexiconAddition;
export type LexiconList = z.infer<typeof LexiconListSchema>;
export type LexiconRemoveRequest = z.infer<typeof LexiconRemoveSchema>;
