import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { contentBytes, type FileContent } from './fileContent';
import { writeFileDurably } from './writeFileDurably';

const NoteSchema = z.object({ sha256: z.string(), schema: z.string() });

function sha256(content: FileContent): string {
  const hash = createHash('sha256');
  // A long text is hashed a piece at a time: hashing it whole encodes all of it at once first.
  for (const bytes of contentBytes(content)) hash.update(bytes);
  return hash.digest('hex');
}

/** Content on its way to the file, and the digest of its bytes once every one of them has passed. */
export interface DigestedContent {
  content: Iterable<Uint8Array>;
  /** Undefined until the content has been read to its end (a write merged away never reads it). */
  digest(): string | undefined;
}

/**
 * Remembers which text of a store file its schema last accepted: a small file beside the store
 * holding that text's SHA-256 and a digest of the schema it was checked against. Opening the very
 * same text with the same schema again need not check it again; for the library, 30,000 entries
 * checked one field at a time, that check is a large part of opening a project.
 *
 * The note only ever vouches for bytes whose digest it holds, so it cannot let anything else
 * through: a file edited by hand, damaged on disk, restored from a backup or written by a build
 * whose schema has another shape has another digest and is checked in full, as without a note.
 * The note is a cache: a missing, unreadable or stale one costs one full check, never data, and
 * failing to write it is not an error.
 */
export class SchemaCheckNote {
  readonly #path: string;
  readonly #schemaDigest: string | undefined;
  #noted: z.output<typeof NoteSchema> | undefined;

  constructor(path: string, schema: z.ZodType, schemaVersion: number) {
    this.#path = path;
    this.#schemaDigest = schemaDigestOf(schema, schemaVersion);
  }

  /** Reads the note, if there is a usable one. */
  async load(): Promise<void> {
    this.#noted = undefined;
    if (this.#schemaDigest === undefined) return;
    try {
      const parsed = NoteSchema.safeParse(JSON.parse(await readFile(this.#path, 'utf8')));
      if (parsed.success) this.#noted = parsed.data;
    } catch {
      // No note, or one that cannot be read: the store's text is checked in full.
    }
  }

  /** Whether the note can vouch for any text: false when the schema cannot be digested, so texts need no hashing. */
  get canVouch(): boolean {
    return this.#schemaDigest !== undefined;
  }

  /** Whether the note vouches for the text of SHA-256 `digest`: its schema accepted that very text. */
  vouchesFor(digest: string): boolean {
    return (
      this.#schemaDigest !== undefined && this.#noted?.sha256 === digest && this.#noted.schema === this.#schemaDigest
    );
  }

  /**
   * `content` as it is written, hashed on the way, for noting a text this process saved: made in
   * pieces as it is written, the library's text is never whole to hash afterwards.
   */
  digestAsWritten(content: FileContent): DigestedContent {
    const hash = createHash('sha256');
    let digest: string | undefined;
    function* hashed(): Generator<Uint8Array> {
      for (const bytes of contentBytes(content)) {
        hash.update(bytes);
        yield bytes;
      }
      digest = hash.digest('hex');
    }
    return { content: hashed(), digest: () => digest };
  }

  /** Notes that the schema accepted the text of `digest`. Never throws: the note is only a cache. */
  async record(digest: string): Promise<void> {
    if (this.#schemaDigest === undefined || digest === '') return;
    const note = { sha256: digest, schema: this.#schemaDigest };
    try {
      await writeFileDurably(this.#path, `${JSON.stringify(note)}\n`);
      this.#noted = note;
    } catch {
      // A read-only project or a full disk: the next opening checks the text in full.
    }
  }
}

/**
 * What the schema accepts, as a digest: its JSON Schema (the fields, their types and bounds) with
 * the store's version. Undefined when the schema cannot be described, which turns the note off.
 */
function schemaDigestOf(schema: z.ZodType, schemaVersion: number): string | undefined {
  try {
    return sha256(`${schemaVersion}\n${JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'throw' }))}`);
  } catch {
    return undefined;
  }
}
