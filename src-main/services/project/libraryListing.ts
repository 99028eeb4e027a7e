import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { DocumentSummarySchema, FacetsSchema } from '../../api/librarySchemas';
import { fileContentHash } from '../persistence/fileContentHash';
import { readFileRange } from '../persistence/readFileRange';
import { fileStamp } from '../persistence/fileStamp';
import { collation } from './library';
import type { ProjectLayout } from './projectLayout';

export type DocumentSummary = z.output<typeof DocumentSummarySchema>;
type Facets = z.output<typeof FacetsSchema>;

/** What a line of `qarin docs` shows of a document, and what it can be chosen by. */
export type LibraryRow = Pick<
  DocumentSummary,
  'id' | 'title' | 'source' | 'category' | 'date' | 'wordCount' | 'warningCount'
>;

/**
 * A row as the listing stores it: id, title, source, category, date, words, warnings, and where its
 * summary begins in the summaries' array (in bytes).
 */
export type StoredRow = [string, string, string | null, string | null, string | null, number, number, number];

/** A row as read, with where its summary begins. */
interface ListedRow {
  row: LibraryRow;
  summaryStart: number;
}

/**
 * The library listing: what `library.list` returns, sorted by date, for `qarin docs` to read
 * instead of opening the project, whose library file is larger and is checked entry by entry.
 * After a header line (see LibraryListingHeader) come the rows, one JSON array a line (StoredRow),
 * then the same documents' whole summaries as one JSON array, indented by two spaces: the plain
 * listing reads only the rows, `--json` prints the summaries as they are, without decoding
 * tens of megabytes of JSON to encode them again, and a page of `library.list` reads the rows
 * and then only its own summaries, where the rows say they are. Like the search tables it is a
 * cache, kept in the index folder and used only while the library files are exactly those it was
 * written from.
 */
export function libraryListingPath(layout: ProjectLayout): string {
  return join(layout.index, 'library-listing.jsonl');
}

/**
 * Bumped whenever the listing's lines change shape or the order its rows are in (`comparatorFor`
 * and the ties broken by id), so that an old listing is not misread (and is written again by the
 * next project that opens: 2 added the facets to the header, 3 where each row's summary begins, 4
 * the collation it is sorted by).
 */
export const LIBRARY_LISTING_FORMAT = 4;

export interface LibraryListingHeader {
  format: number;
  /** `libraryFilesStamp` of the library the listing was written from. */
  library: string;
  /**
   * The SHA-256 of that library file's bytes, when it had no journal: a project copied, moved or
   * restored from a backup has new stamps but the same library, which its bytes prove.
   */
  librarySha256?: string;
  documents: number;
  /**
   * The library's facets as `project.info` gives them: with the count, all the first screen asks
   * before it lists anything, read from this line alone instead of from 30,000 rows.
   */
  facets: Facets;
  /**
   * The `collation` the rows and facets are sorted by. A listing of another (written by the command
   * line, read by the app, or the other way round) is current all the same: what it lists does not
   * depend on it, and writing it again at each switch would cost each a whole opening. Only what
   * trusts the order checks it (`LibraryListing.inOrderHere`).
   */
  collation: string;
  /** Bytes of the rows, from the end of the header line to the first summary. */
  rowBytes: number;
  /** Bytes of the summaries' array, to the end of the file: a file of another length is damaged. */
  summaryBytes: number;
}

/** How `fileStamp` stamps a file that is not there. */
const ABSENT_FILE = 'absent';

/**
 * The stamps of the library file and its journal: equal stamps mean nobody wrote either in
 * between, so a listing of the same stamp lists exactly what the library holds.
 */
export async function libraryFilesStamp(layout: ProjectLayout): Promise<string> {
  const [library, journal] = await Promise.all([fileStamp(layout.library), fileStamp(layout.libraryJournal)]);
  return `${library}+${journal}`;
}

/*
 * Read by hand rather than through the contract's zod schemas, whose loading alone costs more
 * than reading the listing: the project writes this file itself, so a check of its shape is
 * enough, and anything amiss sends `qarin docs` the slower way, through the library.
 */

/**
 * This much of the file holds the header line of most libraries, thousands of sources' names
 * included; a longer one is read further (up to HEADER_LIMIT).
 */
const HEADER_READ = 64 << 10;
const HEADER_LIMIT = 16 << 20;

const isCounted = (value: unknown) =>
  Array.isArray(value) &&
  value.every(
    (facet: { name?: unknown; count?: unknown }) => typeof facet?.name === 'string' && Number.isInteger(facet.count),
  );

function isFacets(value: unknown): value is Facets {
  const facets = value as Partial<Facets> | null;
  const isDay = (day: unknown) => day === undefined || typeof day === 'string';
  return (
    isCounted(facets?.sources) && isCounted(facets?.categories) && isDay(facets?.firstDate) && isDay(facets?.lastDate)
  );
}

function asHeader(value: unknown): LibraryListingHeader | undefined {
  const header = value as Partial<LibraryListingHeader> | null;
  return header?.format === LIBRARY_LISTING_FORMAT &&
    typeof header.library === 'string' &&
    Number.isInteger(header.documents) &&
    isFacets(header.facets) &&
    typeof header.collation === 'string' &&
    Number.isInteger(header.rowBytes) &&
    Number.isInteger(header.summaryBytes)
    ? (header as LibraryListingHeader)
    : undefined;
}

const isText = (value: unknown) => value === null || typeof value === 'string';

function asRow(value: unknown): ListedRow | undefined {
  const row = value as unknown[];
  const valid =
    Array.isArray(row) &&
    row.length === 8 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    isText(row[2]) &&
    isText(row[3]) &&
    isText(row[4]) &&
    Number.isInteger(row[5]) &&
    Number.isInteger(row[6]) &&
    Number.isInteger(row[7]);
  if (!valid) return undefined;
  const [id, title, source, category, date, wordCount, warningCount, summaryStart] = row as StoredRow;
  const shown: LibraryRow = { id, title, wordCount, warningCount };
  if (source !== null) shown.source = source;
  if (category !== null) shown.category = category;
  if (date !== null) shown.date = date;
  return { row: shown, summaryStart };
}

/**
 * The header line at the start of `bytes` and where the body after it starts, if it is current: by
 * its stamp, or (with `provedByBytes`) by the library's bytes when only the stamp changed.
 */
async function currentHeader(
  bytes: Buffer,
  fileSize: number,
  layout: ProjectLayout,
  stamp: string,
  provedByBytes = true,
): Promise<{ header: LibraryListingHeader; bodyAt: number } | undefined> {
  const end = bytes.indexOf(10);
  if (end < 0) return undefined;
  const header = asHeader(JSON.parse(bytes.subarray(0, end).toString('utf8')));
  const whole = header && end + 1 + header.rowBytes + header.summaryBytes === fileSize;
  if (!whole) return undefined;
  const current = header.library === stamp || (provedByBytes && (await sameLibraryBytes(layout, header, stamp)));
  return current ? { header, bodyAt: end + 1 } : undefined;
}

/**
 * Whether the library, whose stamp is no longer the listing's, still holds the bytes the listing
 * was written from: hashing ANT's library takes 0.1 s, listing it through the project 3 s. Only
 * without a journal on either side, as a journal's lines count too.
 */
async function sameLibraryBytes(layout: ProjectLayout, header: LibraryListingHeader, stamp: string): Promise<boolean> {
  const withoutJournal = (filesStamp: string) => filesStamp.endsWith(`+${ABSENT_FILE}`);
  if (header.librarySha256 === undefined || !withoutJournal(stamp) || !withoutJournal(header.library)) return false;
  return (await fileContentHash(layout.library)) === header.librarySha256;
}

/**
 * The SHA-256 of the library file for a listing of stamp `stamp`, or undefined when the library has
 * a journal or was written meanwhile (the bytes hashed would not be those stamped).
 */
export async function libraryBytesHash(layout: ProjectLayout, stamp: string): Promise<string | undefined> {
  // A project with no library file yet (nothing imported) has no bytes to prove.
  if (!stamp.endsWith(`+${ABSENT_FILE}`) || stamp.startsWith(`${ABSENT_FILE}+`)) return undefined;
  const hash = await fileContentHash(layout.library);
  return (await libraryFilesStamp(layout)) === stamp ? hash : undefined;
}

/** The open listing's header and where its rows start, if it is whole and current; reads the header line only. */
async function readCurrentHeader(
  file: FileHandle,
  layout: ProjectLayout,
  stamp: string,
  provedByBytes = true,
): Promise<{ header: LibraryListingHeader; bodyAt: number } | undefined> {
  const size = (await file.stat()).size;
  for (let length = HEADER_READ; ; length *= 4) {
    const head = await readFileRange(file, 0, Math.min(length, size));
    if (head.includes(10) || head.length === size || length >= HEADER_LIMIT) {
      return currentHeader(head, size, layout, stamp, provedByBytes);
    }
  }
}

/**
 * The listing opened, with the stamp of the library files now, taken before a byte is read: a
 * library written meanwhile makes the listing stale next time. Undefined when it cannot be opened.
 */
async function openListing(layout: ProjectLayout): Promise<{ file: FileHandle; stamp: string } | undefined> {
  try {
    const stamp = await libraryFilesStamp(layout);
    return { file: await open(libraryListingPath(layout), 'r'), stamp };
  } catch {
    return undefined;
  }
}

/** Runs `read` on the open listing and the stamp of the library files now; undefined if that fails. */
async function withListing<T>(
  layout: ProjectLayout,
  read: (file: FileHandle, stamp: string) => Promise<T | undefined>,
): Promise<T | undefined> {
  const opened = await openListing(layout);
  if (!opened) return undefined;
  try {
    return await read(opened.file, opened.stamp);
  } catch {
    return undefined;
  } finally {
    await opened.file.close();
  }
}

/**
 * Whether the listing is whole and stamped with the library files as they are now; reads its
 * header only. A listing current only by the library's bytes (the project copied, moved or
 * restored) is not: written again with the new stamp, it spares every later start hashing the
 * library, twice, to prove it.
 */
export async function libraryListingIsStamped(layout: ProjectLayout): Promise<boolean> {
  const stamped = await withListing(
    layout,
    async (file, stamp) => (await readCurrentHeader(file, layout, stamp, false)) !== undefined,
  );
  return stamped ?? false;
}

/**
 * What `qarin docs` shows of every document, sorted by date as `library.list` sorts them, or
 * undefined when the listing is missing, damaged, of another format or of a library that has
 * changed since. Reads the header and the rows only.
 */
export async function readLibraryRows(layout: ProjectLayout): Promise<LibraryRow[] | undefined> {
  return withListing(layout, async (file, stamp) => (await readCurrentRows(file, layout, stamp))?.all());
}

/** Whether the rows' summaries begin in order, each inside the summaries' array. */
function summariesInOrder(rows: readonly ListedRow[], header: LibraryListingHeader): boolean {
  let previous = 0;
  for (const { summaryStart } of rows) {
    if (summaryStart <= previous || summaryStart >= header.summaryBytes) return false;
    previous = summaryStart;
  }
  return true;
}

/** The summaries' JSON array, read as `bytes`, or undefined if it is cut short or damaged. */
function summariesJsonIn(bytes: Buffer, header: LibraryListingHeader): Buffer | undefined {
  if (bytes.length !== header.summaryBytes) return undefined;
  // An array that does not open and close as one is damaged.
  return bytes[0] === 0x5b && bytes[bytes.length - 1] === 0x5d ? bytes : undefined;
}

/**
 * Every document's summary, as `library.list` returns them and as one JSON array indented by two
 * spaces, in UTF-8: what `qarin docs --json` prints. Undefined as for `readLibraryRows`.
 */
export async function readLibrarySummariesJson(layout: ProjectLayout): Promise<Buffer | undefined> {
  return withListing(layout, async (file, stamp) => {
    const current = await readCurrentHeader(file, layout, stamp);
    if (!current) return undefined;
    const { header, bodyAt } = current;
    // UTF-8 bytes, as they are printed: decoding them only to encode them again costs more than the rest.
    return summariesJsonIn(await readFileRange(file, bodyAt + header.rowBytes, header.summaryBytes), header);
  });
}

/*
 * The summaries are written as `JSON.stringify(summaries, null, 2)` and hold no nested value, so
 * each begins on a line of its own, `  {`, and ends on one, `  }`: a string value cannot hold a raw
 * newline, so nothing inside a summary looks like either. Finding them by those lines costs a pass
 * over the bytes, which for a caller that reads them all (`listingDocuments`) costs less than
 * decoding the rows that say where they are; decoding all 30,000 summaries would cost ten times more.
 */
const SUMMARY_OPENS = Buffer.from('\n  {');
const SUMMARY_CLOSES = Buffer.from('\n  }');

/** Where each summary of the summaries' JSON array begins (at its `{`), in order. */
export function summaryStarts(summaries: Buffer): number[] {
  const starts: number[] = [];
  for (let at = summaries.indexOf(SUMMARY_OPENS); at >= 0; at = summaries.indexOf(SUMMARY_OPENS, at + 1)) {
    starts.push(at + SUMMARY_OPENS.length - 1);
  }
  return starts;
}

/** Where the summary that holds byte `at` of the summaries begins. */
export function summaryHolding(summaries: Buffer, at: number): number {
  return summaries.lastIndexOf(SUMMARY_OPENS, at) + SUMMARY_OPENS.length - 1;
}

/** The summary that begins at `start` (one of `summaryStarts`). */
export function summaryAt(summaries: Buffer, start: number): DocumentSummary {
  const end = summaries.indexOf(SUMMARY_CLOSES, start) + SUMMARY_CLOSES.length;
  return JSON.parse(summaries.toString('utf8', start, end)) as DocumentSummary;
}

/** The rows of a listing, each decoded when first asked for; each throws if the row is damaged. */
interface CurrentRows {
  header: LibraryListingHeader;
  /** Where the body (the rows, then the summaries) starts in the file. */
  bodyAt: number;
  /** The rows' bytes, undecoded. */
  bytes: Buffer;
  /** Where each row's line begins in `bytes`. */
  starts: number[];
  /** The row at `position`, with where its summary begins. */
  listed(position: number): ListedRow;
  /** Every row, in order, their summaries checked to begin in order inside the summaries' array. */
  all(): LibraryRow[];
}

/** Where each line of `bytes` begins, if it holds `count` lines, each ending in a newline. */
function lineStarts(bytes: Buffer, count: number): number[] | undefined {
  const starts: number[] = [];
  for (let at = 0; at < bytes.length;) {
    const end = bytes.indexOf(0x0a, at);
    if (end < 0) return undefined;
    starts.push(at);
    at = end + 1;
  }
  return starts.length === count ? starts : undefined;
}

const damaged = () => new Error('library listing: a row is damaged');

/**
 * The listing's header and rows, read from the open file, if it is whole and current and holds as
 * many lines as it lists reports. The rows are kept as bytes, each decoded when asked for:
 * decoding ANT's at once takes a tenth of a second, which a page of a few hundred need not wait for.
 */
async function readCurrentRows(
  file: FileHandle,
  layout: ProjectLayout,
  stamp: string,
): Promise<CurrentRows | undefined> {
  const current = await readCurrentHeader(file, layout, stamp);
  if (!current) return undefined;
  const { header } = current;
  const bytes = await readFileRange(file, current.bodyAt, header.rowBytes);
  const starts = bytes.length === header.rowBytes ? lineStarts(bytes, header.documents) : undefined;
  if (!starts) return undefined;
  const count = starts.length;
  const lineEnd = (position: number) => (position + 1 < count ? starts[position + 1]! : bytes.length) - 1;
  const decoded = new Array<ListedRow | undefined>(count);
  const listed = (position: number): ListedRow => {
    const known = decoded[position];
    if (known) return known;
    if (!(position >= 0 && position < count)) throw new RangeError(`library listing: no row ${position}`);
    const row = asRow(JSON.parse(bytes.toString('utf8', starts[position], lineEnd(position))));
    if (!row) throw damaged();
    return (decoded[position] = row);
  };
  const all = () => {
    const rows = Array.from({ length: count }, (_, position) => listed(position));
    if (!summariesInOrder(rows, header)) throw damaged();
    return rows.map(({ row }) => row);
  };
  return { ...current, bytes, starts, listed, all };
}

/**
 * The listing, read from the file kept open: its rows, each decoded when first asked for, and the
 * summaries of those asked for. A page of the first screen reads a few hundred of ANT's 30,000
 * rows, and the story clusters find their reports by id: decoding every row (a tenth of a second
 * at best, three times that in a process that has just started) held back the first search.
 */
export interface LibraryListing {
  /** The sources, categories and dates of the reports it lists, as `project.info` gives them. */
  readonly facets: Facets;
  /** How many reports it lists. */
  readonly count: number;
  /**
   * Whether its rows are in this runtime's order of the date sort, ties broken by id: written in
   * this collation. Otherwise a page is sorted here.
   */
  readonly inOrderHere: boolean;
  /** The row at `position`, in the listing's order (see `libraryListingPath`); throws if it is damaged. */
  row(position: number): LibraryRow;
  /** Every row, in order; throws if one is damaged. */
  rows(): LibraryRow[];
  /** Where the report of id `id` is listed, or undefined when it is not; throws if a row is damaged. */
  positionOf(id: string): number | undefined;
  /** The summaries of the rows at `positions`; throws if the file is damaged. */
  summaries(positions: readonly number[]): Promise<DocumentSummary[]>;
  /** Lets go of the file. */
  close(): Promise<void>;
}

/**
 * The listing's rows, and its summaries when asked for, or undefined when it is missing, of another
 * format, or of a library that has changed since; a row or summary damaged is found where it is
 * read, and throws there. For a process that answers `library.list` and `compare.clusters` from it
 * (the first screen, while the project opens): a row is decoded when asked for, a summary read
 * where its row says it is. The file is kept open until `close`: a listing written again meanwhile
 * replaces it by renaming, which leaves the bytes read here as they were.
 */
export async function readLibraryListing(layout: ProjectLayout): Promise<LibraryListing | undefined> {
  const opened = await openListing(layout);
  if (!opened) return undefined;
  const { file, stamp } = opened;
  const current = await readCurrentRows(file, layout, stamp).catch(() => undefined);
  if (!current) {
    await file.close();
    return undefined;
  }
  const { header, bodyAt, bytes, starts, listed } = current;
  const count = starts.length;
  let positions: Map<string, number> | undefined;
  const byId = () => (positions ??= idPositions(bytes, starts, (position) => listed(position).row.id));
  let closed = false;
  // Found by id for the story clusters: indexed on the next turn, while the reader of the listing
  // waits for its first calls, not within the first call that needs it (50 ms of it on ANT).
  setImmediate(() => {
    if (closed) return;
    try {
      byId();
    } catch {
      // A damaged row: left to be found, and thrown, where a report is asked for by id.
    }
  });
  /** Where the summary of the row at `position` begins, and where the next one does. */
  const summaryBounds = (position: number): [number, number] => {
    // Up to the next summary: a summary ends on a line of its own (see `summaryAt`).
    const start = listed(position).summaryStart;
    const end = position + 1 < count ? listed(position + 1).summaryStart : header.summaryBytes;
    if (!(start > 0 && start < end && end <= header.summaryBytes)) throw damaged();
    return [start, end];
  };
  /**
   * The summaries of consecutive positions `first`…`last`, which lie one after the other: one read
   * for them all. A page of 200 read one by one took 40 ms of a process that had just started.
   */
  const summaryRun = async (first: number, last: number): Promise<DocumentSummary[]> => {
    const [runStart] = summaryBounds(first);
    const [, runEnd] = summaryBounds(last);
    const run = await readFileRange(file, bodyAt + header.rowBytes + runStart, runEnd - runStart);
    const found: DocumentSummary[] = [];
    for (let position = first; position <= last; position++) {
      const [start, end] = summaryBounds(position);
      const summary = summaryAt(run.subarray(start - runStart, end - runStart), 0);
      if (summary.id !== listed(position).row.id) throw new Error("library listing: a summary is not its row's");
      found.push(summary);
    }
    return found;
  };
  const summaries = async (positions: readonly number[]): Promise<DocumentSummary[]> => {
    const ascending = [...new Set(positions)].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const position of ascending) {
      const run = runs[runs.length - 1];
      if (run && run[1] + 1 === position) run[1] = position;
      else runs.push([position, position]);
    }
    const byPosition = new Map<number, DocumentSummary>();
    await Promise.all(
      runs.map(async ([first, last]) =>
        (await summaryRun(first, last)).forEach((summary, offset) => byPosition.set(first + offset, summary)),
      ),
    );
    return positions.map((position) => byPosition.get(position)!);
  };
  return {
    facets: header.facets,
    count,
    inOrderHere: header.collation === collation,
    row: (position) => listed(position).row,
    rows: current.all,
    positionOf: (id) => byId().get(id),
    summaries,
    close: () => {
      closed = true;
      return file.close();
    },
  };
}

/**
 * Where each report is listed, by its id, read from the start of each row (`["id",`) without
 * decoding the row. The project's ids are printable ASCII, read as such; a row that does not start
 * so, or whose id holds another character or an escape, is decoded (and throws if damaged).
 */
function idPositions(
  bytes: Buffer,
  starts: readonly number[],
  decodedId: (position: number) => string,
): Map<string, number> {
  const positions = new Map<string, number>();
  const quote = 0x22;
  // Printable ASCII, and neither the closing quote nor an escape.
  const isPlain = (byte: number) => byte >= 0x20 && byte < 0x80 && byte !== quote && byte !== 0x5c;
  for (const [position, start] of starts.entries()) {
    let end = start + 2;
    if (bytes[start] === 0x5b && bytes[start + 1] === quote) while (end < bytes.length && isPlain(bytes[end]!)) end++;
    // Closed by a quote and followed by the next field, as JSON.parse would read it.
    const plain = end > start + 2 && bytes[end] === quote && bytes[end + 1] === 0x2c;
    positions.set(plain ? bytes.toString('latin1', start + 2, end) : decodedId(position), position);
  }
  return positions;
}
