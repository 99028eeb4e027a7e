import { mkdir } from 'node:fs/promises';
import { ANALYZER_VERSION } from '../../../core/search/analyzerVersion';
import type { CorpusTables, TablePostings } from '../../../core/search/corpusTables';
import { calendarDay } from '../../../core/search/documentFilter';
import { writeFileDurably } from '../../persistence/writeFileDurably';
import { DurableFileWriter } from '../../persistence/DurableFileWriter';
import { ByteWriter } from './byteWriter';
import { codeUnitOrder } from './codeUnitOrder';
import { EncodedStrings, LineBytes } from './lineBytes';
import {
  DOCUMENT_FIELDS,
  DocumentField,
  LINES_PER_BLOCK,
  SEARCH_TABLES_FORMAT,
  TERM_FIELDS,
  TermField,
  searchTablesLayout,
  TABLE_DATA_FILES,
  type TableDataFile,
  type SearchTablesMeta,
} from './searchTablesLayout';

const encoder = new TextEncoder();

/** One posting list: per slot its count, then the ascending document numbers as gaps. */
function writePostings(out: ByteWriter, postings: TablePostings | undefined): void {
  if (!postings) return;
  if ('starts' in postings) {
    const { documents, starts, first, slots } = postings;
    for (let slot = 0; slot < slots; slot++) {
      writeSlot(out, documents, starts[first + slot]!, starts[first + slot + 1]!);
    }
    return;
  }
  for (const documents of postings) {
    if (documents) writeSlot(out, documents, 0, documents.length);
    else out.varint(0);
  }
}

/** One slot, `documents[from, to)`: its count, then its document numbers ascending, as gaps. */
function writeSlot(out: ByteWriter, documents: ArrayLike<number>, from: number, to: number): void {
  // Documents are numbered as they are indexed, so a slot is almost always in order already;
  // only one that is not is copied and sorted (an import has hundreds of thousands of slots).
  if (!isAscending(documents, from, to)) {
    documents = Int32Array.from({ length: to - from }, (_, n) => documents[from + n]!).sort();
    to -= from;
    from = 0;
  }
  out.varint(to - from);
  let previous = 0;
  for (let n = from; n < to; n++) {
    const document = documents[n]!;
    out.varint(document - previous);
    previous = document;
  }
}

function isAscending(documents: ArrayLike<number>, from: number, to: number): boolean {
  for (let n = from + 1; n < to; n++) if (documents[n - 1]! > documents[n]!) return false;
  return true;
}

const TAB = 0x09;
const LINE_FEED = 0x0a;

/**
 * Sorted lines in blocks of LINES_PER_BLOCK, with each block's first key and byte offset; `keys`
 * are the lines' keys, `text` the lines, each ending in a line break, encoded in one go and their
 * offsets found in the bytes (for `ids.txt`; the terms' and stems' lines are put together from
 * bytes, see `LineBytes`).
 */
function writeLines(keys: readonly string[], text: string): { bytes: Uint8Array; blocks: [string, number][] } {
  const blocks: [string, number][] = [];
  const bytes = encoder.encode(text);
  let place = 0;
  let lineStart = 0;
  for (let at = 0; at < bytes.length; at++) {
    if (bytes[at] !== LINE_FEED) continue;
    if (place % LINES_PER_BLOCK === 0) blocks.push([keys[place]!, lineStart]);
    place++;
    lineStart = at + 1;
  }
  if (place !== keys.length) throw new Error('search tables: a line holds a line break');
  return { bytes, blocks };
}

/** A place per distinct value, in first-seen order; 0 stands for "none". */
class ValueList {
  readonly values: string[] = [];
  private readonly places = new Map<string, number>();

  placeOf(value: string | undefined): number {
    if (value === undefined) return 0;
    let place = this.places.get(value);
    if (place === undefined) {
      place = this.values.push(value);
      this.places.set(value, place);
    }
    return place;
  }
}

/** Where each table file's bytes go, in order, as they are encoded (see `ByteWriter`'s sink). */
export type TableSinks = Record<TableDataFile, (bytes: Uint8Array) => void>;

const bytesOf = (rows: Uint32Array) => new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength);

/**
 * Encodes the search tables of an index (see `searchTablesLayout`), what a one-shot command reads
 * instead of loading the whole index, handing each file's bytes to its sink as they are made, one
 * file after another, so that at most one file's worth is held at once besides the index (over a
 * large corpus, holding them all doubled the memory of the index). `shaOf` gives the stored text
 * of a document id. Runs in one go, so that the index cannot change while its tables are taken.
 */
export function encodeSearchTables(
  tables: CorpusTables,
  shaOf: (id: string) => string | undefined,
  fingerprint: string,
  sinks: TableSinks,
): SearchTablesMeta {
  const termText = Array.from({ length: tables.termCount }, (_, id) => tables.term(id));
  const termBytes = new EncodedStrings(termText);
  const termBlocks = encodeTerms(tables, termText, termBytes, sinks);
  const stemBlocks = encodeStems(tables, termBytes, sinks);
  const documents = encodeDocuments(tables, shaOf, sinks);
  return {
    format: SEARCH_TABLES_FORMAT,
    analyzer: ANALYZER_VERSION,
    fingerprint,
    totals: tables.totals,
    capacity: tables.capacity,
    termCount: tables.termCount,
    termBlocks,
    stemBlocks,
    idBlocks: documents.idBlocks,
    sources: documents.sources,
    days: documents.days,
  };
}

/** `postings.bin`, `terms.txt` and `terms.bin`; returns the blocks of `terms.txt`. */
function encodeTerms(
  tables: CorpusTables,
  termText: string[],
  termBytes: EncodedStrings,
  sinks: TableSinks,
): [string, number][] {
  const termRows = new Uint32Array(tables.termCount * TERM_FIELDS);
  const postings = new ByteWriter(sinks.postings);
  for (let id = 0; id < tables.termCount; id++) {
    const row = id * TERM_FIELDS;
    termRows[row + TermField.Frequency] = tables.termFrequency(id);
    termRows[row + TermField.TextOffset] = postings.size;
    writePostings(postings, tables.textPostings(id));
    termRows[row + TermField.TextLength] = postings.size - termRows[row + TermField.TextOffset]!;
    termRows[row + TermField.TitleOffset] = postings.size;
    writePostings(postings, tables.titlePostings(id));
    termRows[row + TermField.TitleLength] = postings.size - termRows[row + TermField.TitleOffset]!;
  }
  postings.flush();
  // Terms are distinct and hold no tab or anything below it, so the `term\tid` lines are in the
  // order of their terms: the terms are sorted, not the longer lines made of them.
  const byTerm = codeUnitOrder(termText);
  const lines = new LineBytes(2 * termText.length * 8);
  const blocks: [string, number][] = [];
  for (let place = 0; place < byTerm.length; place++) {
    const id = byTerm[place]!;
    const row = id * TERM_FIELDS;
    if (place % LINES_PER_BLOCK === 0) blocks.push([termText[id]!, lines.size]);
    termRows[row + TermField.LineOffset] = lines.size;
    termRows[row + TermField.TermBytes] = termBytes.length(id);
    termBytes.copyTo(lines, id);
    lines.byte(TAB);
    lines.decimal(id);
    lines.byte(LINE_FEED);
  }
  sinks.terms(lines.bytes());
  sinks.termTable(bytesOf(termRows));
  return blocks;
}

/** `stems.txt`; returns its blocks. */
function encodeStems(tables: CorpusTables, termBytes: EncodedStrings, sinks: TableSinks): [string, number][] {
  const stemTexts: string[] = [];
  // Every stem's term numbers one after another, the stem's from `termStarts[stem]` on: kept as an
  // array a stem, the lists of ANT's 145,000 stems took 28 MB while the tables were written.
  const stemTermIds: number[] = [];
  const termStarts = [0];
  tables.forEachStem((stem, ids) => {
    if (ids.length === 0) return;
    stemTexts.push(stem);
    for (const id of ids) stemTermIds.push(id);
    termStarts.push(stemTermIds.length);
  });
  const stemBytes = new EncodedStrings(stemTexts);
  const order = codeUnitOrder(stemTexts);
  const lines = new LineBytes(2 * stemTexts.length * 24);
  const blocks: [string, number][] = [];
  for (let place = 0; place < order.length; place++) {
    const stem = order[place]!;
    if (place % LINES_PER_BLOCK === 0) blocks.push([stemTexts[stem]!, lines.size]);
    stemBytes.copyTo(lines, stem);
    for (let at = termStarts[stem]!; at < termStarts[stem + 1]!; at++) {
      const id = stemTermIds[at]!;
      lines.byte(TAB);
      lines.decimal(id);
      lines.byte(TAB);
      termBytes.copyTo(lines, id);
    }
    lines.byte(LINE_FEED);
  }
  sinks.stems(lines.bytes());
  return blocks;
}

/** `documents.bin`, `sequences.bin`, `records.jsonl` and `ids.txt`, with what `meta.json` says of them. */
function encodeDocuments(
  tables: CorpusTables,
  shaOf: (id: string) => string | undefined,
  sinks: TableSinks,
): { idBlocks: [string, number][]; sources: string[]; days: string[] } {
  const documentRows = new Uint32Array(tables.capacity * DOCUMENT_FIELDS);
  const sequences = new ByteWriter(sinks.sequences);
  const records = new ByteWriter(sinks.records);
  const liveIds: [string, number][] = [];
  const sources = new ValueList();
  const days = new ValueList();
  for (let document = 0; document < tables.capacity; document++) {
    const record = tables.record(document);
    const sequence = tables.sequence(document);
    if (!record || !sequence) continue;
    // A text the index cannot find gives a hit without snippets, in memory and here alike.
    const sha = shaOf(record.id) ?? '';
    const row = document * DOCUMENT_FIELDS;
    documentRows[row + DocumentField.SequenceOffset] = sequences.size / 4;
    documentRows[row + DocumentField.SequenceLength] = sequence.length;
    sequences.words(sequence);
    documentRows[row + DocumentField.TitleLength] = record.titleLength;
    documentRows[row + DocumentField.RecordOffset] = records.size;
    documentRows[row + DocumentField.RecordLength] = records.text(
      `${JSON.stringify([
        record.id,
        record.title,
        record.source ?? null,
        record.date ?? null,
        sha,
        record.boilerplate.flatMap(({ start, end }) => [start, end]),
      ])}\n`,
    );
    liveIds.push([record.id, document]);
    documentRows[row + DocumentField.Source] = sources.placeOf(record.source);
    documentRows[row + DocumentField.Day] = days.placeOf(calendarDay(record.date));
  }
  sequences.flush();
  records.flush();
  sinks.documents(bytesOf(documentRows));

  liveIds.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let lines = '';
  for (const [id, document] of liveIds) lines += `${id}\t${document}\n`;
  const ids = writeLines(
    liveIds.map(([id]) => id),
    lines,
  );
  sinks.ids(ids.bytes);
  return { idBlocks: ids.blocks, sources: sources.values, days: days.values };
}

export interface WriteSearchTablesOptions {
  /** Runs once the tables are encoded, while their files are flushed to disk. */
  alongside?: () => Promise<void>;
  /**
   * The tables' folder exists already and must not be made: a folder that may be swapped away
   * meanwhile (the index folder, for the highlights' tables) is then not made again.
   */
  inExistingFolder?: boolean;
}

/**
 * Writes the search tables of an index into `indexDir/tables`, each file durably, encoded straight
 * into its file (see `encodeSearchTables`). The meta file, which names the corpus fingerprint, is
 * written last, so tables without it are never read.
 */
export async function writeSearchTables(
  indexDir: string,
  tables: CorpusTables,
  shaOf: (id: string) => string | undefined,
  fingerprint: string,
  { alongside, inExistingFolder = false }: WriteSearchTablesOptions = {},
): Promise<void> {
  const layout = searchTablesLayout(indexDir);
  if (!inExistingFolder) await mkdir(layout.dir, { recursive: true });
  const writers = await Promise.all(TABLE_DATA_FILES.map((file) => DurableFileWriter.open(layout[file])));
  let meta: SearchTablesMeta;
  try {
    const sinks = Object.fromEntries(
      TABLE_DATA_FILES.map((file, n) => {
        const writer = writers[n]!;
        return [file, (bytes: Uint8Array) => writer.write(bytes)];
      }),
    ) as TableSinks;
    meta = encodeSearchTables(tables, shaOf, fingerprint, sinks);
  } catch (error) {
    await Promise.all(writers.map((writer) => writer.abandon()));
    throw error;
  }
  const [committed, besides] = await Promise.allSettled([
    Promise.all(writers.map((writer) => writer.commit())),
    alongside?.(),
  ]);
  if (committed.status === 'rejected') throw committed.reason;
  if (besides.status === 'rejected') throw besides.reason;
  await writeFileDurably(layout.meta, JSON.stringify(meta));
}
