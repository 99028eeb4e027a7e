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

/** Messages from the import worker to the thread that started it. */
export type ImportWorkerMessage =
  | {
      type: 'file';
      index: number;
      path: string;
      documents: PreparedDocument[];
      errors: ImportItemError[];
    }
  | { type: 'finished'; cancelled: boolean };

/** Messages to the import worker. */
export type ImportWorkerCommand =
  /** `index` is the file's place in the whole import, so results can be put back in order. */
  { type: 'start'; files: { index: number; path: string }[]; maxFileBytes: number } | { type: 'cancel' };
