import { basename } from 'node:path';
import { DocumentSummarySchema } from '../../api/librarySchemas';
import { nodeErrorCode } from '../persistence/nodeErrorCode';
import { removeLeftoverTemporaryFiles, writeFileDurably } from '../persistence/writeFileDurably';
import { collation, summarize, type Library } from './library';
import type { LibraryEntry } from './libraryEntry';
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
function rowLine(entry: LibraryEntry, summaryStart: number): string {
  const { id, title, source, category, date, wordCount, warnings } = entry;
  const row: StoredRow = [
    id,
    title,
    source ?? null,
    category ?? null,
    date ?? null,
    wordCount,
    warnings.length,
    summaryStart,
  ];
  return `${JSON.stringify(row)}\n`;
}

/** How `JSON.stringify(values, null, 2)` indents each element of the array. */
const ELEMENT_INDENT = '  ';

/**
 * The parts of `JSON.stringify(values, null, 2)`, a value at a time, made as they are asked for;
 * `onValue` is told where each value begins (its first byte, in UTF-8) before its part is given.
 */
export function* prettyJsonArrayParts(values: Iterable<unknown>, onValue?: (start: number) => void): Generator<string> {
  let at = 0;
  for (const value of values) {
    const separator = at === 0 ? '[\n' : ',\n';
    yield separator;
    at += separator.length;
    onValue?.(at + ELEMENT_INDENT.length);
    // As an element of the array: indented one level, which stringifying it alone would not do.
    const part = JSON.stringify([value], null, 2).slice(2, -2);
    yield part;
    at += Buffer.byteLength(part);
  }
  yield at === 0 ? '[]' : '\n]';
}

function* summariesOf(entries: readonly LibraryEntry[]): Generator<DocumentSummary> {
  for (const entry of entries) yield inContractOrder(summarize(entry));
}

/**
 * The listing (see `libraryListing`) of `library` as it is now, which the caller knows to hold
 * exactly what the library files of stamp `stamp` hold (and of those bytes, `librarySha256`, when
 * known): its lines, made as they are written. They are measured first, for the header, and made
 * again as the file is written, of the same entries whatever is put in the library meanwhile. Made
 * whole before it was written, the listing of ANT (31 MB, and the summaries it was made from)
 * was held while the index finished saving: the largest part of the peak memory of an import.
 */
export function libraryListingLines(library: Library, stamp: string, librarySha256?: string): Iterable<string> {
  const entries = library.matching({ sort: 'date', descending: false }, (title) => title);
  const summaryStarts: number[] = [];
  let summaryBytes = 0;
  for (const part of prettyJsonArrayParts(summariesOf(entries), (start) => summaryStarts.push(start))) {
    summaryBytes += Buffer.byteLength(part);
  }
  let rowBytes = 0;
  for (const [place, entry] of entries.entries()) rowBytes += Buffer.byteLength(rowLine(entry, summaryStarts[place]!));
  const header: LibraryListingHeader = {
    format: LIBRARY_LISTING_FORMAT,
    library: stamp,
    ...(librarySha256 === undefined ? {} : { librarySha256 }),
    documents: entries.length,
    facets: library.facets(),
    collation,
    rowBytes,
    summaryBytes,
  };
  return (function* () {
    yield `${JSON.stringify(header)}\n`;
    for (const [place, entry] of entries.entries()) yield rowLine(entry, summaryStarts[place]!);
    yield* prettyJsonArrayParts(summariesOf(entries));
  })();
}

/**
 * Writes the listing, `lines`, into the index folder once `indexSaved` settles: a saving index
 * replaces the folder, so the listing is written beside the library meanwhile and moved in then.
 * There is no listing where there is no index folder: this does not make one, as another process
 * may be saving its index (between its two renames), which a folder made here would make fail.
 */
export async function writeLibraryListing(
  layout: ProjectLayout,
  lines: Iterable<string>,
  indexSaved: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  const path = libraryListingPath(layout);
  // An index that failed to save left the folder as it was: the listing still belongs there.
  const indexSettled = indexSaved.then(
    () => undefined,
    () => undefined,
  );
  // Left by a process stopped while it wrote one.
  await removeLeftoverTemporaryFiles(layout.root, (name) => name === basename(path));
  try {
    await writeFileDurably(path, lines, { temporaryFolder: layout.root, beforeRename: () => indexSettled });
  } catch (error) {
    // The index folder is not there (its temporary file is then removed): the listing is a cache.
    if (nodeErrorCode(error) !== 'ENOENT') throw error;
  }
}
