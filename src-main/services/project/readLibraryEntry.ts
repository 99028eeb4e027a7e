import { open, type FileHandle } from 'node:fs/promises';

/** How much of the library is read at a time while looking for the entry. */
const CHUNK_BYTES = 1 << 20;
/** An entry is a few kilobytes; one longer than this is left to the whole library's reader. */
const MAX_ENTRY_BYTES = 16 << 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/**
 * The JSON value of the library entry of id `id`, read from the library file without parsing the
 * rest of it: `qarin show --json` prints one entry, where parsing ANT's 38 MB library took a
 * second. The library writes each entry whole, its id first (`jsonBytes`), so the entry is the
 * object that begins `{"id":<id>,`; ids are unique. Undefined when no object begins so (another
 * id, or an entry written otherwise): the caller then opens the library as usual, so this is never
 * the only way to an entry. So it is for a library of another schema version than `schemaVersion`.
 * The caller checks what it gets against the entry's schema.
 */
export async function readLibraryEntry(libraryPath: string, id: string, schemaVersion: number): Promise<unknown> {
  const needle = Buffer.from(`{"id":${JSON.stringify(id)},`);
  const handle = await open(libraryPath, 'r');
  try {
    // An older library's entries are what its migration would change: that takes the whole library.
    const header = Buffer.from(`{"schemaVersion":${schemaVersion},`);
    const head = Buffer.alloc(header.length);
    await handle.read(head, 0, head.length, 0);
    if (!head.equals(header)) return undefined;
    const start = await find(handle, needle);
    if (start === undefined) return undefined;
    const bytes = await objectAt(handle, start);
    return bytes === undefined ? undefined : (JSON.parse(bytes.toString('utf8')) as unknown);
  } finally {
    await handle.close();
  }
}

/** Where `needle` first occurs in the file, read a chunk at a time. */
async function find(handle: FileHandle, needle: Buffer): Promise<number | undefined> {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES + needle.length);
  // The bytes kept from the end of the chunk before, in case the needle straddles two chunks.
  let carried = 0;
  for (let position = 0; ;) {
    const { bytesRead } = await handle.read(chunk, carried, CHUNK_BYTES, position);
    if (bytesRead === 0) return undefined;
    const filled = carried + bytesRead;
    const at = chunk.subarray(0, filled).indexOf(needle);
    if (at >= 0) return position - carried + at;
    const kept = Math.min(needle.length - 1, filled);
    chunk.copy(chunk, 0, filled - kept, filled);
    carried = kept;
    position += bytesRead;
  }
}

/**
 * The bytes of the JSON object that begins at `start`, up to its closing brace. In UTF-8 the bytes
 * of quotes, backslashes and braces never occur inside another character's bytes, so the object's
 * end is found byte by byte, skipping strings.
 */
async function objectAt(handle: FileHandle, start: number): Promise<Buffer | undefined> {
  for (let length = 64 << 10; length <= MAX_ENTRY_BYTES; length *= 4) {
    const window = Buffer.allocUnsafe(length);
    const { bytesRead } = await handle.read(window, 0, length, start);
    const end = closingBrace(window.subarray(0, bytesRead));
    if (end !== undefined) return window.subarray(0, end + 1);
    if (bytesRead < length) return undefined;
  }
  return undefined;
}

function closingBrace(bytes: Buffer): number | undefined {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (inString) {
      if (byte === BACKSLASH) at++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN) {
      depth++;
    } else if (byte === CLOSE && --depth === 0) {
      return at;
    }
  }
  return undefined;
}
