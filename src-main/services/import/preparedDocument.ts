import type { ImportItemError } from '../../core/import/parseOutcome';
import type { ParsedDocument } from '../../core/text/documentMeta';
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
