import { Worker } from 'node:worker_threads';
import { resolveWorkerUrl } from '../workers/resolveWorkerUrl';
import type { HighlightTablesRefresh } from './tables/keepHighlightTables';

/**
 * How long the highlights stay unchanged before their tables are written: past a burst of edits,
 * and past the annotations' idle checkpoint (2 s), which rewrites their files.
 */
export const HIGHLIGHT_TABLES_QUIET_MS = 3_000;
/** How long after opening a project its tables are looked at: once the window has loaded. */
export const HIGHLIGHT_TABLES_AFTER_OPEN_MS = 10_000;

/**
 * `refreshHighlightTables` in a thread of its own, ended once it answers: nothing it read stays,
 * and a handle left open in it cannot keep the pass (and so closing the project) waiting.
 */
export function refreshHighlightTablesInWorker(projectDir: string): Promise<HighlightTablesRefresh> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(resolveWorkerUrl('highlightTables'), { workerData: { projectDir } });
    worker.once('message', (outcome: HighlightTablesRefresh) => {
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The highlight tables worker ended (code ${code}) without an answer.`)),
    );
  });
}

/**
 * Keeps the highlights' search tables of a long-running process's project (the app, `qarin
 * serve`) up to date, so that a one-shot `qarin search --json` run after highlighting answers from
 * them in a third of a second instead of reading and indexing every highlight first (two seconds
 * for ten thousand). Woken after each saved change of the annotations and each import, it waits
 * until they have been quiet for a while, then refreshes the tables, one pass at a time. Closing
 * the annotations folds their journal into their snapshot, which makes tables of them stale: after
 * a session that changed them, `finalPass` writes them once more.
 */
export class HighlightTablesKeeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private wokenWhileRunning = false;
  private changed = false;
  private closed = false;

  constructor(
    private readonly refresh: () => Promise<HighlightTablesRefresh>,
    private readonly quietMs: number = HIGHLIGHT_TABLES_QUIET_MS,
  ) {}

  /** The annotations or the reports changed: refresh the tables once things are quiet. */
  wake(): void {
    this.changed = true;
    this.schedule(this.quietMs);
  }

  /** Looks at the tables after `delayMs` (a project just opened: a session that ended early may have left them stale). */
  checkLater(delayMs: number): void {
    this.schedule(delayMs);
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

  /** After `close` and the annotations' own closing: one last pass if this session changed what the tables hold. */
  async finalPass(): Promise<void> {
    if (this.changed) await this.refresh().catch(() => undefined);
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delayMs);
    // A process that is ending does not stay for a cache.
    this.timer.unref();
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
          this.schedule(this.quietMs);
        }
      });
  }
}
