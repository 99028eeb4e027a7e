const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of up to 65,535 bytes. */
const END_RECORD_SEARCH = 22 + 0xffff;
/** What a 32-bit field holds when the real value is in a ZIP64 extra field. */
export const ZIP64_MARKER = 0xffffffff;

/** One entry as the central directory declares it, before anything is inflated. */
export interface ZipCentralEntry {
  /** Where the entry's name lies in the archive's bytes (decoding is the caller's: core has no decoder). */
  nameStart: number;
  nameLength: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  /** ZIP64_MARKER when the size needs ZIP64. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipCentralDirectory =
  | { kind: 'entries'; entries: ZipCentralEntry[] }
  /** The directory itself needs ZIP64 (over 65,535 entries or past 4 GB): not read. */
  | { kind: 'zip64' }
  /** No end record, or a directory entry where there is none: not a ZIP, or a damaged one. */
  | { kind: 'damaged' };

/**
 * A ZIP archive's central directory: its entries' names, methods and declared sizes, read without
 * inflating anything, so a caller can refuse what an archive would cost before opening it.
 */
export function readZipCentralDirectory(bytes: Uint8Array): ZipCentralDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_RECORD_SEARCH); offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end === -1) return { kind: 'damaged' };
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARKER) return { kind: 'zip64' };
  const entries: ZipCentralEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      return { kind: 'damaged' };
    }
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      nameStart: offset + 46,
      nameLength,
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { kind: 'entries', entries };
}
