import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { parseFile } from '../../core/import/parseFile';
import { findBoilerplate } from '../../core/import/boilerplate';
import { findIntegrityWarnings } from '../../core/import/integrity';
import { countWords } from '../../core/text/countWords';
import type { PreparedDocument } from './preparedDocument';

export interface PreparedFile {
  documents: PreparedDocument[];
  errors: { path: string; reason: string }[];
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Reads one file and turns it into prepared documents. Every failure becomes an error naming the
 * file and the reason, so one bad file never stops an import.
 */
export async function prepareFile(path: string, maxFileBytes: number): Promise<PreparedFile> {
  try {
    const { size } = await stat(path);
    if (size > maxFileBytes) {
      return {
        documents: [],
        errors: [{ path, reason: `file is ${describeSize(size)}, over the ${describeSize(maxFileBytes)} limit` }],
      };
    }
    const bytes = await readFile(path);
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

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, reason, message } = error as { code?: string; reason?: string; message?: string };
    if (reason) return reason;
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ENOENT') return 'file disappeared before it could be read';
    if (code === 'EISDIR') return 'is a folder';
    if (message) return message;
  }
  return String(error);
}
