const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of up to 65,535 bytes. */
const END_RECORD_SEARCH = 22 + 0xffff;
const ZIP64_MARKER = 0xffffffff;

/**
 * The total size of a ZIP archive's entries once inflated, read from its central directory without
 * inflating anything: what a .docx would cost in memory before a parser opens it. Returns
 * `Infinity` for an archive whose sizes need ZIP64 (over 4 GB an entry, far past any report), and
 * undefined when there is no central directory to read (the parser then reports the damage).
 */
export function zipExpandedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_RECORD_SEARCH); offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end === -1) return undefined;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === ZIP64_MARKER) return Infinity;
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const expanded = view.getUint32(offset + 24, true);
    if (expanded === ZIP64_MARKER) return Infinity;
    total += expanded;
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}
