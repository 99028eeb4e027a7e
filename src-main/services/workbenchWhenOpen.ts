import type { MethodName } from '../api/contract';
import type { ApiHandlers } from '../api/dispatch';
import { EventHub } from '../api/eventHub';
import { changesNothing, methodNames } from './callsThatChangeNothing';
import type { EarlyAnswers } from './earlyAnswers';
import { openingUnderWay, type DeferredOpening } from './deferredOpening';
import type { Workbench } from './workbench';

/**
 * How long early answers go without a call before the first screen counts as answered: the page
 * asks in bursts a render apart (its start, then its workbench's panels), and a user typing a
 * search sends a call each key.
 */
export const FIRST_SCREEN_ANSWERED_AFTER_QUIET_MS = 600;

/**
 * A workbench that is still opening, to hand to a transport at once: `qarin serve` listens and
 * prints its address while the project loads, so the browser loads the page meanwhile. Each call
 * waits for the project and is then answered by it (or fails with the reason it did not open);
 * listeners subscribed meanwhile receive its events once it is open.
 *
 * With `early` (see openEarlyAnswers), the calls it can answer are answered by it until the project
 * is open, unless a call that may change the project is waiting for it; the early reader is closed
 * once the project is open (or failed to) and the calls it took have been answered.
 *
 * With a deferred opening (see deferOpening), it starts the project's opening when a call needs
 * the project, when there is no early reader, or once early answers, having begun, have gone
 * `quietMs` without a call: the first screen is answered then, and the project opens without
 * competing with it. With no call at all, the deferred opening's own limit starts it.
 */
export function workbenchWhenOpen(
  projectDir: string,
  opening: Promise<Workbench> | DeferredOpening,
  early?: Promise<EarlyAnswers | undefined>,
  quietMs = FIRST_SCREEN_ANSWERED_AFTER_QUIET_MS,
): Workbench {
  const deferred = 'openNow' in opening ? opening : openingUnderWay(opening);
  const open = deferred.opening;
  const earlyCalls = new Set<Promise<unknown>>();
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const openNow = () => {
    clearTimeout(quiet);
    deferred.openNow();
  };
  /** Starts the opening `quietMs` after the last early answer, unless a call comes or one is still being answered. */
  const openOnceQuiet = () => {
    clearTimeout(quiet);
    if (!deferred.started && earlyCalls.size === 0) quiet = setTimeout(openNow, quietMs);
  };
  const events = new EventHub();
  let isOpen = false;
  open.then(
    (workbench) => {
      isOpen = true;
      workbench.events.subscribe((event, payload) => events.emit(event, payload));
    },
    // Whoever opened the project handles its failure; calls waiting for it fail with it.
    () => undefined,
  );
  const earlyAnswers = early?.catch(() => undefined);
  if (earlyAnswers) void earlyAnswers.then((answers) => answers ?? openNow());
  else openNow();
  let changeWaiting = false;
  const answerEarly = async (method: MethodName, input: unknown): Promise<{ answer: unknown } | undefined> => {
    const answers = await earlyAnswers;
    if (!answers || isOpen || changeWaiting) return undefined;
    const call = answers.answer(method, input);
    earlyCalls.add(call);
    try {
      return await call;
    } finally {
      earlyCalls.delete(call);
    }
  };
  const released = earlyAnswers
    ? open
        .then(
          () => undefined,
          () => undefined,
        )
        .then(async () => {
          await Promise.allSettled([...earlyCalls]);
          await (await earlyAnswers)?.close();
        })
    : Promise.resolve();
  released.catch(() => undefined);

  const handlers = Object.fromEntries(
    methodNames.map((method) => [
      method,
      async (input: unknown) => {
        if (!changesNothing(method)) changeWaiting = true;
        else if (earlyAnswers && !isOpen && !changeWaiting) {
          clearTimeout(quiet);
          let answered: { answer: unknown } | undefined;
          try {
            answered = await answerEarly(method, input);
          } finally {
            openOnceQuiet();
          }
          if (answered) return answered.answer;
        }
        openNow();
        const handler = (await open).handlers[method] as (input: unknown) => Promise<unknown>;
        return handler(input);
      },
    ]),
  ) as ApiHandlers;
  return {
    projectDir,
    handlers,
    events,
    noteSearchTables: async () => {
      openNow();
      return (await open).noteSearchTables?.();
    },
    noteLibraryListing: async () => {
      openNow();
      return (await open).noteLibraryListing?.();
    },
    close: async () => {
      // One way to close, opened or not: a project never opened is opened, then closed.
      openNow();
      await released;
      await (await open).close();
    },
  };
}
