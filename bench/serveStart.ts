import { startQarinServe, type ServedQarin } from '../tests/e2e/support/startQarinServe';
import { join } from 'node:path';
import { describeProcessMemory, mainThreadCpuSeconds, processMemory } from './processMemory';

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

interface StartFigures {
  urlMs: number;
  answerMs: number;
  mainCpuSeconds: number | undefined;
  residentMb: number | undefined;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * One start of `qarin serve` (from `launcher`, or this checkout's): spawn to URL, spawn to the first
 * answered search, then memory after typing searches, opening reports and a similar-reports question.
 */
async function serveOnce(projectDir: string, log: Log, label: string, launcher?: string): Promise<StartFigures> {
  const spawned = performance.now();
  const served = await startQarinServe(projectDir, { launcher });
  try {
    const asked = performance.now();
    const first = await call<{ total: number }>(served, 'search.query', { query: 'الحكومة السورية', limit: 20 });
    const answered = performance.now();
    const mainCpuSeconds = mainThreadCpuSeconds(served.pid);
    const afterStart = processMemory(served.pid);
    const info = await call<{ documentCount: number }>(served, 'project.info', {});
    const reports = info.documentCount;
    const cpu = mainCpuSeconds === undefined ? '' : `, main thread ${mainCpuSeconds.toFixed(2)} s CPU by then`;
    log(
      `${label}: URL after ${served.startMs.toFixed(0)} ms, first search answered ${(answered - asked).toFixed(0)} ms later, ${(answered - spawned).toFixed(0)} ms from spawn${cpu} (${first.total} hits; target <= 1500 ms to a usable search)`,
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
    return {
      urlMs: served.startMs,
      answerMs: answered - spawned,
      mainCpuSeconds,
      residentMb: afterStart?.residentMb,
    };
  } finally {
    await served.stop();
  }
}

/**
 * The calls the page makes as it loads, asked as it asks them, right after the URL is printed: the
 * settings and project, then the library's first page, the story clusters and the annotations'
 * status at once, and a search typed as they load. Prints when each wave and the search were
 * answered, from the URL: what the served process holds back of a usable first screen.
 */
async function firstScreenOnce(projectDir: string, log: Log, label: string, launcher?: string): Promise<void> {
  const served = await startQarinServe(projectDir, { launcher });
  try {
    const shown = performance.now();
    const since = () => (performance.now() - shown).toFixed(0);
    await Promise.all([call(served, 'settings.get', {}), call(served, 'project.info', {})]);
    const infoAt = since();
    const timed = async (method: string, input: unknown) => {
      await call(served, method, input);
      return `${method} ${since()}`;
    };
    const typed = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
      timed('search.query', { query: 'ليبيا', offset: 0, limit: 20 }),
    );
    const answered = await Promise.all([
      timed('library.list', { sort: 'date', descending: true, offset: 0, limit: 200 }),
      timed('compare.clusters', { limit: 12 }),
      timed('annotations.status', {}),
      typed,
    ]);
    log(`${label}: first screen, ms after the URL: project.info ${infoAt}, ${answered.join(', ')}`);
  } finally {
    await served.stop();
  }
}

/**
 * `qarin serve` on a project whose index is persisted, in a fresh process each run (from the build
 * when it is current, `npm run build`): time from spawning it to its URL and to its first answered
 * search, the main thread's CPU by then, and its resident memory along the way; then, in another
 * start, how soon it answers the first screen's calls. Printed, not asserted.
 *
 * `baseline`: another checkout of Qarin, built (e.g. `git worktree add /tmp/before main`, with its
 * node_modules and `npm run build`); its `qarin serve` is started in turn with this one's, on the
 * same project, so that before and after are measured in one run under the same load.
 */
export async function benchServeStart(
  projectDir: string,
  log: Log,
  { runs = 2, baseline }: { runs?: number; baseline?: string } = {},
): Promise<void> {
  const versions: { label: string; launcher?: string }[] = baseline
    ? [
        { label: `before (${baseline})`, launcher: join(baseline, 'bin', 'qarin.mjs') },
        { label: 'after (this checkout)' },
      ]
    : [{ label: 'serve' }];
  const figures = new Map<string, StartFigures[]>(versions.map(({ label }) => [label, []]));
  for (let run = 1; run <= runs; run++) {
    for (const { label, launcher } of versions) {
      figures.get(label)?.push(await serveOnce(projectDir, log, `${label}, run ${run}`, launcher));
      await firstScreenOnce(projectDir, log, `${label}, run ${run}`, launcher);
    }
  }
  if (runs < 2 && versions.length < 2) return;
  for (const [label, measured] of figures) {
    const cpu = measured.flatMap(({ mainCpuSeconds }) => (mainCpuSeconds === undefined ? [] : [mainCpuSeconds]));
    const resident = measured.flatMap(({ residentMb }) => (residentMb === undefined ? [] : [residentMb]));
    log(
      `${label}, median of ${measured.length}: URL ${median(measured.map((m) => m.urlMs)).toFixed(0)} ms, first answer ${median(measured.map((m) => m.answerMs)).toFixed(0)} ms from spawn, main thread ${cpu.length ? median(cpu).toFixed(2) : '?'} s CPU, resident after start ${resident.length ? median(resident).toFixed(0) : '?'} MB`,
    );
  }
}
