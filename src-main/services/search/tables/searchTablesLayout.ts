import { join } from 'node:path';

/**
 * The on-disk search tables, written beside the index snapshot (in `index/tables/`) whenever the
 * snapshot is written, for one-shot commands that look up a few terms and show a page of hits:
 *
 * - `terms.txt`: every term, sorted, one `term TAB number` a line, read a block of lines at a time;
 * - `stems.txt`: every stem, sorted, one `stem (TAB number TAB term)…` a line;
 * - `terms.bin`: per term number, TERM_FIELDS unsigned 32-bit numbers (see TermField);
 * - `postings.bin`: per term and field, per BM25 slot, a count then ascending document numbers as
 *   varint gaps;
 * - `documents.bin`: per document number, DOCUMENT_FIELDS unsigned 32-bit numbers (see DocumentField);
 * - `sequences.bin`: each document's term sequence as little-endian unsigned 32-bit numbers;
 * - `records.jsonl`: per live document, what a hit shows and where its text is stored;
 * - `ids.txt`: every live document id, sorted, one `id TAB number` a line;
 * - `meta.json`, written last: the corpus fingerprint, totals, the block starts, sources and days.
 */
export function searchTablesLayout(indexDir: string) {
  const dir = join(indexDir, 'tables');
  return {
    dir,
    meta: join(dir, 'meta.json'),
    terms: join(dir, 'terms.txt'),
    stems: join(dir, 'stems.txt'),
    termTable: join(dir, 'terms.bin'),
    postings: join(dir, 'postings.bin'),
    documents: join(dir, 'documents.bin'),
    sequences: join(dir, 'sequences.bin'),
    records: join(dir, 'records.jsonl'),
    ids: join(dir, 'ids.txt'),
    /** Which library file the tables were last found to match (see `noteLibraryMatchesTables`). */
    libraryStamp: join(dir, 'library-stamp.json'),
  };
}

export type SearchTablesLayout = ReturnType<typeof searchTablesLayout>;

/** The files that hold the tables' data, all written together, before `meta.json`. */
export const TABLE_DATA_FILES = [
  'terms',
  'stems',
  'termTable',
  'postings',
  'documents',
  'sequences',
  'records',
  'ids',
] as const satisfies readonly (keyof SearchTablesLayout)[];

export type TableDataFile = (typeof TABLE_DATA_FILES)[number];

/** Bumped whenever any file's layout changes, so that old tables are not misread. */
export const SEARCH_TABLES_FORMAT = 1;

/** Lines of `terms.txt` and `stems.txt` per block: one positional read finds a word. */
export const LINES_PER_BLOCK = 256;

/** The fields of a term's row in `terms.bin`. */
export const TermField = {
  /** Live documents holding the term (title or text). */
  Frequency: 0,
  TextOffset: 1,
  TextLength: 2,
  TitleOffset: 3,
  TitleLength: 4,
  /** Where the term's line starts in `terms.txt`, and the byte length of the term itself. */
  LineOffset: 5,
  TermBytes: 6,
} as const;
export const TERM_FIELDS = 7;

/** The fields of a document's row in `documents.bin`. */
export const DocumentField = {
  /** In words, not bytes. */
  SequenceOffset: 0,
  SequenceLength: 1,
  TitleLength: 2,
  RecordOffset: 3,
  /** 0 for a removed document number. */
  RecordLength: 4,
  /** Place in `meta.sources`, plus one (0: no source). */
  Source: 5,
  /** Place in `meta.days`, plus one (0: no date). */
  Day: 6,
} as const;
export const DOCUMENT_FIELDS = 7;

/** First word and byte offset of each block of lines. */
export type BlockStarts = [string, number][];

export interface SearchTablesMeta {
  format: number;
  analyzer: string;
  fingerprint: string;
  totals: { documents: number; textWords: number; titleWords: number };
  capacity: number;
  termCount: number;
  termBlocks: BlockStarts;
  stemBlocks: BlockStarts;
  idBlocks: BlockStarts;
  sources: string[];
  days: string[];
}

/** A document's record line: id, title, source, date, text hash, boilerplate as flat offsets. */
export type RecordLine = [string, string, string | null, string | null, string, number[]];

/** Which corpus the library file (by its stamp, and by its bytes) was last found to hold. */
export interface LibraryStamp {
  fingerprint: string;
  library: string;
  /** The SHA-256 of the library file's bytes; absent from notes written before it was kept. */
  sha256?: string;
}

/*
 * These files are read by hand rather than through zod schemas: a one-shot search that loads zod
 * spends more time on that than on its query. They are a cache the project writes itself, so a
 * check of their shape is enough; anything amiss makes the reader fall back to the full index.
 */

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** A plain loop: thousands of blocks are checked at every one-shot command's start. */
function isBlockStarts(value: unknown): value is BlockStarts {
  if (!Array.isArray(value)) return false;
  for (const block of value as unknown[]) {
    if (!Array.isArray(block) || typeof block[0] !== 'string' || !isCount(block[1])) return false;
  }
  return true;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function asSearchTablesMeta(value: unknown): SearchTablesMeta | undefined {
  const meta = value as Partial<Record<keyof SearchTablesMeta, unknown>> | null;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const totals = meta.totals as Partial<Record<string, unknown>> | undefined;
  const valid =
    meta.format === SEARCH_TABLES_FORMAT &&
    typeof meta.analyzer === 'string' &&
    typeof meta.fingerprint === 'string' &&
    typeof totals === 'object' &&
    isCount(totals.documents) &&
    isCount(totals.textWords) &&
    isCount(totals.titleWords) &&
    isCount(meta.capacity) &&
    isCount(meta.termCount) &&
    isBlockStarts(meta.termBlocks) &&
    isBlockStarts(meta.stemBlocks) &&
    isBlockStarts(meta.idBlocks) &&
    isStrings(meta.sources) &&
    isStrings(meta.days);
  return valid ? (meta as SearchTablesMeta) : undefined;
}

export function asRecordLine(value: unknown): RecordLine {
  const line = value as unknown[];
  const valid =
    Array.isArray(line) &&
    line.length === 6 &&
    typeof line[0] === 'string' &&
    typeof line[1] === 'string' &&
    (line[2] === null || typeof line[2] === 'string') &&
    (line[3] === null || typeof line[3] === 'string') &&
    typeof line[4] === 'string' &&
    Array.isArray(line[5]) &&
    line[5].every(isCount);
  if (!valid) throw new Error('search tables: a record line is damaged');
  return line as RecordLine;
}

export function asLibraryStamp(value: unknown): LibraryStamp | undefined {
  const stamp = value as Partial<LibraryStamp> | null;
  if (typeof stamp?.fingerprint !== 'string' || typeof stamp.library !== 'string') return undefined;
  const found: LibraryStamp = { fingerprint: stamp.fingerprint, library: stamp.library };
  if (typeof stamp.sha256 === 'string') found.sha256 = stamp.sha256;
  return found;
}
