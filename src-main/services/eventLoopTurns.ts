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
