import { hostname, uptime } from 'node:os';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { nodeErrorCode } from './nodeErrorCode';
import { processIsRunning } from './processIsRunning';

interface LockOwner {
  pid: number;
  host: string;
  /** When the owner's machine booted (ms since the epoch, to the minute): a pid from before a reboot is not alive. */
  bootedAt: number;
  /** The owner's command line, so a refused writer can say which program holds the project. */
  command: string;
}

/** Boot times computed at different moments differ by the rounding of `uptime`; a reboot moves them far more. */
const SAME_BOOT_TOLERANCE_MS = 5 * 60_000;
const POLL_MS = 100;
const COMMAND_LENGTH = 200;

export class ProjectLockedError extends Error {
  constructor(
    readonly ownerPid: number,
    readonly ownerCommand: string,
  ) {
    super(
      `the project is being changed by another Qarin process (pid ${ownerPid}${ownerCommand ? `: ${ownerCommand}` : ''})`,
    );
    this.name = 'ProjectLockedError';
  }
}

function currentOwner(): LockOwner {
  const command = process.argv.slice(1).join(' ').slice(0, COMMAND_LENGTH);
  return { pid: process.pid, host: hostname(), bootedAt: Date.now() - uptime() * 1000, command };
}

/**
 * One writer at a time for a project, across processes (the desktop app, `qarin serve` and
 * `qarin import` side by side): two importers would each save a library without the other's
 * reports, two annotation writers would interleave change numbers. Reading needs no lock. A lock
 * left by a process that died (a crash, a kill) is taken over.
 *
 * Within one process the lock is shared by its writers (the imports, the annotations), each named
 * as a holder: the file stays until the last holder releases it.
 */
export class ProjectWriterLock {
  private readonly holders = new Set<string>();

  constructor(readonly path: string) {}

  get isHeld(): boolean {
    return this.holders.size > 0;
  }

  /**
   * Takes the lock for `holder` (again taking it is harmless). While another live process holds it,
   * retries for `waitMs`, then throws ProjectLockedError naming that process.
   */
  async acquire(holder: string, waitMs = 0): Promise<void> {
    if (this.holders.size === 0) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        try {
          await this.take();
          break;
        } catch (error) {
          if (!(error instanceof ProjectLockedError) || Date.now() + POLL_MS > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      }
    }
    this.holders.add(holder);
  }

  async release(holder: string): Promise<void> {
    if (!this.holders.delete(holder) || this.holders.size > 0) return;
    const owner = await this.readOwner();
    if (owner?.pid === process.pid) await unlink(this.path).catch(() => undefined);
  }

  private async take(): Promise<void> {
    const me = currentOwner();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (await this.createWithOwner(me)) return;
      const owner = await this.readOwner();
      if (owner !== undefined && owner.pid === me.pid && owner.host === me.host) return;
      // The lock file only ever appears complete (see createWithOwner): one that does not read is
      // damaged, not being written, and is taken over like a dead owner's.
      if (owner !== undefined) {
        const stale =
          owner.host === me.host &&
          (!processIsRunning(owner.pid) || Math.abs(owner.bootedAt - me.bootedAt) > SAME_BOOT_TOLERANCE_MS);
        if (!stale) throw new ProjectLockedError(owner.pid, owner.command);
      }
      await unlink(this.path).catch((error: unknown) => {
        if (nodeErrorCode(error) !== 'ENOENT') throw error;
      });
    }
    const owner = await this.readOwner();
    throw new ProjectLockedError(owner?.pid ?? -1, owner?.command ?? '');
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

  /** Undefined for a lock file that does not read as an owner (damaged). */
  private async readOwner(): Promise<LockOwner | undefined> {
    try {
      const owner = JSON.parse(await readFile(this.path, 'utf8')) as Partial<LockOwner>;
      if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.bootedAt !== 'number')
        return undefined;
      const command = typeof owner.command === 'string' ? owner.command : '';
      return { pid: owner.pid, host: owner.host, bootedAt: owner.bootedAt, command };
    } catch {
      return undefined;
    }
  }
}
