import { hostname, uptime } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { nodeErrorCode } from '../persistence/nodeErrorCode';

interface LockOwner {
  pid: number;
  host: string;
  /** When the owner's machine booted (ms since the epoch, to the minute): a pid from before a reboot is not alive. */
  bootedAt: number;
}

/** Boot times computed at different moments differ by the rounding of `uptime`; a reboot moves them far more. */
const SAME_BOOT_TOLERANCE_MS = 5 * 60_000;
/** A lock file without a readable owner is being written by its creator for this long at most. */
const BEING_WRITTEN_MS = 10_000;

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
      try {
        const handle = await open(this.path, 'wx');
        try {
          await handle.writeFile(JSON.stringify(me));
        } finally {
          await handle.close();
        }
        this.held = true;
        return;
      } catch (error) {
        if (nodeErrorCode(error) !== 'EEXIST') throw error;
      }
      const owner = await this.readOwner();
      if (owner !== undefined && owner.pid === me.pid && owner.host === me.host) {
        this.held = true;
        return;
      }
      if (owner === undefined) {
        if (await this.isFresh()) throw new AnnotationsLockedError(-1);
      } else {
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

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    const owner = await this.readOwner();
    if (owner?.pid === process.pid) await unlink(this.path).catch(() => undefined);
  }

  /** True for a lock file created moments ago, whose creator may still be writing its owner into it. */
  private async isFresh(): Promise<boolean> {
    try {
      return Date.now() - (await stat(this.path)).mtimeMs < BEING_WRITTEN_MS;
    } catch {
      return false;
    }
  }

  /** Undefined for a lock file that is unreadable or half written: being written, or left by a writer that died. */
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
