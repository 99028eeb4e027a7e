import type { ImportItemError } from '../../core/import/parseOutcome';
import type { DocumentMeta, ParsedDocument } from '../../core/text/documentMeta';
import type { Span } from '../../core/text/span';
import type { IntegrityWarning } from '../../core/text/integrityWarning';

/** A parsed report with everything the import worker computes off the main thread. */
export interface PreparedDocument extends ParsedDocument {
  path: string;
  sha256: string;
  wordCount: number;
  boilerplate: Span[];
  warnings: IntegrityWarning[];
}

/** What the import worker made of one file; `index` is the file's place in the whole import. */
export interface PreparedFileMessage {
  index: number;
  path: string;
  documents: PreparedDocument[];
  errors: ImportItemError[];
  /**
   * Set when the worker stores texts and could not store one of this file's (a full or read-only
   * disk): `documents` then holds only those before it, whose texts are stored.
   */
  /** The system's error, its code kept so the reason can be said in words (a full disk…). */
  storeFailure?: { message: string; code: string | undefined };
}

/**
 * Messages from the import worker to the thread that started it. Files go in groups: one message
 * per file cost the receiving thread more than the reading did on a corpus of small files.
 */
export type ImportWorkerMessage =
  { type: 'files'; files: PreparedFileMessage[] } | { type: 'finished'; cancelled: boolean };

/** A text source of a REFI-QDA project, whose text is inside the archive the workers are given. */
export interface ArchiveSource {
  /** The source's GUID: its key inside the archive. */
  key: string;
  /** The archive entry that holds its text; absent when the project carries the text inline. */
  entry?: string;
  inlineText?: string;
  meta: DocumentMeta;
}

/** What an import reads: a file, or (with `archiveSource`) one text source of the archive at `path`. */
export interface ImportReadItem {
  path: string;
  archiveSource?: ArchiveSource;
}

/**
 * A .qdpx archive the workers read text sources from: its bytes shared with every worker (not
 * copied to each), and the limits its entries were checked against.
 */
export interface SharedArchive {
  bytes: SharedArrayBuffer;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/** Messages to the import worker. */
export type ImportWorkerCommand =
  /** `index` is the item's place in the whole import, so results can be put back in order. */
  | {
      type: 'start';
      files: (ImportReadItem & { index: number })[];
      maxFileBytes: number;
      /** The project's text store, when the worker is to store each text it reads (see TextStore). */
      textsDir?: string;
      /** The archive of the items that are archive sources. */
      archive?: SharedArchive;
    }
  | { type: 'cancel' };
