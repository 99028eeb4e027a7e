import { contract, type MethodName } from '../api/contract';
import type { ApiHandlers } from '../api/dispatch';
import { EventHub } from '../api/eventHub';
import { changesNothing } from './callsThatChangeNothing';
import type { EarlyAnswers } from './earlyAnswers';
import type { Workbench } from './workbench';

/**
 * A workbench that is still opening, to hand to a transport at once: `qarin serve` listens and
 * prints its address while the project loads, so the browser loads the page meanwhile. Each call
 * waits for the project and is then answered by it (or fails with the reason it did not open);
 * listeners subscribed meanwhile receive its events once it is open.
 *
 * With `early` (see openEarlyAnswers), the calls it can answer are answered by it until the project
 * is open, unless a call that may change the project is waiting for it; the early reader is closed
 * once the project is open (or failed to) and the calls it took have been answered.
 */
export function workbenchWhenOpen(
  projectDir: string,
  opening: Promise<Workbench>,
  early?: Promise<EarlyAnswers | undefined>,
): Workbench {
  const events = new EventHub();
  let isOpen = false;
  opening.then(
    (workbench) => {
      isOpen = true;
      workbench.events.subscribe((event, payload) => events.emit(event, payload));
    },
    // Whoever opened the project handles its failure; calls waiting for it fail with it.
    () => undefined,
  );
  const earlyAnswers = early?.catch(() => undefined);
  let changeWaiting = false;
  const earlyCalls = new Set<Promise<unknown>>();
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
    ? opening
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

  const methods = Object.keys(contract) as MethodName[];
  const handlers = Object.fromEntries(
    methods.map((method) => [
      method,
      async (input: unknown) => {
        if (!changesNothing(method)) changeWaiting = true;
        else if (earlyAnswers && !isOpen && !changeWaiting) {
          const answered = await answerEarly(method, input);
          if (answered) return answered.answer;
        }
        const handler = (await opening).handlers[method] as (input: unknown) => Promise<unknown>;
        return handler(input);
      },
    ]),
  ) as ApiHandlers;
  return {
    projectDir,
    handlers,
    events,
    noteSearchTables: async () => (await opening).noteSearchTables?.(),
    noteLibraryListing: async () => (await opening).noteLibraryListing?.(),
    close: async () => {
      await released;
      await (await opening).close();
    },
  };
}
