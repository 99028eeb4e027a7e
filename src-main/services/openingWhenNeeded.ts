import type { EarlyAnswers } from './earlyAnswers';
import type { Workbench } from './workbench';

/**
 * Once the early reader is ready to answer the first screen, how long the project waits for a call
 * that needs it before it opens anyway: long enough for a window or a browser to load its page and
 * ask its first calls, short enough that the project is open before a user acts on what they see.
 */
export const FIRST_SCREEN_MS = 2_000;

export interface OpeningWhenNeeded {
  /** The project, once opened (or the reason it did not open). */
  opening: Promise<Workbench>;
  /** Starts opening it now, if it has not started: a call needs it. */
  needed(): void;
}

/**
 * The project's opening, held back while the early reader answers the first screen. On two cores,
 * loading the project's code and parsing a library of 30,000 reports beside the first screen took
 * the main thread from the page's own files and first calls, and the window was usable half a
 * second later. The project starts opening as soon as a call needs it (`needed`, which
 * `workbenchWhenOpen` calls for every call the early reader does not answer), at once when the early
 * reader cannot answer the first screen (its listing or tables missing or stale), and at the latest
 * FIRST_SCREEN_MS after the early reader is ready.
 */
export function openingWhenNeeded(
  open: () => Promise<Workbench>,
  early: Promise<EarlyAnswers | undefined>,
  firstScreenMs = FIRST_SCREEN_MS,
): OpeningWhenNeeded {
  let start: () => void = () => undefined;
  let started = false;
  const opening = new Promise<Workbench>((resolve, reject) => {
    start = () => {
      if (started) return;
      started = true;
      open().then(resolve, reject);
    };
  });
  early.then(
    (answers) => {
      if (!answers?.answersFirstScreen) start();
      else setTimeout(start, firstScreenMs);
    },
    () => start(),
  );
  return { opening, needed: () => start() };
}
