import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Resident set size now, and its peak so far, in MB. */
  residentMb: number;
  peakMb: number;
  /** CPU seconds the process has used, all its threads together. */
  cpuSeconds: number;
}

/**
 * Memory and CPU of another process (a served Qarin), read from /proc: undefined where there is
 * no /proc (not Linux) or the process has gone.
 */
export function processMemory(pid: number | undefined): ProcessMemory | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    // Fields 14 and 15 of /proc/PID/stat (after the command name) are user and system time in ticks.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { residentMb: kilobytes('VmRSS') / 1024, peakMb: kilobytes('VmHWM') / 1024, cpuSeconds: ticks / 100 };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds the main thread of process `pid` has used: on a shared machine, the work on the path
 * to the first answer, which waiting for a core does not inflate as it does the wall time.
 */
export function mainThreadCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** One line: resident and peak memory, CPU, and resident memory per report when the count is known. */
export function describeProcessMemory(memory: ProcessMemory | undefined, reports?: number): string {
  if (!memory) return 'memory not readable here (no /proc)';
  const perReport =
    reports && reports > 0 ? `, ${((memory.residentMb * 1024) / reports).toFixed(1)} KB resident per report` : '';
  return `resident ${memory.residentMb.toFixed(0)} MB (peak ${memory.peakMb.toFixed(0)} MB), ${memory.cpuSeconds.toFixed(2)} s CPU${perReport}`;
}
