import { open, type FileHandle } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { writeFileDurably } from './writeFileDurably';

/**
 * Elements of a long array serialized, and read back, together: a piece of 512 library entries
 * takes 2-5 ms to read back, so the thread turns often while a large library opens.
 */
const ITEMS_PER_PIECE = 512;

/** A plain object's members are looked into this deep for long arrays to cut into pieces. */
const SPLIT_DEPTH = 3;

/** 2: each piece carries the CRC-32 of its bytes. */
const FORMAT = 2;

/** What the first line of the file says: which text it is the parsed value of, and who can read it. */
interface CopyHeader {
  format: number;
  /** SHA-256 of the text this is the parsed value of. */
  digest: string;
  /** V8's serialization is V8's own: another version's file is not read (the app and the CLI differ). */
  v8: string;
}

/** The first piece: the value with its long arrays emptied, and where they are. */
interface Skeleton {
  value: unknown;
  splits: string[][];
}

/** Every other piece: elements of the array at `splits[split]`, in order. */
interface ArrayPiece {
  split: number;
  items: unknown[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of the value a large JSON store parses to, in V8's own serialization, kept beside the
 * store (the library's is `.library.json.v8`). Parsing JSON decodes every character of its UTF-8
 * first, and a library of Arabic titles and abstracts is mostly characters that are slow to decode:
 * on ANT's 38 MB library, parsing takes 0.5 s at best and 0.8-0.9 s a slice at a time, reading this
 * copy back 0.15 s, a piece at a time. Opening the project is that much shorter, and so is the time
 * the main thread is held while the window's first calls wait.
 *
 * The copy names the SHA-256 of the text it was parsed from, and it is only ever read for a text
 * with that very digest, which the store has just computed: a copy of any other text is never read.
 * Each piece carries the CRC-32 of its bytes, so a copy damaged on disk is not read either. It is a
 * cache: a missing, stale, damaged or other-version copy is ignored (the text is parsed, as without
 * one), and failing to write it is not an error. The app (Electron's V8) and `qarin serve` (Node's)
 * cannot read each other's copy: alternating between them, each start parses the text, as before
 * there was a copy, and writes its own.
 *
 * For JSON values only, what `JSON.parse` gives: V8 reads a typed array or Buffer back as a view
 * into the bytes it was read from, and the reader reads the next chunk over those bytes.
 */
export class ParsedCopy {
  readonly #path: string;
  readonly #chunkBytes: number;

  /** `chunkBytes`: how much is read at once (tests make pieces straddle chunks with a small one). */
  constructor(path: string, { chunkBytes = CHUNK_BYTES }: { chunkBytes?: number } = {}) {
    this.#path = path;
    this.#chunkBytes = chunkBytes;
  }

  /** The value the text with SHA-256 `digest` parses to, or undefined when there is no usable copy of it. */
  read(digest: string): Promise<unknown> {
    return this.#withReader(this.#chunkBytes, (reader) => readCopy(reader, digest));
  }

  /**
   * The SHA-256 of the text the copy is of, from its header alone, when this V8 can read it;
   * undefined when there is no such copy. Lets a store skip hashing its text for a copy it could
   * not read anyway.
   */
  digestOfCopy(): Promise<string | undefined> {
    return this.#withReader(MAX_HEADER_BYTES, async (reader) => {
      const header = JSON.parse(await reader.line()) as Partial<CopyHeader>;
      return readableHeader(header) ? header.digest : undefined;
    });
  }

  /** What `use` reads of the copy, `chunkBytes` at a time; undefined when there is none, or it does not read. */
  async #withReader<R>(chunkBytes: number, use: (reader: ChunkReader) => Promise<R>): Promise<R | undefined> {
    let handle: FileHandle;
    try {
      handle = await open(this.#path, 'r');
    } catch {
      return undefined;
    }
    try {
      return await use(new ChunkReader(handle, (await handle.stat()).size, chunkBytes));
    } catch {
      // Damaged, or written by something else: the text is parsed instead.
      return undefined;
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  /** Writes `value` as the parsed value of the text with SHA-256 `digest`, a piece at a time. */
  async write(digest: string, value: unknown): Promise<void> {
    const header: CopyHeader = { format: FORMAT, digest, v8: process.versions.v8 };
    await writeFileDurably(this.#path, copyPieces(header, value));
  }
}

/**
 * The pieces of the file: its header line, then each piece's length, CRC-32 and bytes, then a zero
 * length. The checksums make a copy damaged on disk a copy not read: without them, a flipped byte
 * could read back as another value, which nothing after would check (its text's schema check is
 * what the copy stands in for).
 */
function* copyPieces(header: CopyHeader, value: unknown): Generator<Uint8Array> {
  yield Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const arrays: unknown[][] = [];
  const splits: string[][] = [];
  const skeleton = splitLongArrays(value, [], arrays, splits);
  yield* framed(serialize({ value: skeleton, splits } satisfies Skeleton));
  // Serialized as they are written: the whole copy is never held at once.
  for (const [split, array] of arrays.entries()) {
    for (let start = 0; start < array.length; start += ITEMS_PER_PIECE) {
      yield* framed(serialize({ split, items: array.slice(start, start + ITEMS_PER_PIECE) } satisfies ArrayPiece));
    }
  }
  yield frameHead(0, 0);
}

function* framed(bytes: Uint8Array): Generator<Uint8Array> {
  yield frameHead(bytes.length, crc32(bytes));
  yield bytes;
}

const FRAME_HEAD_BYTES = 8;

function frameHead(length: number, checksum: number): Uint8Array {
  const bytes = Buffer.alloc(FRAME_HEAD_BYTES);
  bytes.writeUInt32LE(length, 0);
  bytes.writeUInt32LE(checksum, 4);
  return bytes;
}

/**
 * `value` with every array longer than a piece, in plain objects down to SPLIT_DEPTH, replaced by an
 * empty one; the arrays go to `arrays` and their paths to `splits`. `value` itself is not changed.
 */
function splitLongArrays(value: unknown, path: string[], arrays: unknown[][], splits: string[][]): unknown {
  if (!isPlainObject(value) || path.length >= SPLIT_DEPTH) return value;
  const shell: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    let kept: unknown;
    if (Array.isArray(member) && member.length > ITEMS_PER_PIECE) {
      arrays.push(member);
      splits.push([...path, name]);
      kept = [];
    } else {
      kept = splitLongArrays(member, [...path, name], arrays, splits);
    }
    // Defined, not assigned: a member named "__proto__" stays a member, as JSON.parse makes it.
    Object.defineProperty(shell, name, { value: kept, writable: true, enumerable: true, configurable: true });
  }
  return shell;
}

/** Bytes read from the copy a few megabytes at a time: the whole copy is never held at once. */
const CHUNK_BYTES = 4 << 20;

/** A header line is a few hundred bytes: a file without a newline this early is no copy. */
const MAX_HEADER_BYTES = 4096;

class ChunkReader {
  #chunk: Buffer | undefined;
  #held: Buffer = Buffer.alloc(0);
  #position = 0;
  #ended = false;

  constructor(
    private readonly handle: FileHandle,
    /** The file's size: a length read from a damaged copy is checked against it before anything is allocated. */
    private readonly size: number,
    private readonly chunkBytes: number,
  ) {}

  /**
   * The next `length` bytes; throws when the file ends before. A piece within the chunk held is
   * taken as it lies, valid until the next call; one that runs past it gets a buffer of its own, the
   * rest read straight into it.
   */
  async take(length: number): Promise<Buffer> {
    await this.fill();
    if (this.#held.length >= length) {
      const taken = this.#held.subarray(0, length);
      this.#held = this.#held.subarray(length);
      return taken;
    }
    if (length > this.#held.length + this.size - this.#position) throw new RangeError('the copy ends too soon');
    const taken = Buffer.allocUnsafe(length);
    let filled = this.#held.copy(taken);
    this.#held = Buffer.alloc(0);
    while (filled < length) {
      const { bytesRead } = await this.handle.read(taken, filled, length - filled, this.#position);
      if (bytesRead === 0) throw new RangeError('the copy ends too soon');
      this.#position += bytesRead;
      filled += bytesRead;
    }
    return taken;
  }

  /** The text up to the next newline, which is consumed; a line longer than a header is refused. */
  async line(): Promise<string> {
    let line: Buffer = Buffer.alloc(0);
    for (;;) {
      await this.fill();
      if (this.#held.length === 0) throw new RangeError('the copy has no header line');
      const end = this.#held.indexOf(0x0a);
      // Copied: the chunk the held bytes lie in is read over by the next fill.
      line = Buffer.concat([line, this.#held.subarray(0, end < 0 ? this.#held.length : end)]);
      this.#held = this.#held.subarray(end < 0 ? this.#held.length : end + 1);
      if (end >= 0) return line.toString('utf8');
      if (line.length > MAX_HEADER_BYTES) throw new RangeError('the copy has no header line');
    }
  }

  /** Whether every byte of the file has been taken. */
  async atEnd(): Promise<boolean> {
    await this.fill();
    return this.#held.length === 0;
  }

  /**
   * Reads the next chunk once the one held is used up, into the same buffer: what was taken from
   * it before is deserialized before more is asked for. (A fresh 4 MB buffer a chunk cost the
   * main thread 0.1 s of allocating while a project opened.)
   */
  private async fill(): Promise<void> {
    if (this.#held.length > 0 || this.#ended) return;
    this.#chunk ??= Buffer.allocUnsafe(this.chunkBytes);
    const chunk = this.#chunk;
    const { bytesRead } = await this.handle.read(chunk, 0, chunk.length, this.#position);
    this.#position += bytesRead;
    if (bytesRead === 0) this.#ended = true;
    this.#held = chunk.subarray(0, bytesRead);
  }
}

/** Whether a copy with this header is of this format and written by this V8, whichever text it is of. */
function readableHeader(header: Partial<CopyHeader>): header is CopyHeader {
  return header.format === FORMAT && typeof header.digest === 'string' && header.v8 === process.versions.v8;
}

/** The value a copy holds, read a piece at a time; undefined when it is the copy of another text. */
async function readCopy(reader: ChunkReader, digest: string): Promise<unknown> {
  const header = JSON.parse(await reader.line()) as Partial<CopyHeader>;
  if (!readableHeader(header) || header.digest !== digest) return undefined;
  const nextPiece = async (): Promise<Buffer | undefined> => {
    // Read before the piece is taken: taking it may read the next chunk over the head's bytes.
    const head = await reader.take(FRAME_HEAD_BYTES);
    const length = head.readUInt32LE(0);
    const checksum = head.readUInt32LE(4);
    if (length === 0) return undefined;
    const piece = await reader.take(length);
    if (crc32(piece) !== checksum) throw new RangeError('a piece of the copy is damaged');
    return piece;
  };
  const first = await nextPiece();
  if (first === undefined) throw new RangeError('the copy has no value');
  const { value, splits } = deserialize(first) as Skeleton;
  const arrays = splits.map((path) => arrayAt(value, path));
  for (let piece = await nextPiece(); piece !== undefined; piece = await nextPiece()) {
    await nextTurn();
    const { split, items } = deserialize(piece) as ArrayPiece;
    const array = arrays[split];
    if (array === undefined || !Array.isArray(items)) throw new RangeError('a piece belongs to no array');
    for (const item of items) array.push(item);
  }
  if (!(await reader.atEnd())) throw new RangeError('the copy goes on after its end');
  return value;
}

function arrayAt(value: unknown, path: string[]): unknown[] {
  let at = value;
  for (const name of path) at = isPlainObject(at) ? at[name] : undefined;
  if (!Array.isArray(at)) throw new RangeError(`the copy has no array at ${path.join('.')}`);
  return at;
}
