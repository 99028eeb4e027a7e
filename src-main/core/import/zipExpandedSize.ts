import { readZipCentralDirectory, ZIP64_MARKER } from './zipCentralDirectory';

/**
 * The total size of a ZIP archive's entries once inflated, read from its central directory without
 * inflating anything: what a .docx would cost in memory before a parser opens it. Returns
 * `Infinity` for an archive whose sizes need ZIP64 (over 4 GB an entry, far past any report), and
 * undefined when there is no central directory to read (the parser then reports the damage).
 */
export function zipExpandedSize(bytes: Uint8Array): number | undefined {
  const directory = readZipCentralDirectory(bytes);
  if (directory.kind === 'damaged') return undefined;
  if (directory.kind === 'zip64') return Infinity;
  let total = 0;
  for (const entry of directory.entries) {
    if (entry.uncompressedSize === ZIP64_MARKER) return Infinity;
    total += entry.uncompressedSize;
  }
  return total;
}
