import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';
const TIMEOUT = '/usr/bin/timeout';
/** What `timeout --foreground -s KILL` exits with when it had to kill the command (after reaping it, so it is measured). */
const KILLED_BY_TIMEOUT = 137;

export interface ImportFigures {
  /** False when the import was stopped at the time limit: then only time, CPU and peak are known. */
  finished: boolean;
  wallMs: number;
  /** Peak resident memory of the importing process, its worker threads included; NaN without /usr/bin/time. */
  peakRssKb: number;
  cpuSeconds: number;
  added: number;
  duplicates: number;
  errors: { path: string; reason: { en: string } }[];
  /** Reports imported with integrity warnings. */
  warnings: number;
}

/**
 * `qarin import FOLDER… --project DIR --json` in a process of its own, as a user runs it, so its
 * peak memory is this import's alone; /usr/bin/time reads that peak and the CPU time. An import
 * still running after `limitSeconds` is killed (through coreutils' timeout, so the kill reaches
 * the import itself and /usr/bin/time still reports it), and reported as not finished.
 */
export function timedImport(
  qarinBin: string,
  projectDir: string,
  folders: string[],
  limitSeconds: number,
): ImportFigures {
  const qarin = [process.execPath, qarinBin, 'import', ...folders, '--project', projectDir, '--json'];
  const command = existsSync(TIMEOUT) ? [TIMEOUT, '--foreground', '-s', 'KILL', String(limitSeconds), ...qarin] : qarin;
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed
    ? spawnSync(TIME, ['-f', 'peak-kb %M cpu %U %S', ...command], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const figures = /peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(child.stderr ?? '');
  const peakRssKb = figures ? Number(figures[1]) : Number.NaN;
  const cpuSeconds = figures ? Number(figures[2]) + Number(figures[3]) : Number.NaN;
  // Killed before the limit, it was not the limit that killed it (the system, out of memory): a failure.
  if (child.status === KILLED_BY_TIMEOUT && command[0] === TIMEOUT && wallMs >= limitSeconds * 1000) {
    return {
      finished: false,
      wallMs,
      peakRssKb,
      cpuSeconds,
      added: Number.NaN,
      duplicates: Number.NaN,
      errors: [],
      warnings: Number.NaN,
    };
  }
  // Exit status 2 means some files failed: the report says which, and the rest was imported.
  if ((child.status !== 0 && child.status !== 2) || child.error) {
    const why = child.error?.message ?? (child.signal ? `killed by ${child.signal}` : `exit status ${child.status}`);
    const peak = figures ? ` (peak RSS ${(Number(figures[1]) / 1024).toFixed(0)} MB)` : '';
    throw new Error(`qarin import ${why}${peak}: ${(child.stderr ?? '').trim().split('\n').slice(-6).join(' | ')}`);
  }
  const report = JSON.parse(child.stdout) as {
    added: unknown[];
    duplicates: unknown[];
    errors: ImportFigures['errors'];
    warnings: unknown[];
  };
  return {
    finished: true,
    wallMs,
    peakRssKb,
    cpuSeconds,
    added: report.added.length,
    duplicates: report.duplicates.length,
    errors: report.errors,
    warnings: report.warnings.length,
  };
}
