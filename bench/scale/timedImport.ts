import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';

export interface ImportFigures {
  wallMs: number;
  /** Peak resident memory of the importing process, its worker threads included; NaN without /usr/bin/time. */
  peakRssKb: number;
  cpuSeconds: number;
  added: number;
  duplicates: number;
  errors: { path: string; reason: { en: string } }[];
}

/**
 * `qarin import FOLDER… --project DIR --json` in a process of its own, as a user runs it, so its
 * peak memory is this import's alone; /usr/bin/time reads that peak and the CPU time.
 */
export function timedImport(qarinBin: string, projectDir: string, folders: string[]): ImportFigures {
  const command = [process.execPath, qarinBin, 'import', ...folders, '--project', projectDir, '--json'];
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed
    ? spawnSync(TIME, ['-f', 'peak-kb %M cpu %U %S', ...command], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const figures = /peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(child.stderr ?? '');
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
  };
  return {
    wallMs,
    peakRssKb: figures ? Number(figures[1]) : Number.NaN,
    cpuSeconds: figures ? Number(figures[2]) + Number(figures[3]) : Number.NaN,
    added: report.added.length,
    duplicates: report.duplicates.length,
    errors: report.errors,
  };
}
