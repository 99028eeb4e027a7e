/** How a request ended, handed to `settle`. */
export type SearchOutcome<Answer> = { ok: true; answer: Answer } | { ok: false; error: unknown };

export interface LatestSearch<Request> {
  /** Asks for `request`: sent at once when nothing is on its way, else it waits, replacing any request waiting. */
  ask(request: Request): void;
  /** Drops every answer still to come, and the request waiting (the query was cleared). */
  cancel(): void;
  /** Counts the requests asked and cancelled; an action taken at one count is stale once it moves on. */
  readonly asked: number;
}

/**
 * Searches as the user types, without a debounce: the first key is sent at once, and while one
 * request is on its way, only the newest key's request waits to follow it, so a burst of keys costs
 * two round trips and never a queue.
 *
 * Answers reach `settle` in the order asked and never after a newer one: the latest request's
 * answer comes with `latest: true`; an older answer comes with `latest: false` only when nothing
 * newer has been settled (it shows a fast typist progress while the newest is still on its way);
 * an older request's failure and anything asked before `cancel` are dropped.
 */
export function createLatestSearch<Request, Answer>(
  send: (request: Request) => Promise<Answer>,
  settle: (request: Request, outcome: SearchOutcome<Answer>, latest: boolean) => void,
): LatestSearch<Request> {
  let asked = 0;
  /** Answers at or below this count are not settled: a newer one was, or they were cancelled. */
  let settledUpTo = 0;
  let waiting: { request: Request; count: number } | undefined;
  let onItsWay = false;

  function sendNext(): void {
    const next = waiting;
    if (!next || onItsWay) return;
    waiting = undefined;
    onItsWay = true;
    const finish = (outcome: SearchOutcome<Answer>) => {
      onItsWay = false;
      const latest = next.count === asked;
      if (next.count > settledUpTo && (latest || outcome.ok)) {
        settledUpTo = next.count;
        settle(next.request, outcome, latest);
      }
      sendNext();
    };
    send(next.request).then(
      (answer) => finish({ ok: true, answer }),
      (error: unknown) => finish({ ok: false, error }),
    );
  }

  return {
    ask(request) {
      asked += 1;
      waiting = { request, count: asked };
      sendNext();
    },
    cancel() {
      asked += 1;
      settledUpTo = asked;
      waiting = undefined;
    },
    get asked() {
      return asked;
    },
  };
}
