export interface WaitForOptions {
  intervalMs?: number;
  timeoutMs?: number;
}

/**
 * Polls `condition` until it holds, for work that lands asynchronously in another process or behind
 * a UI. Fails naming `what` when `timeoutMs` passes, so a hang reads as the thing that never happened.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  { intervalMs = 50, timeoutMs = 60_000 }: WaitForOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
