import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Items a long synchronous job on the main process (a whole project zipped, read or analysed)
 * handles between two turns of the event loop, so the window's calls and the server's requests are
 * still answered while it runs.
 */
const ITEMS_PER_TURN = 256;

/** Lets the event loop turn after every ITEMS_PER_TURN items; `done` counts the items handled so far. */
export async function giveTurnAfter(done: number): Promise<void> {
  if (done > 0 && done % ITEMS_PER_TURN === 0) await nextTurn();
}

/**
 * Longest stretch of steps `runInTurns` takes before letting the event loop turn: short enough that
 * a keystroke's search waits no longer than a frame, long enough that the turns cost little.
 */
const MS_PER_TURN = 8;

/**
 * Runs a job given as steps (a generator that yields between them) in stretches of MS_PER_TURN,
 * letting the event loop turn before the first and after each stretch: requests that arrived before
 * the job or during it (a worker's messages, a server's calls) are answered in between.
 */
export async function runInTurns<Result>(steps: Generator<void, Result, void>): Promise<Result> {
  for (;;) {
    await nextTurn();
    const stretchEnds = performance.now() + MS_PER_TURN;
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() < stretchEnds);
  }
}
