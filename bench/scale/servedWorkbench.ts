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
  queryMs: number[];
  /** Resident memory of the serving process after every query, and its peak. */
  rssKb: number;
  peakRssKb: number;
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
 * the process's memory, and stops it.
 */
export async function measureServedWorkbench(
  qarinBin: string,
  projectDir: string,
  firstQuery: string,
  queries: readonly string[],
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
    return { servedMs, firstQueryMs, queryMs, ...residentMemoryKb(child.pid ?? 0) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
