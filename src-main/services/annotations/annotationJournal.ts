import { createHash } from 'node:crypto';
import { open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { TimestampSchema } from '../../core/annotations/timestamp';
import { formatFileTimestamp } from '../persistence/fileTimestamp';
import { nodeErrorCode } from '../persistence/nodeErrorCode';
import { syncDirectory, writeFileDurably } from '../persistence/writeFileDurably';
import { AnnotationChangeSchema, type AnnotationChange } from '../../core/annotations/annotationChange';

/** Bump when the line format changes; a journal written by a newer Qarin is refused, never appended to. */
export const JOURNAL_FORMAT_VERSION = 1;

export interface JournalEntry {
  seq: number;
  at: string;
  change: AnnotationChange;
}

const JournalPayloadSchema = z.object({
  v: z.number().int().min(1),
  seq: z.number().int().min(1),
  at: TimestampSchema,
  change: AnnotationChangeSchema,
});

/** Why a journal cannot be trusted; `validEntries` are all its intact entries, in order. */
export class JournalProblem extends Error {
  constructor(
    readonly kind: 'corrupt' | 'newer-version',
    readonly path: string,
    readonly line: number,
    readonly reason: string,
    readonly validEntries: JournalEntry[],
  ) {
    super(`${basename(path)} line ${line} ${reason}`);
    this.name = 'JournalProblem';
  }
}

export interface JournalContents {
  entries: JournalEntry[];
  /** Bytes of complete lines; anything after them is a write a crash interrupted. */
  intactBytes: number;
}

/** Writes `length` bytes of `bytes` from `offset` at the end of the file; may write fewer. */
export type JournalWrite = (
  handle: FileHandle,
  bytes: Buffer,
  offset: number,
  length: number,
) => Promise<{ bytesWritten: number }>;

const CHECKSUM_LENGTH = 16;

function checksumOf(payload: string): string {
  return createHash('sha256').update(payload).digest('hex').slice(0, CHECKSUM_LENGTH);
}

/** `<checksum> <json>\n`: the checksum tells a line damaged on disk from one that merely parses. */
export function formatJournalLine(entry: JournalEntry): string {
  const payload = JSON.stringify({ v: JOURNAL_FORMAT_VERSION, seq: entry.seq, at: entry.at, change: entry.change });
  return `${checksumOf(payload)} ${payload}\n`;
}

type LineReading = { entry: JournalEntry } | { problem: JournalProblem['kind']; reason: string };

function readLine(line: string): LineReading {
  const payload = line.slice(CHECKSUM_LENGTH + 1);
  if (line[CHECKSUM_LENGTH] !== ' ' || checksumOf(payload) !== line.slice(0, CHECKSUM_LENGTH)) {
    return { problem: 'corrupt', reason: 'is damaged (its checksum does not match its content)' };
  }
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return { problem: 'corrupt', reason: 'is not valid JSON' };
  }
  const version = (value as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > JOURNAL_FORMAT_VERSION) {
    return { problem: 'newer-version', reason: `was written by a newer Qarin (journal format ${version})` };
  }
  const parsed = JournalPayloadSchema.safeParse(value);
  if (!parsed.success)
    return { problem: 'corrupt', reason: `does not hold a valid change (${parsed.error.issues[0]?.message})` };
  const { seq, at, change } = parsed.data;
  return { entry: { seq, at, change } };
}

/**
 * The append-only companion of `annotations.json`: each saved change is one line, appended and
 * fdatasynced, so saving a highlight costs one small write however many highlights the project
 * holds (rewriting a 5 MB snapshot on every save takes hundreds of milliseconds). A line is only
 * acknowledged once it is durable, so after a crash the last line, if incomplete or damaged, is a
 * write that never completed and is dropped; damage anywhere before it is real corruption.
 */
export class AnnotationJournal {
  private handle: FileHandle | undefined;
  /** Bytes of complete, synced lines: where the file must end. */
  private size = 0;
  /** A failed write's tail could not be cut off: no append until it is. */
  private tailToCut = false;
  private readonly write: JournalWrite;

  constructor(
    readonly path: string,
    options: { write?: JournalWrite } = {},
  ) {
    this.write = options.write ?? ((handle, bytes, offset, length) => handle.write(bytes, offset, length, null));
  }

  /**
   * Reads every entry. Throws a JournalProblem for damage before the last line, holding every
   * intact entry (a damaged line costs only itself, not the lines after it).
   */
  async read(): Promise<JournalContents> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return { entries: [], intactBytes: 0 };
      throw error;
    }
    const entries: JournalEntry[] = [];
    let firstProblem: { kind: JournalProblem['kind']; line: number; reason: string } | undefined;
    let offset = 0;
    let intactBytes = 0;
    let lineNumber = 0;
    while (offset < text.length) {
      const newline = text.indexOf('\n', offset);
      if (newline === -1) break;
      lineNumber += 1;
      const line = text.slice(offset, newline);
      offset = newline + 1;
      const reading = readLine(line);
      if ('problem' in reading) {
        if (reading.problem === 'newer-version')
          throw new JournalProblem(reading.problem, this.path, lineNumber, reading.reason, entries);
        // Only the last complete line can be a write in flight: every earlier one was synced first.
        if (text.indexOf('\n', offset) === -1 && firstProblem === undefined) break;
        firstProblem ??= { kind: reading.problem, line: lineNumber, reason: reading.reason };
        continue;
      }
      entries.push(reading.entry);
      intactBytes += Buffer.byteLength(line, 'utf8') + 1;
    }
    if (firstProblem !== undefined) {
      throw new JournalProblem(firstProblem.kind, this.path, firstProblem.line, firstProblem.reason, entries);
    }
    return { entries, intactBytes };
  }

  /**
   * Notes, beside the journal, the last change known saved: a journal later found to end before it
   * (cut, emptied) has lost changes, which reading the journal alone cannot tell. Written after the
   * change is durable and not synced itself: it can lag the journal, never run ahead of it.
   */
  async recordSaved(seq: number): Promise<void> {
    await writeFile(this.savedSeqPath, `${seq}\n`).catch(() => undefined);
  }

  /** The last change known saved, or undefined when no record reads (a new or older project). */
  async savedSeq(): Promise<number | undefined> {
    try {
      const seq = Number.parseInt(await readFile(this.savedSeqPath, 'utf8'), 10);
      return Number.isSafeInteger(seq) && seq >= 0 ? seq : undefined;
    } catch {
      return undefined;
    }
  }

  private get savedSeqPath(): string {
    return `${this.path}.seq`;
  }

  /** Opens for appending, first cutting off what an interrupted write left after the last complete line. */
  async openForAppend(intactBytes: number): Promise<void> {
    await this.close();
    const handle = await open(this.path, 'a+');
    try {
      const { size } = await handle.stat();
      if (size > intactBytes) {
        await handle.truncate(intactBytes);
        await handle.datasync();
      }
      this.size = intactBytes;
    } catch (error) {
      await handle.close();
      throw error;
    }
    this.handle = handle;
    if (intactBytes === 0) await syncDirectory(dirname(this.path));
  }

  /**
   * Appends one entry and resolves once it is on disk. A failed write is cut back off, so a full
   * disk leaves no half line for the next append to follow.
   */
  async append(entry: JournalEntry): Promise<void> {
    const handle = this.requireHandle();
    if (this.tailToCut) await this.cutTail(handle);
    const bytes = Buffer.from(formatJournalLine(entry), 'utf8');
    try {
      // A nearly full disk takes part of a write and reports how much: the rest is written, or it fails.
      for (let written = 0; written < bytes.length;) {
        const { bytesWritten } = await this.write(handle, bytes, written, bytes.length - written);
        if (bytesWritten <= 0)
          throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
        written += bytesWritten;
      }
      await handle.datasync();
    } catch (error) {
      this.tailToCut = true;
      await this.cutTail(handle).catch(() => undefined);
      throw error;
    }
    this.size += bytes.length;
    await this.recordSaved(entry.seq);
  }

  /** Cuts the file back to its complete lines; only ever shortens it (a longer truncate would pad NULs). */
  private async cutTail(handle: FileHandle): Promise<void> {
    const { size } = await handle.stat();
    if (size > this.size) {
      await handle.truncate(this.size);
      await handle.datasync();
    }
    this.tailToCut = false;
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async clear(): Promise<void> {
    const handle = this.requireHandle();
    await handle.truncate(0);
    await handle.datasync();
    this.size = 0;
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /**
   * Copies the journal beside itself as `<name>.<label>-<time>` before it is emptied for a restore:
   * it may hold work that nothing else has, so it is never simply dropped.
   */
  async setAside(label: string, now: Date): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return null;
      throw error;
    }
    if (bytes.length === 0) return null;
    const asidePath = join(dirname(this.path), `${basename(this.path)}.${label}-${formatFileTimestamp(now)}`);
    await writeFileDurably(asidePath, bytes);
    return asidePath;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }

  private requireHandle(): FileHandle {
    if (this.handle === undefined) throw new Error(`${basename(this.path)} is not open for appending`);
    return this.handle;
  }
}
