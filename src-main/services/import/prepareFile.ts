import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ImportError } from '../../core/import/importError';
import { importReasons } from '../../core/import/importReasons';
import { parseFile } from '../../core/import/parseFile';
import type { ImportItemError } from '../../core/import/parseOutcome';
import type { Bilingual } from '../../core/text/bilingual';
import { findBoilerplate } from '../../core/import/boilerplate';
import { findIntegrityWarnings } from '../../core/import/integrity';
import { countWords } from '../../core/text/countWords';
import { fileSystemReason } from '../persistence/fileSystemReason';
import { nodeErrorCode } from '../persistence/nodeErrorCode';
import { importMessages } from './importMessages';
import type { PreparedDocument } from './preparedDocument';

export interface PreparedFile {
  documents: PreparedDocument[];
  errors: ImportItemError[];
}

/**
 * Reads one file and turns it into prepared documents. Every failure becomes an error naming the
 * file and the reason, so one bad file never stops an import.
 *
 * It runs in an import worker, where waiting for the disk holds up no one: the file is read
 * synchronously, because two thread-pool round trips per file (stat, then read) left the workers
 * idle most of the time on a corpus of many small files.
 */
export async function prepareFile(path: string, maxFileBytes: number): Promise<PreparedFile> {
  try {
    const { size } = statSync(path);
    if (size > maxFileBytes) {
      return { documents: [], errors: [{ path, reason: importReasons.fileTooLarge(size, maxFileBytes) }] };
    }
    const bytes = readFileSync(path);
    const outcome = await parseFile(path, bytes, { maxBytes: maxFileBytes });
    const documents = outcome.documents.map((document): PreparedDocument => ({
      ...document,
      path,
      sha256: createHash('sha256').update(document.text, 'utf8').digest('hex'),
      wordCount: countWords(document.text),
      boilerplate: findBoilerplate(document.text),
      warnings: [...(document.warnings ?? []), ...findIntegrityWarnings(document.text)].sort(
        (a, b) => a.start - b.start,
      ),
    }));
    return { documents, errors: outcome.errors };
  } catch (error) {
    return { documents: [], errors: [{ path, reason: reasonOf(error) }] };
  }
}

function reasonOf(error: unknown): Bilingual {
  if (error instanceof ImportError) return error.reason;
  // The scan listed this file: missing now, it went away in between.
  if (nodeErrorCode(error) === 'ENOENT') return importMessages.disappeared();
  return fileSystemReason(error, importMessages.unreadable);
}
