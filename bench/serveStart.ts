import { startQarinServe, type ServedQarin } from '../tests/e2e/support/startQarinServe';
import { describeProcessMemory, processMemory } from './processMemory';

export type Log = (line: string) => void;

/** Prefixes as a user types them: each is a search the served app answers. */
const TYPED = ['الحكومة', 'ترامب', 'ليبيا', 'source:CNN سوريا'];

async function call<T>(served: ServedQarin, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${served.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; result: T; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.result;
}

/**
 * `qarin serve` on a project whose index is persisted, in a fresh process each run (from the build
 * when it is current, `npm run build`): time from spawning it to its first answered search, and
 * its resident memory after start, after typing searches and opening reports, and after a
 * similar-reports question (which loads the signatures). Printed, not asserted.
 */
export async function benchServeStart(projectDir: string, log: Log, runs = 2): Promise<void> {
  for (let run = 1; run <= runs; run++) {
    const spawned = performance.now();
    const served = await startQarinServe(projectDir);
    try {
      const afterStart = processMemory(served.pid);
      const asked = performance.now();
      const first = await call<{ total: number }>(served, 'search.query', { query: 'الحكومة السورية', limit: 20 });
      const answered = performance.now();
      const info = await call<{ documentCount: number }>(served, 'project.info', {});
      const reports = info.documentCount;
      log(
        `serve run ${run}: URL after ${served.startMs.toFixed(0)} ms, first search answered ${(answered - asked).toFixed(0)} ms later, ${(answered - spawned).toFixed(0)} ms from spawn (${first.total} hits; target <= 1500 ms to a usable search)`,
      );
      log(`  after start:            ${describeProcessMemory(afterStart, reports)}`);
      for (const query of TYPED) {
        for (let length = 1; length <= query.length; length++) {
          await call(served, 'search.query', { query: query.slice(0, length), limit: 30 });
        }
      }
      const listed = await call<{ items: { id: string }[] }>(served, 'library.list', { limit: 20, sort: 'words' });
      for (const item of listed.items) await call(served, 'document.get', { id: item.id });
      log(`  after searches, reports: ${describeProcessMemory(processMemory(served.pid), reports)}`);
      const target = listed.items[listed.items.length - 1];
      if (target) await call(served, 'compare.similar', { id: target.id, limit: 10 });
      log(
        `  after compare.similar:  ${describeProcessMemory(processMemory(served.pid), reports)} (target <= 500 MB on ANT)`,
      );
    } finally {
      await served.stop();
    }
  }
}
