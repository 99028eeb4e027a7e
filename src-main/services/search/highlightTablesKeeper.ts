import { Worker } from 'node:worker_threads';
import { resolveWorkerUrl } from '../workers/resolveWorkerUrl';
import type { HighlightTablesRefresh } from './tables/keepHighlightTables';

/** How long the highlights stay unchanged before their tables are written: past a burst of edits, and past the annotations' idle checkpoint (2 s), which rewrites their files. */
export const HIGHLIGHT_TABLES_QUIET_MS = 3_000;

/** `refreshHighlightTables` in a thread of its own that ends with the answer. */
export function refreshHighlightTablesInWorker(projectDir: string): Promise<HighlightTablesRefresh> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(resolveWorkerUrl('highlightTables'), { workerData: { projectDir } });
    let answer: HighlightTablesRefresh | undefined;
    worker.once('message', (outcome: HighlightTablesRefresh) => (answer = outcome));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (answer) resolve(answer);
      else reject(new Error(`The highlight tables worker ended (code ${code}) without an answer.`));
    });
  });
}

/**
 * Keeps the highlights' search tables of a long-running process's project (the app, `qarin
 * serve`) up to date, so that a one-shot `qarin search --json` run after highlighting answers from
 * them in a third of a second instead of reading and indexing every highlight first (two seconds
 * for ten thousand). Woken after each saved change of the annotations and each import, it waits
 * until they have been quiet for a while, then refreshes the tables in a worker, one pass at a time.
 */
export class HighlightTablesKeeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private wokenWhileRunning = false;
  private closed = false;

  constructor(
    private readonly refresh: () => Promise<HighlightTablesRefresh>,
    private readonly quietMs: number = HIGHLIGHT_TABLES_QUIET_MS,
  ) {}

  /** Something the tables are stamped with may have changed: refresh them once things are quiet. */
  wake(): void {
    if (this.closed) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.quietMs);
    // A process that is ending does not stay for a cache.
    this.timer.unref();
  }

  /** Resolves once no pass is waiting or running (for tests and benchmarks). */
  async settled(): Promise<void> {
    while (this.timer !== undefined || this.running) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }

  /** Stops waking; waits for a pass under way, which holds the tables' lock until it ends. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private run(): void {
    this.timer = undefined;
    this.running = this.refresh()
      .then(
        (outcome) => {
          // Changed while read: look again once quiet. Not when another process was writing them:
          // it writes them for the annotations as it read them, and a change since wakes this again.
          if (outcome === 'changed') this.wokenWhileRunning = true;
        },
        () => {
          // A cache not written: the next one-shot command takes the slower way, and writes it.
        },
      )
      .finally(() => {
        this.running = undefined;
        if (this.wokenWhileRunning) {
          this.wokenWhileRunning = false;
          this.wake();
        }
      });
  }
}
