import JSZip from 'jszip';
import type { Bilingual } from '../../api/bilingual';
import { qdpxMessages } from './qdpxMessages';

/** Why a .qdpx cannot be opened as an archive, naming the entry or the limit at fault. */
export class QdpxArchiveError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

export interface QdpxArchiveLimits {
  /** Largest size one entry may expand to. */
  maxEntryBytes: number;
  /** Largest size all entries together may expand to. */
  maxTotalBytes: number;
}

export const DEFAULT_QDPX_LIMITS: QdpxArchiveLimits = {
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

export interface QdpxArchive {
  /** The entry of that path, matched without regard to case (`sources/` and `Sources/`). */
  find(path: string): string | undefined;
  read(name: string): Promise<Uint8Array>;
}

interface CentralEntry {
  name: string;
  uncompressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/** The central directory's names and declared sizes, read before anything is inflated. */
function centralDirectory(bytes: Buffer): CentralEntry[] {
  const notZip = () => new QdpxArchiveError(qdpxMessages.notZip());
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notZip();
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (offset === ZIP64_MARK || count === 0xffff) throw new QdpxArchiveError(qdpxMessages.zip64());
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw notZip();
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, uncompressedSize: bytes.readUInt32LE(at + 24) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A name that would land outside the folder it is unpacked into: absolute, a drive, or climbing with `..`. */
function climbsOut(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..') || path.includes('\u0000');
}

/**
 * Opens a .qdpx refusing, before inflating anything, an archive whose entries climb out of its
 * folder or declare more than the limits; while reading, an entry that inflates beyond what it
 * declared is cut off and refused too, so a lying header cannot fill the memory.
 */
export async function readQdpxArchive(
  bytes: Buffer,
  limits: QdpxArchiveLimits = DEFAULT_QDPX_LIMITS,
): Promise<QdpxArchive> {
  const entries = centralDirectory(bytes);
  let total = 0;
  for (const entry of entries) {
    if (climbsOut(entry.name)) throw new QdpxArchiveError(qdpxMessages.unsafePath(entry.name));
    if (entry.uncompressedSize === ZIP64_MARK || entry.uncompressedSize > limits.maxEntryBytes) {
      throw new QdpxArchiveError(qdpxMessages.entryTooLarge(entry.name, limits.maxEntryBytes));
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    throw new QdpxArchiveError(qdpxMessages.archiveTooLarge(total, limits.maxTotalBytes));
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new QdpxArchiveError(qdpxMessages.damagedZip(error instanceof Error ? error.message : String(error)));
  }
  const declared = new Map(entries.map((entry) => [entry.name, entry.uncompressedSize]));
  const byLowerName = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) byLowerName.set(name.toLowerCase(), name);
  return {
    find: (path) => byLowerName.get(path.toLowerCase()),
    read: (name) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const file = zip.file(name);
        if (file === null) return reject(new QdpxArchiveError(qdpxMessages.unreadableEntry(name, 'absent')));
        const limit = Math.min(declared.get(name) ?? limits.maxEntryBytes, limits.maxEntryBytes);
        const chunks: Buffer[] = [];
        let size = 0;
        const stream = file.nodeStream('nodebuffer');
        stream
          .on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > limit) {
              stream.pause();
              stream.removeAllListeners('data');
              reject(new QdpxArchiveError(qdpxMessages.inflatesBeyond(name)));
              return;
            }
            chunks.push(chunk);
          })
          .on('error', (error: Error) =>
            reject(new QdpxArchiveError(qdpxMessages.unreadableEntry(name, error.message))),
          )
          .on('end', () => resolve(Buffer.concat(chunks)));
      }),
  };
}
