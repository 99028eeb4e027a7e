import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A search answer's shape as the served API sends it; only what the benchmark checks. */
interface SearchReply {
  ok: boolean;
  result?: { total: number };
  error?: { message: { en: string } };
}

export interface ServedFigures {
  /** From starting the process to `qarin serve` printing its address (the workbench is open). */
  servedMs: number;
  /** The first search after that: it waits for whatever opening left to do (the index). */
  firstQueryMs: number;
  /** The query set asked at once after the first query, while the process may still be opening. */
  queryMs: number[];
  /** Resident memory of the serving process after that set, and its peak so far. */
  rssKb: number;
  peakRssKb: number;
  /** How long after that set the process fell quiet (its background opening done), or NaN if it never did. */
  quietAfterMs: number;
  /**
   * The same query set asked once the process is quiet, a first time: the index answers these
   * queries for the first time when the early reader answered them while the project opened.
   */
  openedQueryMs: number[];
  /** The set asked again: the engine's own pace, nothing loading, what it keeps between queries kept. */
  settledQueryMs: number[];
  /**
   * CPU time the serving process (all its threads) spent on that second set, per query: the work
   * of answering, which on a shared machine is steadier than wall time, which also counts the
   * waits for a core that other processes hold.
   */
  settledCpuMsPerQuery: number;
  /** Resident memory once quiet and after the second set: what an open workbench holds. */
  settledRssKb: number;
  /**
   * Resident memory after `idleMs` more without a call (NaN when not asked for): V8 collects what
   * opening and the queries left only once the process is idle, so this is what a workbench left
   * open while its user reads holds.
   */
  idleRssKb: number;
}

/** CPU time a process has used so far, in clock ticks, from Linux's /proc; NaN elsewhere. */
function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return Number.NaN;
  }
}

/** Linux counts CPU time in /proc in ticks of 1/100 s (USER_HZ). */
const MS_PER_TICK = 10;
const QUIET_WINDOW_MS = 1000;
/** Under 3 % of a core over the window: a served process with nothing left to open. */
const QUIET_TICKS = 3;
const QUIET_LIMIT_MS = 120_000;

/** Waits until process `pid` uses almost no CPU for a whole window; returns how long that took. */
async function untilQuiet(pid: number): Promise<number> {
  const started = performance.now();
  let before = cpuTicks(pid);
  while (performance.now() - started < QUIET_LIMIT_MS && Number.isFinite(before)) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    const now = cpuTicks(pid);
    if (now - before <= QUIET_TICKS) return performance.now() - started - QUIET_WINDOW_MS;
    before = now;
  }
  return Number.NaN;
}

const SERVED_ADDRESS = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)/;
const PAGE = 20;

/** VmRSS and VmHWM (peak) of a process, from Linux's /proc; NaN elsewhere. */
function residentMemoryKb(pid: number): { rssKb: number; peakRssKb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssKb: field('VmRSS'), peakRssKb: field('VmHWM') };
  } catch {
    return { rssKb: Number.NaN, peakRssKb: Number.NaN };
  }
}

/**
 * Starts `qarin serve` on a project in a fresh process, as a user opens the workbench, asks the
 * first query and then every query of `queries` through its HTTP API (what the page does), reads
 * the process's memory; then waits for the process to finish opening in the background, asks the
 * queries again and reads its memory again, once more after `idleMs` without a call, and stops it.
 * The two sets tell apart what a user waits for while the index loads and what the loaded index
 * answers.
 */
export async function measureServedWorkbench(
  qarinBin: string,
  projectDir: string,
  firstQuery: string,
  queries: readonly string[],
  { idleMs = 0 }: { idleMs?: number } = {},
): Promise<ServedFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [qarinBin, 'serve', '--project', projectDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const address = await new Promise<RegExpExecArray>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const found = SERVED_ADDRESS.exec(output);
        if (found) resolve(found);
      });
      child.once('exit', (code) => reject(new Error(`qarin serve ended (${code}) before serving: ${errors.trim()}`)));
    });
    const servedMs = performance.now() - started;
    const [, port, token] = address;
    const search = async (query: string): Promise<number> => {
      const before = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/call/search.query`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query, limit: PAGE }),
      });
      const reply = (await response.json()) as SearchReply;
      if (!reply.ok) throw new Error(`search "${query}" failed: ${reply.error?.message.en ?? response.status}`);
      return performance.now() - before;
    };
    const firstQueryMs = await search(firstQuery);
    const queryMs: number[] = [];
    for (const query of queries) queryMs.push(await search(query));
    const pid = child.pid ?? 0;
    const opening = residentMemoryKb(pid);
    const quietAfterMs = await untilQuiet(pid);
    const openedQueryMs: number[] = [];
    for (const query of queries) openedQueryMs.push(await search(query));
    const settledQueryMs: number[] = [];
    const ticksBefore = cpuTicks(pid);
    for (const query of queries) settledQueryMs.push(await search(query));
    const settledCpuMsPerQuery = ((cpuTicks(pid) - ticksBefore) * MS_PER_TICK) / queries.length;
    const settled = residentMemoryKb(pid);
    if (idleMs > 0) await new Promise((resolve) => setTimeout(resolve, idleMs));
    const idleRssKb = idleMs > 0 ? residentMemoryKb(pid).rssKb : Number.NaN;
    return {
      servedMs,
      firstQueryMs,
      queryMs,
      rssKb: opening.rssKb,
      peakRssKb: settled.peakRssKb,
      quietAfterMs,
      openedQueryMs,
      settledQueryMs,
      settledCpuMsPerQuery,
      settledRssKb: settled.rssKb,
      idleRssKb,
    };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
