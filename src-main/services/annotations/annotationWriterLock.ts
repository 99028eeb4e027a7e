import { hostname, uptime } from 'node:os';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { nodeErrorCode } from '../persistence/nodeErrorCode';

interface LockOwner {
  pid: number;
  host: string;
  /** When the owner's machine booted (ms since the epoch, to the minute): a pid from before a reboot is not alive. */
  bootedAt: number;
}

/** Boot times computed at different moments differ by the rounding of `uptime`; a reboot moves them far more. */
const SAME_BOOT_TOLERANCE_MS = 5 * 60_000;

export class AnnotationsLockedError extends Error {
  constructor(readonly ownerPid: number) {
    super(`the annotations are being changed by another Qarin process (pid ${ownerPid})`);
    this.name = 'AnnotationsLockedError';
  }
}

function currentOwner(): LockOwner {
  return { pid: process.pid, host: hostname(), bootedAt: Date.now() - uptime() * 1000 };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return nodeErrorCode(error) === 'EPERM';
  }
}

/**
 * One writer at a time for a project's annotations, across processes (the desktop app and a
 * `qarin annotations import` run side by side): each would otherwise append its own change number
 * N to the journal, and fold into the snapshot a state without the other's changes. Reading needs
 * no lock. A lock left by a process that died (a crash, a kill) is taken over; within one process
 * the lock is shared, since one process opens a project once.
 */
export class AnnotationWriterLock {
  private held = false;

  constructor(readonly path: string) {}

  get isHeld(): boolean {
    return this.held;
  }

  async acquire(): Promise<void> {
    if (this.held) return;
    const me = currentOwner();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (await this.createWithOwner(me)) {
        this.held = true;
        return;
      }
      const owner = await this.readOwner();
      if (owner !== undefined && owner.pid === me.pid && owner.host === me.host) {
        this.held = true;
        return;
      }
      // The lock file only ever appears complete (see createWithOwner): one that does not read is
      // damaged, not being written, and is taken over like a dead owner's.
      if (owner !== undefined) {
        const stale = owner.host === me.host && (!isAlive(owner.pid) || Math.abs(owner.bootedAt - me.bootedAt) > SAME_BOOT_TOLERANCE_MS);
        if (!stale) throw new AnnotationsLockedError(owner.pid);
      }
      await unlink(this.path).catch((error: unknown) => {
        if (nodeErrorCode(error) !== 'ENOENT') throw error;
      });
    }
    const owner = await this.readOwner();
    throw new AnnotationsLockedError(owner?.pid ?? -1);
  }

  /**
   * Creates the lock file with its owner already inside: the owner is written to a private file
   * first and hard-linked into place, which fails if the lock exists. A writer killed at any moment
   * leaves either no lock or a complete one, never an empty file another writer would wait on.
   */
  private async createWithOwner(owner: LockOwner): Promise<boolean> {
    const draft = `${this.path}.${process.pid}.draft`;
    await writeFile(draft, JSON.stringify(owner));
    try {
      await link(draft, this.path);
      return true;
    } catch (error) {
      if (nodeErrorCode(error) !== 'EEXIST') throw error;
      return false;
    } finally {
      await unlink(draft).catch(() => undefined);
    }
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    const owner = await this.readOwner();
    if (owner?.pid === process.pid) await unlink(this.path).catch(() => undefined);
  }

  /** Undefined for a lock file that does not read as an owner (damaged). */
  private async readOwner(): Promise<LockOwner | undefined> {
    try {
      const owner = JSON.parse(await readFile(this.path, 'utf8')) as Partial<LockOwner>;
      if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.bootedAt !== 'number') return undefined;
      return { pid: owner.pid, host: owner.host, bootedAt: owner.bootedAt };
    } catch {
      return undefined;
    }
  }
}
