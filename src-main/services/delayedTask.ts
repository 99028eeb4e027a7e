/** A task that runs once, some time from now, unless it is cancelled before. */
export interface DelayedTask {
  /**
   * Resolves once the task has run (or failed), or was cancelled before it started; the process
   * waits for it meanwhile.
   */
  settled(): Promise<void>;
  /** Drops the task if it has not started; resolves once it is not running. */
  cancel(): Promise<void>;
}

/**
 * Runs `task` `delayMs` from now, on a timer that does not keep the process alive. Its failure is
 * the task's to report: here it only settles.
 */
export function delayedTask(task: () => Promise<void>, delayMs: number): DelayedTask {
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  let running: Promise<void> | undefined;
  const timer = setTimeout(() => {
    running = task()
      .catch(() => undefined)
      .finally(settle);
  }, delayMs);
  timer.unref();
  return {
    settled() {
      timer.ref();
      return settled;
    },
    async cancel() {
      clearTimeout(timer);
      if (running === undefined) settle();
      await settled;
    },
  };
}
