import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';

type Log = (line: string) => void;

interface Measured<T> {
  value: T;
  ms: number;
  /** CPU of every thread of the process (the search index worker included), in ms. */
  cpuMs: number;
  /** Highest resident set size seen while the work ran, sampled every 50 ms, in MB. */
  peakMb: number;
}

async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

function figures(result: Measured<unknown>, target: string): string {
  return (
    `${(result.ms / 1000).toFixed(2)} s wall (target ${target}), ${(result.cpuMs / 1000).toFixed(2)} s CPU, ` +
    `peak RSS ${result.peakMb.toFixed(0)} MB`
  );
}

/** The import of the .qdpx at `file` into a fresh project in `scratch`, measured and printed. */
async function benchQdpxImport(
  file: string,
  scratch: string,
  log: Log,
  sent?: { reports: number; highlights: number },
) {
  const target = await openWorkbench({ projectDir: join(scratch, 'imported') });
  try {
    const imported = await measured(() => invoke(target.handlers, 'project.importQdpx', { path: file }));
    const result = imported.value;
    log(
      `qdpx import into a fresh project: ${result.reportsAdded} reports, ${result.highlights} highlights, ` +
        `${result.codesCreated} codes, ${result.memos} memos: ${figures(imported, '<= 30 s')}`,
    );
    if (sent !== undefined && (result.reportsAdded !== sent.reports || result.highlights !== sent.highlights)) {
      log(`  the round trip lost something: ${sent.reports} reports and ${sent.highlights} highlights went out`);
    }
  } finally {
    await target.close();
  }
}

/**
 * REFI-QDA exchange of a whole project: the .qdpx export of the project at `projectDir` (after the
 * annotations section it holds the ANT corpus and 10,000 highlights) and its import into a fresh
 * project. Targets (issue 11): export <= 15 s, import <= 30 s. Printed, never asserted.
 * With `qdpxFile` (QARIN_BENCH_QDPX), only the import of that file is measured: the export of a
 * project is kept once and imported again after each change, on a shared machine.
 */
export async function benchQdpx(projectDir: string, log: Log, qdpxFile?: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'qarin-bench-qdpx-'));
  try {
    if (qdpxFile !== undefined) {
      log(`qdpx import of ${qdpxFile} (${(statSync(qdpxFile).size / 1024 / 1024).toFixed(1)} MB)`);
      await benchQdpxImport(qdpxFile, scratch, log);
      return;
    }
    const source = await openWorkbench({ projectDir, preloadSearch: false });
    let file: string;
    let documentCount: number;
    let total: number;
    try {
      ({ documentCount } = await invoke(source.handlers, 'project.info', {}));
      ({ total } = await invoke(source.handlers, 'annotations.list', { limit: 1 }));
      const exported = await measured(() => invoke(source.handlers, 'annotations.export', { format: 'qdpx' }));
      file = join(scratch, exported.value.filename);
      const bytes = Buffer.from(exported.value.content, 'base64');
      writeFileSync(file, bytes);
      log(
        `qdpx export: ${documentCount} reports, ${total} highlights: ${figures(exported, '<= 15 s')}; ` +
          `${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
      );
    } finally {
      await source.close();
    }
    await benchQdpxImport(file, scratch, log, { reports: documentCount, highlights: total });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
