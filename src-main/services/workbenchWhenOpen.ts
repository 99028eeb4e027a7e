import { contract, type MethodName } from '../api/contract';
import type { ApiHandlers } from '../api/dispatch';
import { EventHub } from '../api/eventHub';
import type { Workbench } from './workbench';

/**
 * A workbench that is still opening, to hand to a transport at once: `qarin serve` listens and
 * prints its address while the project loads, so the browser loads the page meanwhile. Each call
 * waits for the project and is then answered by it (or fails with the reason it did not open);
 * listeners subscribed meanwhile receive its events once it is open.
 */
export function workbenchWhenOpen(projectDir: string, opening: Promise<Workbench>): Workbench {
  const events = new EventHub();
  opening.then(
    (workbench) => workbench.events.subscribe((event, payload) => events.emit(event, payload)),
    // Whoever opened the project handles its failure; calls waiting for it fail with it.
    () => undefined,
  );
  const methods = Object.keys(contract) as MethodName[];
  const handlers = Object.fromEntries(
    methods.map((method) => [
      method,
      async (input: unknown) => {
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
    close: async () => (await opening).close(),
  };
}
