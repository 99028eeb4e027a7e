import { crc32, inflateRawSync } from 'node:zlib';
import type { Bilingual } from '../../api/bilingual';
import { readZipCentralDirectory, ZIP64_MARKER, type ZipCentralEntry } from '../../core/import/zipCentralDirectory';
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

interface CentralEntry extends ZipCentralEntry {
  name: string;
}

const LOCAL_FILE_HEADER = 0x04034b50;
const ENCRYPTED = 0x0001;
const STORED = 0;
const DEFLATED = 8;

/** The central directory's names and declared sizes, read before anything is inflated. */
function centralDirectory(bytes: Buffer): CentralEntry[] {
  const directory = readZipCentralDirectory(bytes);
  if (directory.kind === 'damaged') throw new QdpxArchiveError(qdpxMessages.notZip());
  if (directory.kind === 'zip64') throw new QdpxArchiveError(qdpxMessages.zip64());
  return directory.entries.map((entry) => ({
    ...entry,
    name: bytes.toString('utf8', entry.nameStart, entry.nameStart + entry.nameLength),
  }));
}

/** A name that would land outside the folder it is unpacked into: absolute, a drive, or climbing with `..`. */
function climbsOut(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..') || path.includes('\u0000');
}

/** The entry's stored bytes, found through its local header (whose extra field may differ from the central one). */
function storedData(bytes: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_FILE_HEADER) {
    throw new QdpxArchiveError(qdpxMessages.unreadableEntry(entry.name, 'no local header'));
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) {
    throw new QdpxArchiveError(qdpxMessages.unreadableEntry(entry.name, 'cut short'));
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * One entry's content, inflated by Node's zlib with its output capped at `limit`, so that an entry
 * inflating beyond what it declares stops there; its CRC is then checked.
 */
function entryContent(bytes: Buffer, entry: CentralEntry, limit: number): Buffer {
  const unreadable = (reason: string) => new QdpxArchiveError(qdpxMessages.unreadableEntry(entry.name, reason));
  if ((entry.flags & ENCRYPTED) !== 0) throw unreadable('encrypted');
  const data = storedData(bytes, entry);
  let content: Buffer;
  if (entry.method === STORED) {
    content = data;
  } else if (entry.method === DEFLATED) {
    try {
      // zlib refuses a cap of 0; one byte more than an empty entry declares is caught below.
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new QdpxArchiveError(qdpxMessages.inflatesBeyond(entry.name));
      }
      throw unreadable(error instanceof Error ? error.message : String(error));
    }
  } else {
    throw unreadable(`compression method ${entry.method}`);
  }
  if (content.length > limit) throw new QdpxArchiveError(qdpxMessages.inflatesBeyond(entry.name));
  if (crc32(content) !== entry.crc) throw unreadable('CRC mismatch');
  return content;
}

/**
 * Opens a .qdpx refusing, before inflating anything, an archive whose entries climb out of its
 * folder or declare more than the limits; while reading, an entry that inflates beyond what it
 * declared is cut off and refused too, so a lying header cannot fill the memory. Entries are read
 * through the central directory with Node's zlib: JSZip inflated each of a large project's tens of
 * thousands of sources in JavaScript, with a compressor state and a stream set up for each.
 */
export async function readQdpxArchive(
  bytes: Buffer,
  limits: QdpxArchiveLimits = DEFAULT_QDPX_LIMITS,
): Promise<QdpxArchive> {
  const entries = centralDirectory(bytes);
  let total = 0;
  for (const entry of entries) {
    if (climbsOut(entry.name)) throw new QdpxArchiveError(qdpxMessages.unsafePath(entry.name));
    if (entry.uncompressedSize === ZIP64_MARKER || entry.uncompressedSize > limits.maxEntryBytes) {
      throw new QdpxArchiveError(qdpxMessages.entryTooLarge(entry.name, limits.maxEntryBytes));
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    throw new QdpxArchiveError(qdpxMessages.archiveTooLarge(total, limits.maxTotalBytes));
  }
  const byName = new Map<string, CentralEntry>();
  const byLowerName = new Map<string, string>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    byName.set(entry.name, entry);
    byLowerName.set(entry.name.toLowerCase(), entry.name);
  }
  return {
    find: (path) => byLowerName.get(path.toLowerCase()),
    read: async (name) => {
      const entry = byName.get(name);
      if (entry === undefined) throw new QdpxArchiveError(qdpxMessages.unreadableEntry(name, 'absent'));
      return entryContent(bytes, entry, Math.min(entry.uncompressedSize, limits.maxEntryBytes));
    },
  };
}
