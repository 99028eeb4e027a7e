import { createHash } from 'node:crypto';
import { findBoilerplate } from '../../core/import/boilerplate';
import { findIntegrityWarnings } from '../../core/import/integrity';
import { keptSourceText } from '../../core/refiQda/sourcePositions';
import { countWords } from '../../core/text/countWords';
import type { PreparedFile } from '../import/prepareFile';
import type { ArchiveSource, SharedArchive } from '../import/preparedDocument';
import { QdpxArchiveError, readQdpxArchive, type QdpxArchive } from './readQdpxArchive';
import { qdpxMessages } from './qdpxMessages';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The archive an import worker was given, opened over the shared bytes without copying them. */
export function openSharedArchive(archive: SharedArchive): Promise<QdpxArchive> {
  return readQdpxArchive(Buffer.from(archive.bytes), archive);
}

/**
 * One text source of a REFI-QDA project as a prepared report, in an import worker: its text read
 * from the archive as the check before the import read it (no byte-order mark, LF line ends), and
 * analysed as every imported report is. The whole project was checked before any source is
 * prepared, so a failure here is the disk's or the archive's, said as an error naming the source.
 */
export async function prepareArchiveSource(
  archive: QdpxArchive,
  path: string,
  source: ArchiveSource,
): Promise<PreparedFile> {
  try {
    const raw = source.entry === undefined ? (source.inlineText ?? '') : utf8.decode(await archive.read(source.entry));
    const text = keptSourceText(raw);
    return {
      documents: [
        {
          key: source.key,
          text,
          meta: source.meta,
          format: 'qdpx',
          encoding: 'utf-8',
          path,
          sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
          wordCount: countWords(text),
          boilerplate: findBoilerplate(text),
          warnings: findIntegrityWarnings(text),
        },
      ],
      errors: [],
    };
  } catch (error) {
    const reason =
      error instanceof QdpxArchiveError ? error.reason : qdpxMessages.notUtf8(source.meta.title ?? source.key);
    return { documents: [], errors: [{ path: `${path}#${source.key}`, reason }] };
  }
}
