import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from './importBench';

const qarinBin = fileURLToPath(new URL('../bin/qarin.mjs', import.meta.url));
const fromSources = fileURLToPath(new URL('./cliFromSources.mjs', import.meta.url));
const builtCli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
const TIME = '/usr/bin/time';
const RUNS = 5;

export interface Run {
  wallMs: number;
  peakMb: number | undefined;
  /** User + system CPU seconds: on a loaded machine a steadier figure than wall time. */
  cpuSeconds: number | undefined;
}

/** Wall time of a child process and, through /usr/bin/time where it exists, its peak RSS and CPU time. */
export function measure(command: string, args: string[], env?: NodeJS.ProcessEnv): Run {
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed
    ? spawnSync(TIME, ['-f', 'peak-kb %M cpu %U %S', command, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env,
      })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env });
  const wallMs = performance.now() - started;
  if (child.status !== 0 && !(command === 'grep' && child.status === 1)) {
    throw new Error(`${command} ${args.join(' ')} failed: ${child.stderr.trim().split('\n').slice(-2).join(' | ')}`);
  }
  const figures = /peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(child.stderr ?? '');
  return {
    wallMs,
    peakMb: figures ? Number(figures[1]) / 1024 : undefined,
    cpuSeconds: figures ? Number(figures[2]) + Number(figures[3]) : undefined,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function summary(label: string, runs: Run[], target = ''): string {
  const peaks = runs.map((run) => run.peakMb).filter((peak): peak is number => peak !== undefined);
  const peak = peaks.length > 0 ? `, peak RSS ${median(peaks).toFixed(0)} MB` : '';
  const cpus = runs.map((run) => run.cpuSeconds).filter((cpu): cpu is number => cpu !== undefined);
  const cpu = cpus.length > 0 ? `, ${median(cpus).toFixed(2)} s CPU` : '';
  const wall = (median(runs.map((run) => run.wallMs)) / 1000).toFixed(2);
  return `${label}: ${wall} s wall${cpu}${peak} (median of ${runs.length})${target}`;
}

/**
 * Runs two commands in turn, `runs` times each, so that both meet the same load: how one build is
 * compared with another on a shared machine.
 */
function alternate(first: () => Run, second: () => Run, runs: number): [Run[], Run[]] {
  const firsts: Run[] = [];
  const seconds: Run[] = [];
  for (let n = 0; n < runs; n++) {
    firsts.push(first());
    seconds.push(second());
  }
  return [firsts, seconds];
}

/**
 * One-shot commands in fresh processes, as a user types them: the build (bin/qarin.mjs) reading the
 * on-disk search tables, the same with the whole index loaded (QARIN_SEARCH_IN_MEMORY=1, how it ran
 * before the tables), the command through tsx as it ran before the command line was built, and
 * `grep -rlF` over the raw corpus, which is what an index must beat.
 *
 * QARIN_BENCH_CLI_BEFORE=DIR, a folder holding another build's `bin/qarin.mjs` and `out/` (say,
 * main's, copied before a change), measures its table commands too, in turn with this build's, so
 * that before and after come from one run. That build must read the project's tables as they are.
 */
export function benchCli(projectDir: string, corpusDir: string, log: Log): void {
  const query = 'حفتر';
  if (!existsSync(builtCli))
    log(`(no build at ${builtCli}: "npm run build" first, or bin/qarin.mjs runs through tsx too)`);
  const repeat = (command: string, args: string[], env?: NodeJS.ProcessEnv, runs = RUNS) =>
    Array.from({ length: runs }, () => measure(command, args, env));
  const inMemory = { ...process.env, QARIN_SEARCH_IN_MEMORY: '1' };
  log(summary('node -e 0 (starting Node, the floor)', repeat(process.execPath, ['-e', '0'])));
  // The whole index takes seconds a run: measured fewer times, and for the first query only.
  const slowRuns = 3;
  const beforeDir = process.env.QARIN_BENCH_CLI_BEFORE;
  const beforeBin = beforeDir && join(beforeDir, 'bin', 'qarin.mjs');
  /** This build's runs of a table command and, when asked, the other build's, in turn. */
  const tableRuns = (label: string, args: string[], target = '') => {
    if (!beforeBin) return log(summary(label, repeat(process.execPath, [qarinBin, ...args]), target));
    const [after, before] = alternate(
      () => measure(process.execPath, [qarinBin, ...args]),
      () => measure(process.execPath, [beforeBin, ...args]),
      RUNS,
    );
    log(summary(`${label}, before (${beforeDir})`, before));
    log(summary(label, after, target));
  };
  for (const words of [
    query,
    'الحكومة السورية',
    'الفريق أول ركن',
    'رئيس مجلس الوزراء العراقي',
    '"خليفة حفتر" -السراج',
  ]) {
    const search = ['search', words, '--project', projectDir];
    tableRuns(`qarin search ${words} (build, on-disk tables)`, search, ' (target <= 0.3 s, <= 200 MB)');
    if (words !== query) continue;
    log(
      summary(
        `qarin search ${words} (build, whole index in memory, as before)`,
        repeat(process.execPath, [qarinBin, ...search], inMemory, slowRuns),
      ),
    );
  }
  // The printed page lists reports only; JSON carries the highlights matched too. The first command
  // after the highlights change reads and indexes them all and keeps their tables; the next read those.
  const highlights = highlightCount(projectDir);
  const searchJson = ['search', query, '--json', '--project', projectDir];
  if (highlights > 0) {
    const highlightTables = join(projectDir, 'index', 'highlights');
    const stale = Array.from({ length: slowRuns }, () => {
      rmSync(highlightTables, { recursive: true, force: true });
      return measure(process.execPath, [qarinBin, ...searchJson]);
    });
    log(
      summary(
        `qarin search ${query} --json (build, on-disk tables, the ${highlights} highlights changed since the last command: read, matched and their tables written)`,
        stale,
      ),
    );
  }
  tableRuns(
    `qarin search ${query} --json (build, on-disk tables, the project's ${highlights} highlights matched from their tables)`,
    searchJson,
    ' (target <= 0.3 s)',
  );
  benchSearchAfterCopy(projectDir, beforeBin, log);
  const search = ['search', query, '--project', projectDir];
  log(
    summary(
      `qarin search ${query} (sources through tsx, whole index)`,
      repeat(process.execPath, [fromSources, ...search], inMemory, slowRuns),
    ),
  );
  log(summary(`grep -rlF ${query} over the raw corpus`, repeat('grep', ['-rlF', query, corpusDir])));
  // The first run writes the library listing when the project has none yet (a project imported
  // before listings existed): the runs measured read it.
  measure(process.execPath, [qarinBin, 'docs', '--project', projectDir]);
  tableRuns('qarin docs (build, every document, library listing)', ['docs', '--project', projectDir]);
  tableRuns('qarin docs --json (build, every document, library listing)', ['docs', '--project', projectDir, '--json']);
  const firstId = spawnSync(
    process.execPath,
    [qarinBin, 'search', query, '--project', projectDir, '--json', '--limit', '1'],
    {
      encoding: 'utf8',
    },
  );
  const id = (JSON.parse(firstId.stdout) as { hits: { id: string }[] }).hits[0]?.id;
  if (id) {
    const show = ['show', id, '--project', projectDir];
    tableRuns('qarin show DOCID (build, one document, on-disk tables)', show);
    log(
      summary(
        'qarin show DOCID (build, one document, whole library)',
        repeat(process.execPath, [qarinBin, ...show], inMemory, slowRuns),
      ),
    );
    const metadata = [...show, '--json'];
    tableRuns('qarin show --json DOCID (build, its library entry alone)', metadata);
    log(
      summary(
        'qarin show --json DOCID (build, whole library)',
        repeat(process.execPath, [qarinBin, ...metadata], inMemory, slowRuns),
      ),
    );
  }
}

/** Highlights in the project's annotation snapshot (the annotations section leaves 10,100), 0 without one. */
function highlightCount(projectDir: string): number {
  const snapshot = join(projectDir, 'annotations.json');
  if (!existsSync(snapshot)) return 0;
  return (JSON.parse(readFileSync(snapshot, 'utf8')) as { data: { highlights: unknown[] } }).data.highlights.length;
}

/**
 * Gives the library file a new inode and time and the same bytes, as copying the project, restoring
 * it from a backup or moving it to another disk does.
 */
function restampLibrary(projectDir: string): void {
  const library = join(projectDir, 'library.json');
  const copy = join(projectDir, '.library.bench-copy.json');
  copyFileSync(library, copy);
  renameSync(copy, library);
}

/**
 * The first one-shot search after the project was copied: this build proves the tables fresh by the
 * library's bytes; a build without that (QARIN_BENCH_CLI_BEFORE) opens the whole workbench. Not
 * alternated: each build notes the stamp in its own way, which the other's next run would meet.
 */
function benchSearchAfterCopy(projectDir: string, beforeBin: string | undefined, log: Log): void {
  const search = ['search', 'حفتر', '--project', projectDir];
  const afterCopy = (bin: string) => {
    restampLibrary(projectDir);
    return measure(process.execPath, [bin, ...search]);
  };
  const label = 'qarin search حفتر, first run after the project is copied';
  if (beforeBin)
    log(
      summary(
        `${label}, before`,
        Array.from({ length: 3 }, () => afterCopy(beforeBin)),
      ),
    );
  // Once through the workbench if the note predates the library's hash, so the runs measured prove it.
  afterCopy(qarinBin);
  log(
    summary(
      label,
      Array.from({ length: RUNS }, () => afterCopy(qarinBin)),
      ' (was the whole workbench)',
    ),
  );
}
