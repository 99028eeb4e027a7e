import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { invoke } from '../src-main/api/dispatch';
import { openWorkbench } from '../src-main/services/openWorkbench';
import { runImport } from '../src-main/services/runImport';

export type Log = (line: string) => void;

const coldStartScript = fileURLToPath(new URL('./coldStart.ts', import.meta.url));

/**
 * Imports the whole corpus into `projectDir` through the same path as `qarin import` (worker,
 * library, index, persistence) and reports wall time and peak memory of this process, workers
 * included (they are threads of it).
 */
export async function benchImport(corpusDir: string, projectDir: string, log: Log): Promise<void> {
  const started = performance.now();
  const workbench = await openWorkbench({ projectDir });
  const report = await runImport(workbench, [corpusDir]);
  const elapsed = performance.now() - started;
  const info = await invoke(workbench.handlers, 'project.info', {});
  await workbench.close();
  log(`import + index: ${info.documentCount} documents in ${(elapsed / 1000).toFixed(1)} s wall (target <= 15 s)`);
  log(
    `  ${report.added.length} added, ${report.duplicates.length} duplicates, ${report.errors.length} errors, ${report.warnings.length} with integrity warnings`,
  );
  for (const error of report.errors.slice(0, 5)) log(`  error: ${error.path}: ${error.reason.en}`);
  log(
    `  peak RSS of the importing process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (target <= 1536 MB)`,
  );
}

/**
 * Cold start in a fresh process: open the project and answer one query from the persisted index.
 * Run three times; the first pays for reading files the OS has not cached yet.
 */
export function benchColdStart(projectDir: string, log: Log): void {
  for (let run = 1; run <= 3; run++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', coldStartScript, projectDir], { encoding: 'utf8' });
    if (child.status !== 0) {
      log(`cold start failed: ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      return;
    }
    const figures = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
    log(
      `cold start run ${run}: open project ${figures.openMs?.toFixed(0)} ms, first answered query ${figures.firstQueryMs?.toFixed(0)} ms after open, ${figures.totalMs?.toFixed(0)} ms from process start (target <= 1500 ms)`,
    );
    log(
      `  through tsx: ${figures.cpuMs?.toFixed(0)} ms CPU in all threads, resident ${figures.residentMb?.toFixed(0)} MB (peak ${figures.peakMb?.toFixed(0)} MB)`,
    );
  }
}
