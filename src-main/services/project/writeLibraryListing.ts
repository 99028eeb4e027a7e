import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DocumentSummarySchema } from '../../api/librarySchemas';
import { contentBytes } from '../persistence/fileContent';
import { writeFileDurably } from '../persistence/writeFileDurably';
import type { Library } from './library';
import {
  LIBRARY_LISTING_FORMAT,
  libraryListingPath,
  type DocumentSummary,
  type LibraryListingHeader,
  type StoredRow,
} from './libraryListing';
import type { ProjectLayout } from './projectLayout';

/** The contract's fields in its order: what `library.list` returns once its output is checked. */
const SUMMARY_FIELDS = Object.keys(DocumentSummarySchema.shape) as (keyof DocumentSummary)[];

/** One summary as the contract gives it: its fields in the schema's order, no others. */
function inContractOrder(summary: DocumentSummary): DocumentSummary {
  const ordered: Partial<Record<keyof DocumentSummary, unknown>> = {};
  for (const field of SUMMARY_FIELDS) {
    if (summary[field] !== undefined) ordered[field] = summary[field];
  }
  return ordered as DocumentSummary;
}

/** A document's row: what `qarin docs` shows of it, what it can be chosen by, and where its summary is. */
function rowLine(summary: DocumentSummary, summaryStart: number): string {
  const { id, title, source, category, date, wordCount, warningCount } = summary;
  const row: StoredRow = [
    id,
    title,
    source ?? null,
    category ?? null,
    date ?? null,
    wordCount,
    warningCount,
    summaryStart,
  ];
  return JSON.stringify(row);
}

/**
 * The UTF-8 bytes of `texts`, gathered in chunks of about a megabyte (`contentBytes`) and kept:
 * copied, as `contentBytes` hands each chunk in a buffer it then reuses.
 */
function keptBytes(texts: Iterable<string>): Buffer[] {
  const chunks: Buffer[] = [];
  for (const chunk of contentBytes(texts)) chunks.push(Buffer.from(chunk));
  return chunks;
}

/** How `JSON.stringify(values, null, 2)` indents each element of the array. */
const ELEMENT_INDENT = '  ';

/**
 * The parts of `JSON.stringify(values, null, 2)`, a value at a time (`values` not empty); with
 * `starts`, where each value begins (its first byte, in UTF-8) is pushed to it as it is made.
 */
function* prettyJsonArrayParts(values: readonly unknown[], starts?: number[]): Generator<string> {
  const opening = '[\n';
  yield opening;
  let at = opening.length;
  for (let place = 0; place < values.length; place++) {
    // As an element of the array: indented one level, which stringifying it alone would not do.
    const part = JSON.stringify([values[place]], null, 2).slice(2, -2);
    // Past the two spaces of indent.
    starts?.push(at + ELEMENT_INDENT.length);
    yield part;
    at += Buffer.byteLength(part);
    if (place < values.length - 1) {
      yield ',\n';
      at += 2;
    }
  }
  yield '\n]';
}

/**
 * `JSON.stringify(values, null, 2)` as UTF-8 bytes, in chunks of about a megabyte, byte for byte.
 * A listing of 30,000 reports written as one string took 215 MB more of `qarin serve`'s heap,
 * which a long-lived process keeps once grown: Arabic text is two bytes a character there, and the
 * string was built, joined and encoded whole. Each value is stringified alone and encoded straight
 * into the chunk: a buffer for each of them (240,000 rows and summaries at four times ANT) cost
 * the main thread 1.7 s of allocation at the end of the import.
 */
export function prettyJsonArrayBytes(values: readonly unknown[], starts?: number[]): Buffer[] {
  return values.length === 0 ? [Buffer.from('[]')] : keptBytes(prettyJsonArrayParts(values, starts));
}

/** The listing's rows, a line each; `summaryStarts` are where their summaries begin. */
function* rowLines(items: readonly DocumentSummary[], summaryStarts: readonly number[]): Generator<string> {
  for (const [place, summary] of items.entries()) {
    yield rowLine(summary, summaryStarts[place]!);
    yield '\n';
  }
}

const byteLength = (parts: readonly Buffer[]) => parts.reduce((sum, part) => sum + part.length, 0);

/**
 * The listing (see `libraryListing`) of `library`, which the caller knows to hold exactly what the
 * library files of stamp `stamp` hold (and of those bytes, `librarySha256`, when known). Taken at
 * once, so the library cannot change meanwhile.
 */
export function encodeLibraryListing(library: Library, stamp: string, librarySha256?: string): Buffer[] {
  const { items } = library.list({ offset: 0, limit: library.size, sort: 'date', descending: false }, (title) => title);
  const summaryStarts: number[] = [];
  const summaries = prettyJsonArrayBytes(items.map(inContractOrder), summaryStarts);
  const rows = keptBytes(rowLines(items, summaryStarts));
  const header: LibraryListingHeader = {
    format: LIBRARY_LISTING_FORMAT,
    library: stamp,
    ...(librarySha256 === undefined ? {} : { librarySha256 }),
    documents: items.length,
    facets: library.facets(),
    rowBytes: byteLength(rows),
    summaryBytes: byteLength(summaries),
  };
  // Left in chunks, written one after another: joined, the listing of a large library was held
  // twice (125 MB more at four times ANT) while the index finished saving.
  return [Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...rows, ...summaries];
}

export async function writeLibraryListing(layout: ProjectLayout, encoded: readonly Uint8Array[]): Promise<void> {
  const path = libraryListingPath(layout);
  await mkdir(dirname(path), { recursive: true });
  await writeFileDurably(path, encoded);
}
