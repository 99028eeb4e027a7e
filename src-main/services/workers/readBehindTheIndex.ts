import { getPriority, setPriority } from 'node:os';

/** How much lower than the process the import workers run: Linux's nice, 0 to 19. */
const READER_NICENESS = 10;

/**
 * Lowers the calling thread's scheduling priority below the rest of the process, so that reading
 * takes the cores only when the index and the main thread leave them free. The search worker is
 * the chain an import waits for (it analyses and indexes every report in turn), while the import
 * workers read ahead and are paused when the index falls behind: with them at the same priority,
 * the index waited for cores the readers held, and an ANT import took 14.8–17.3 s where it takes
 * 13.1–14.0 s with them behind (see the commit).
 *
 * Linux keeps a nice value per thread (setpriority(2), under "BUGS": the calling thread only, not
 * the process). Elsewhere the same call sets the whole process's priority, the window's included,
 * so it is left alone there.
 */
export function readBehindTheIndex(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, Math.min(19, getPriority(0) + READER_NICENESS));
  } catch {
    // Not allowed here: reading at the usual priority costs only time.
  }
}
