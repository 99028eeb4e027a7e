import { crc32, deflateRawSync } from 'node:zlib';
import { qdpxMessages } from './qdpxMessages';
import { annotationError } from '../annotations/annotationMessages';
import { giveTurnAfter } from '../eventLoopTurns';

export interface QdpxArchiveEntry {
  path: string;
  content: string | Uint8Array;
}

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20;
/**
 * Made on Unix: unzippers then take names as the bytes they are (UTF-8) rather than converting them
 * from an MS-DOS code page, and read the external attributes as a regular file's mode.
 */
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED;
const REGULAR_FILE_MODE = (0o100644 << 16) >>> 0;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** Without ZIP64, which this writer does not produce and the reader refuses, a ZIP counts entries and offsets in 16 and 32 bits. */
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

interface PackedEntry {
  name: Buffer;
  crc: number;
  method: number;
  size: number;
  data: Buffer;
}

/**
 * MS-DOS date and time, the only timestamp a plain ZIP header carries (two-second resolution). Taken
 * in UTC, as JSZip wrote and reads it, so that the same export gives the same bytes in every time zone.
 */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function pack(entry: QdpxArchiveEntry): PackedEntry {
  const bytes = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content);
  const deflated = deflateRawSync(bytes);
  // A tiny entry can grow when deflated; it is then stored as it is.
  const smaller = deflated.length < bytes.length;
  return {
    name: Buffer.from(entry.path, 'utf8'),
    crc: crc32(bytes),
    method: smaller ? DEFLATED : STORED,
    size: bytes.length,
    data: smaller ? deflated : bytes,
  };
}

/**
 * The fields a local header and its central directory record share, in the same order in both:
 * flags, method, time, date, CRC, both sizes and the name's length, from `at` on.
 */
function writeSharedFields(
  header: Buffer,
  at: number,
  entry: PackedEntry,
  stamp: { time: number; date: number },
): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(stamp.time, at + 4);
  header.writeUInt16LE(stamp.date, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.data.length, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.name.length, at + 20);
}

function localHeader(entry: PackedEntry, stamp: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_FILE_HEADER, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  writeSharedFields(header, 6, entry, stamp);
  // No extra field.
  return header;
}

function centralHeader(entry: PackedEntry, stamp: { time: number; date: number }, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_FILE_HEADER, 0);
  header.writeUInt16LE(MADE_BY_UNIX, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  writeSharedFields(header, 8, entry, stamp);
  // Extra field, comment, disk number and internal attributes: all zero.
  header.writeUInt32LE(REGULAR_FILE_MODE, 38);
  header.writeUInt32LE(offset, 42);
  return header;
}

/**
 * A .qdpx (a plain ZIP) of the given entries, deflated by Node's native zlib. JSZip deflated each
 * of a whole project's tens of thousands of sources in JavaScript with a fresh compressor and then
 * base64-encoded the result in JavaScript too; on the ANT corpus that was most of a minute of CPU.
 * zlib's asynchronous calls cost ten times the CPU of the synchronous ones on such small entries
 * (a thread-pool round trip each), hence synchronous deflating in slices.
 * Names are UTF-8; a project beyond what a ZIP without ZIP64 can hold is refused by name.
 */
export async function writeQdpxArchive(entries: readonly QdpxArchiveEntry[], modified: Date): Promise<Buffer> {
  if (entries.length > MAX_ENTRIES) {
    throw annotationError('invalid-input', qdpxMessages.exportTooManyEntries(entries.length, MAX_ENTRIES));
  }
  const packed: PackedEntry[] = [];
  for (const entry of entries) {
    packed.push(pack(entry));
    await giveTurnAfter(packed.length);
  }

  const stamp = dosDateTime(modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of packed) {
    if (offset > MAX_OFFSET) throw annotationError('invalid-input', qdpxMessages.exportTooLarge(offset));
    central.push(centralHeader(entry, stamp, offset), entry.name);
    const header = localHeader(entry, stamp);
    parts.push(header, entry.name, entry.data);
    offset += header.length + entry.name.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  if (offset + centralSize > MAX_OFFSET) {
    throw annotationError('invalid-input', qdpxMessages.exportTooLarge(offset + centralSize));
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
