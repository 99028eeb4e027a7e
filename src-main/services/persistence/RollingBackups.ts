import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { FILE_TIMESTAMP_PATTERN, formatFileTimestamp, parseFileTimestamp } from './fileTimestamp';
import type { FileContent } from './fileContent';
import { nodeErrorCode } from './nodeErrorCode';
import { removeLeftoverTemporaryFiles, writeFileDurably } from './writeFileDurably';

export interface BackupPolicy {
  /** How many backups of the file to keep; 0 turns backups off. */
  keep: number;
  /**
   * At most one backup per this many milliseconds, so that a file saved on every keystroke or
   * highlight pays for a second durable write only now and then. The first save of a session
   * always makes one, so the state a session started from can always be got back. 0 backs up
   * before every save.
   */
  minIntervalMs: number;
}

export interface BackupFile {
  /** The file name inside the backups folder, e.g. `annotations.2025-03-01T14-05-09.120Z.json`. */
  name: string;
  path: string;
  takenAt: Date;
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The last few versions of one store file, kept in a `backups/` folder beside it as
 * `<name>.<timestamp><ext>`. Several stores can share a folder: each only sees its own backups.
 */
export class RollingBackups {
  readonly folder: string;
  readonly #stem: string;
  readonly #extension: string;
  readonly #namePattern: RegExp;
  readonly #clock: () => number;
  #lastBackupAt: number | null = null;

  constructor(
    targetPath: string,
    readonly policy: BackupPolicy,
    clock: () => number = Date.now,
  ) {
    this.#clock = clock;
    this.folder = join(dirname(targetPath), 'backups');
    this.#extension = extname(targetPath);
    this.#stem = basename(targetPath, this.#extension);
    this.#namePattern = new RegExp(
      `^${escapeForPattern(this.#stem)}\\.(${FILE_TIMESTAMP_PATTERN})${escapeForPattern(this.#extension)}$`,
    );
  }

  isDue(): boolean {
    if (this.policy.keep <= 0) return false;
    if (this.#lastBackupAt === null) return true;
    const elapsed = this.#clock() - this.#lastBackupAt;
    // A clock set backwards would otherwise stop backups until it caught up again.
    return elapsed < 0 || elapsed >= this.policy.minIntervalMs;
  }

  /** Saves `content` (the file's old text or bytes) as the newest backup and drops those beyond the policy's count. */
  async take(content: FileContent): Promise<BackupFile> {
    const now = this.#clock();
    // Counted as soon as it is tried: a backup folder that keeps failing is retried once per
    // interval, not on every save.
    this.#lastBackupAt = now;
    await mkdir(this.folder, { recursive: true });
    const existing = await this.list();
    // Never older than, nor equal to, the newest existing backup (same millisecond, clock set
    // back): names must keep sorting in the order the backups were taken.
    const newestExisting = existing[0]?.takenAt.getTime() ?? Number.NEGATIVE_INFINITY;
    const takenAt = new Date(Math.max(now, newestExisting + 1));
    const name = `${this.#stem}.${formatFileTimestamp(takenAt)}${this.#extension}`;
    const backup: BackupFile = { name, path: join(this.folder, name), takenAt };
    await writeFileDurably(backup.path, content);
    const surplus = [backup, ...existing].slice(Math.max(this.policy.keep, 1));
    await Promise.all(surplus.map((old) => unlink(old.path).catch(() => undefined)));
    return backup;
  }

  /** This file's backups, newest first. */
  async list(): Promise<BackupFile[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const backups: BackupFile[] = [];
    for (const name of names) {
      const stamp = this.#namePattern.exec(name)?.[1];
      const takenAt = stamp === undefined ? null : parseFileTimestamp(stamp);
      if (takenAt !== null) backups.push({ name, path: join(this.folder, name), takenAt });
    }
    return backups.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  /** The backup called `name`, or null; a name that is not one of this file's backups never reaches the disk. */
  async find(name: string): Promise<BackupFile | null> {
    if (!this.#namePattern.test(name)) return null;
    return (await this.list()).find((backup) => backup.name === name) ?? null;
  }

  /** Clears what a process killed while taking a backup left behind; call it only while no backup is being taken. */
  removeLeftoverTemporaryFiles(): Promise<void> {
    return removeLeftoverTemporaryFiles(this.folder, (name) => this.#namePattern.test(name));
  }

  read(backup: BackupFile): Promise<string> {
    return readFile(backup.path, 'utf8');
  }
}
