import type { ImportItemError } from '../../core/import/parseOutcome';
import type { ParsedDocument } from '../../core/text/documentMeta';
import type { Span } from '../../core/text/span';
import type { IntegrityWarning } from '../../core/text/integrityWarning';

/** A parsed report with everything the import worker computes off the main thread. */
export interface PreparedDocument extends ParsedDocument {
  path: string;
  sha256: string;
  /** What the library lists it by (see `reportTitle`). */
  title: string;
  wordCount: number;
  boilerplate: Span[];
  warnings: IntegrityWarning[];
}

/**
 * A prepared report as the import worker posts it: its text as code units in a buffer of its
 * file's own, which the message transfers (see `IndexText`).
 */
export interface PostedDocument extends Omit<PreparedDocument, 'text'> {
  text: Uint16Array;
}

/**
 * What the import worker made of one file; `index` is the file's place in the whole import. Its
 * documents are posted (`PostedDocument`); the worker holds them as prepared until then.
 */
export interface PreparedFileMessage<Document extends PreparedDocument | PostedDocument = PostedDocument> {
  index: number;
  path: string;
  documents: Document[];
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

/** Messages to the import worker. */
export type ImportWorkerCommand =
  /** `index` is the file's place in the whole import, so results can be put back in order. */
  | {
      type: 'start';
      files: { index: number; path: string }[];
      maxFileBytes: number;
      /** The project's text store, when the worker is to store each text it reads (see TextStore). */
      textsDir?: string;
    }
  | { type: 'cancel' }
  /** Stop reading after the current group until `resume`: the thread that reads the results is behind. */
  | { type: 'pause' }
  | { type: 'resume' };
