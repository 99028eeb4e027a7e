import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { SearchRequest } from '../../../core/search/searchResult';
import {
  annotationSearchHit,
  highlightSearchRequest,
  type AnnotationSearchHit,
  type HighlightFieldName,
} from '../../annotations/highlightSearchHit';
import { fileStamp } from '../../persistence/fileStamp';
import type { ProjectLayout } from '../../project/projectLayout';
import { DiskSearchIndex } from './diskSearchIndex';
import { readSearchTablesMeta } from './searchTablesFreshness';
import { searchTablesLayout, type SearchTablesMeta } from './searchTablesLayout';
import { TableFile } from './tableFile';

const decoder = new TextDecoder();

/** Bumped whenever the fields file or what the stamp covers changes. */
const HIGHLIGHT_TABLES_FORMAT = 1;

/**
 * The highlights' search tables, for a one-shot `qarin search`: the tables of the index of their
 * quotes and notes (`index/highlights/tables/`, laid out as the reports' are, each quote or note a
 * "document"), and `fields.jsonl`, a line per quote or note with what a hit on it shows. Where a
 * report's record names its stored text, a quote's or note's names its line: `offset:length`.
 */
export function highlightTablesLayout(indexDir: string) {
  const dir = join(indexDir, 'highlights');
  return {
    dir,
    tables: searchTablesLayout(dir),
    fields: join(dir, 'fields.jsonl'),
  };
}

/** A line of `fields.jsonl`: a quote or note and what a hit on it shows. */
export type FieldLine = [highlightId: string, field: HighlightFieldName, docId: string, docTitle: string, text: string];

function asFieldLine(value: unknown): FieldLine {
  const valid =
    Array.isArray(value) &&
    value.length === 5 &&
    (value[1] === 'quote' || value[1] === 'note') &&
    value.every((part) => typeof part === 'string');
  if (!valid) throw new Error('highlight search tables: a line of fields.jsonl is damaged');
  return value as FieldLine;
}

/** Where a line of `fields.jsonl` lies, as its quote's or note's record names it. */
export const fieldLinePlace = (offset: number, length: number) => `${offset}:${length}`;

function parseFieldLinePlace(place: string): { offset: number; length: number } {
  const match = /^(\d+):(\d+)$/.exec(place);
  if (!match) throw new Error('highlight search tables: a record names no line of fields.jsonl');
  return { offset: Number(match[1]), length: Number(match[2]) };
}

/**
 * What the highlights' tables answer for: the annotations' snapshot and journal as they are on
 * disk now, and the reports' tables they were read against (their corpus, and the library file
 * they were found to match: a report's title or source may change). Tables stamped otherwise are
 * not read. Taken before the annotations are read for writing, so that a change made meanwhile
 * leaves tables that are not read. Undefined for reports' tables not checked against a library.
 */
export async function highlightTablesStamp(
  layout: ProjectLayout,
  reports: Pick<DiskSearchIndex, 'fingerprint' | 'libraryStamp'>,
): Promise<string | undefined> {
  if (reports.libraryStamp === undefined) return undefined;
  const stamps = await Promise.all([fileStamp(layout.annotations), fileStamp(layout.annotationJournal)]);
  const stamp = JSON.stringify([HIGHLIGHT_TABLES_FORMAT, ...stamps, reports.libraryStamp, reports.fingerprint]);
  return createHash('sha256').update(stamp).digest('hex');
}

/**
 * A search of the highlights' quotes and notes over their tables: the lines, postings and term
 * sequences of the words asked for, then the lines of `fields.jsonl` of the hits shown. Its hits
 * are the ones the annotation service finds (the same index, ranked by the same search).
 */
export class HighlightSearchTables {
  private readonly index: DiskSearchIndex;
  private readonly fields: TableFile;
  private readonly lines = new Map<string, FieldLine>();

  private constructor(files: ReturnType<typeof highlightTablesLayout>, meta: SearchTablesMeta) {
    this.fields = new TableFile(files.fields);
    try {
      this.index = new DiskSearchIndex(files.tables, meta, '', { readText: (place) => this.line(place)[4] });
    } catch (error) {
      this.fields.close();
      throw error;
    }
  }

  /** The tables, or undefined when they are missing, unreadable or stamped otherwise than `stamp`. */
  static async open(layout: ProjectLayout, stamp: string): Promise<HighlightSearchTables | undefined> {
    const files = highlightTablesLayout(layout.index);
    try {
      const meta = await readSearchTablesMeta(files.dir);
      if (meta?.fingerprint !== stamp) return undefined;
      return new HighlightSearchTables(files, meta);
    } catch {
      // Missing or damaged tables only cost the slower way: they are a cache of the annotations.
      return undefined;
    }
  }

  /** The highlights matching `request`, as `AnnotationService.searchHits` gives them. Throws if a file is damaged. */
  search(request: SearchRequest): AnnotationSearchHit[] {
    if (request.query.trim() === '') return [];
    const result = this.index.search(highlightSearchRequest(request));
    return result.hits.map((hit) => {
      const record = this.index.documentById(hit.id);
      if (!record) throw new Error('highlight search tables: a hit has no record');
      const [highlightId, field, docId, docTitle, text] = this.line(record.sha256);
      return annotationSearchHit(hit, { highlightId, field, docId, docTitle, text });
    });
  }

  close(): void {
    this.index.close();
    this.fields.close();
  }

  private line(place: string): FieldLine {
    let line = this.lines.get(place);
    if (line === undefined) {
      const { offset, length } = parseFieldLinePlace(place);
      line = asFieldLine(JSON.parse(decoder.decode(this.fields.view(offset, length))));
      this.lines.set(place, line);
    }
    return line;
  }
}
