import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DocumentSummarySchema } from '../../api/librarySchemas';
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

/** A document's row: what `qarin docs` shows of it, and what it can be chosen by. */
function rowLine(summary: DocumentSummary): string {
  const { id, title, source, category, date, wordCount, warningCount } = summary;
  const row: StoredRow = [id, title, source ?? null, category ?? null, date ?? null, wordCount, warningCount];
  return JSON.stringify(row);
}

/**
 * The listing (see `libraryListing`) of `library`, which the caller knows to hold exactly what the
 * library files of stamp `stamp` hold. Taken at once, so the library cannot change meanwhile.
 */
export function encodeLibraryListing(library: Library, stamp: string): string {
  const { items } = library.list({ offset: 0, limit: library.size, sort: 'date', descending: false }, (title) => title);
  const rows = items.map((summary) => `${rowLine(summary)}\n`).join('');
  const summaries = JSON.stringify(items.map(inContractOrder), null, 2);
  // Counted, not encoded: the text is encoded once, as it is written.
  const header: LibraryListingHeader = {
    format: LIBRARY_LISTING_FORMAT,
    library: stamp,
    documents: items.length,
    rowBytes: Buffer.byteLength(rows, 'utf8'),
    summaryBytes: Buffer.byteLength(summaries, 'utf8'),
  };
  return `${JSON.stringify(header)}\n${rows}${summaries}`;
}

export async function writeLibraryListing(layout: ProjectLayout, encoded: string): Promise<void> {
  const path = libraryListingPath(layout);
  await mkdir(dirname(path), { recursive: true });
  await writeFileDurably(path, encoded);
}
