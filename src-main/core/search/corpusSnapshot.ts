import { z } from 'zod';
import { ANALYZER_VERSION } from './analyzerVersion';
import type { PackedVocabulary } from './termVocabulary';

/** Running totals behind BM25's average field lengths. */
export interface CorpusTotals {
  documents: number;
  textWords: number;
  titleWords: number;
}

/** Everything a corpus index persists, each part already turned into text. */
export interface SnapshotContents {
  totals: CorpusTotals;
  /** Removed documents whose postings are still in the FlexSearch export. */
  stale: number;
  records: string;
  vocabulary: PackedVocabulary;
  sequences: string;
  /** FlexSearch's own export (key → data) of each posting index, by index name. */
  postings: Record<string, Record<string, string>>;
}

const FORMAT = 'format';
const RECORDS = 'records';
const SEQUENCES = 'sequences';
const VOCABULARY = 'vocabulary.';
const POSTINGS = 'postings.';

const FormatSchema = z.object({
  version: z.string(),
  totals: z.object({ documents: z.number(), textWords: z.number(), titleWords: z.number() }),
  stale: z.number(),
});

/**
 * The snapshot as a flat record of strings, one entry per part (FlexSearch's export is itself
 * many parts), which is what the services layer writes to disk, one file each.
 */
export function writeSnapshot(contents: SnapshotContents): Record<string, string> {
  const snapshot: Record<string, string> = {
    [FORMAT]: JSON.stringify({ version: ANALYZER_VERSION, totals: contents.totals, stale: contents.stale }),
    [RECORDS]: contents.records,
    [SEQUENCES]: contents.sequences,
    [`${VOCABULARY}terms`]: contents.vocabulary.terms,
    [`${VOCABULARY}stems`]: contents.vocabulary.stems,
    [`${VOCABULARY}stemSlots`]: contents.vocabulary.stemSlots,
  };
  for (const [name, parts] of Object.entries(contents.postings)) {
    for (const [key, data] of Object.entries(parts)) snapshot[`${POSTINGS}${name}.${key}`] = data;
  }
  return snapshot;
}

/**
 * The parts of a snapshot. Throws if it was written by another analyzer or format version, or
 * is missing parts: the index is a cache, and the caller rebuilds it from the documents.
 */
export function readSnapshot(snapshot: Readonly<Record<string, string>>): SnapshotContents {
  const format = FormatSchema.safeParse(JSON.parse(snapshot[FORMAT] ?? '{}'));
  if (!format.success || format.data.version !== ANALYZER_VERSION) {
    const version = format.success ? format.data.version : 'unreadable';
    throw new Error(`search snapshot has format ${version}, expected ${ANALYZER_VERSION}`);
  }
  const part = (key: string): string => {
    const value = snapshot[key];
    if (value === undefined) throw new Error(`search snapshot lacks its "${key}" part`);
    return value;
  };
  const postings: Record<string, Record<string, string>> = {};
  for (const [key, data] of Object.entries(snapshot)) {
    if (!key.startsWith(POSTINGS)) continue;
    const rest = key.slice(POSTINGS.length);
    const dot = rest.indexOf('.');
    (postings[rest.slice(0, dot)] ??= {})[rest.slice(dot + 1)] = data;
  }
  return {
    totals: format.data.totals,
    stale: format.data.stale,
    records: part(RECORDS),
    sequences: part(SEQUENCES),
    vocabulary: {
      terms: part(`${VOCABULARY}terms`),
      stems: part(`${VOCABULARY}stems`),
      stemSlots: part(`${VOCABULARY}stemSlots`),
    },
    postings,
  };
}
