import { hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ImportError } from '../../core/import/importError';
import { importReasons } from '../../core/import/importReasons';
import { parseFile } from '../../core/import/parseFile';
import type { ImportItemError } from '../../core/import/parseOutcome';
import type { Bilingual } from '../../core/text/bilingual';
import { findBoilerplate } from '../../core/import/boilerplate';
import { findIntegrityWarnings } from '../../core/import/integrity';
import { countWords } from '../../core/text/countWords';
import { reportTitle } from '../../core/import/reportTitle';
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
  const buffer = borrowBuffer();
  try {
    const bytes = readUpTo(path, maxFileBytes, buffer);
    if (typeof bytes === 'number') {
      return { documents: [], errors: [{ path, reason: importReasons.fileTooLarge(bytes, maxFileBytes) }] };
    }
    const outcome = await parseFile(path, bytes, { maxBytes: maxFileBytes });
    const documents = outcome.documents.map((document): PreparedDocument => ({
      ...document,
      path,
      // One call: a hash object a document cost as much again as hashing its text.
      sha256: hash('sha256', document.text, 'hex'),
      title: reportTitle(document),
      wordCount: countWords(document.text),
      boilerplate: findBoilerplate(document.text),
      warnings: [...(document.warnings ?? []), ...findIntegrityWarnings(document.text)].sort(
        (a, b) => a.start - b.start,
      ),
    }));
    return { documents, errors: outcome.errors };
  } catch (error) {
    return { documents: [], errors: [{ path, reason: reasonOf(error) }] };
  } finally {
    giveBack(buffer);
  }
}

/** Files up to this size (nearly all reports) are read into the buffer kept from file to file. */
const SPARE_FILE_BYTES = 64 * 1024;

/**
 * A buffer to read files into, kept from file to file: a fresh one a file made the collector a
 * large part of an import worker's time. Nothing keeps a file's bytes once it is prepared (its text
 * is decoded into strings), and a call made while another holds the buffer gets one of its own.
 */
let spare: Buffer | undefined;

function borrowBuffer(): Buffer {
  // One byte more than the largest file it takes: a read that fills it shows the file is larger.
  const buffer = spare ?? Buffer.allocUnsafe(SPARE_FILE_BYTES + 1);
  spare = undefined;
  return buffer;
}

function giveBack(buffer: Buffer): void {
  spare = buffer;
}

/**
 * The bytes of the file at `path`, or its size when that is over `maxBytes`. A file shorter than
 * `buffer` (nearly every report) is read to its end with no `stat`: a system call a file is dear
 * on a machine that runs us virtualised. A file that fills the buffer is measured on the open file
 * before the rest is read. The bytes are valid only until `buffer` is used again.
 */
function readUpTo(path: string, maxBytes: number, buffer: Buffer): Buffer | number {
  const descriptor = openSync(path, 'r');
  try {
    const start = readInto(descriptor, buffer, 0);
    if (start < buffer.length) return start > maxBytes ? start : buffer.subarray(0, start);
    const { size } = fstatSync(descriptor);
    if (size > maxBytes) return size;
    // A file that shrank since is read as far as it goes; one that grew, as far as it was.
    const bytes = Buffer.allocUnsafe(Math.max(size, start));
    buffer.copy(bytes, 0, 0, start);
    const filled = readInto(descriptor, bytes, start);
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    closeSync(descriptor);
  }
}

/** Reads into `bytes` from `from` until they are full or the file ends; returns how far they are filled. */
function readInto(descriptor: number, bytes: Buffer, from: number): number {
  let filled = from;
  while (filled < bytes.length) {
    const read = readSync(descriptor, bytes, filled, bytes.length - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

function reasonOf(error: unknown): Bilingual {
  if (error instanceof ImportError) return error.reason;
  // The scan listed this file: missing now, it went away in between.
  if (nodeErrorCode(error) === 'ENOENT') return importMessages.disappeared();
  return fileSystemReason(error, importMessages.unreadable);
}
