import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectLayout } from '../src-main/services/project/projectLayout';
import { openLibraryStore } from '../src-main/services/project/projectStores';
import { TextStore } from '../src-main/services/project/textStore';
import { noteIfBuildIsStale, qarinBin } from './builtCommandLine';
import { timedImport } from './scale/timedImport';
import { flexSearchDefault } from './search/baselineEngines';
import type { IndexableDocument } from '../src-main/core/search/indexableDocument';

export type Log = (line: string) => void;

const coldStartScript = fileURLToPath(new URL('./coldStart.ts', import.meta.url));

/** An import of ANT still running after this long is stopped, so the bench goes on. */
const IMPORT_LIMIT_SECONDS = 600;

/**
 * Imports the whole corpus into `projectDir` as a user does, with the built `qarin import` in a
 * process of its own (the app's main process runs the same services, built the same way), and
 * reports its wall time, CPU and peak memory, workers included. Timed in this process instead, the
 * import counted tsx compiling the sources, which no user pays. Then, in the same run, FlexSearch's
 * default index is built over the same reports, their texts already in memory, as the yardstick the
 * import is held to.
 */
export async function benchImport(corpusDir: string, projectDir: string, log: Log): Promise<void> {
  const stale = noteIfBuildIsStale(log);
  const imported = timedImport(qarinBin, projectDir, [corpusDir], IMPORT_LIMIT_SECONDS);
  if (!imported.finished) {
    // The sections after this one would measure a project holding part of the corpus.
    throw new Error(`qarin import of ANT not finished in ${IMPORT_LIMIT_SECONDS} s: stopped`);
  }
  const how = stale ? 'through tsx, not comparable: the build is stale' : 'built';
  log(
    `import + index (qarin import, ${how}): ${imported.added} documents in ${(imported.wallMs / 1000).toFixed(1)} s wall (target <= 10 s)`,
  );
  log(
    `  ${imported.added} added, ${imported.duplicates} duplicates, ${imported.errors.length} errors, ${imported.warnings} with integrity warnings`,
  );
  for (const error of imported.errors.slice(0, 5)) log(`  error: ${error.path}: ${error.reason.en}`);
  // Both come from /usr/bin/time; without it they are unknown, not zero.
  const known = (value: number, shown: string) => (Number.isNaN(value) ? 'unavailable (no /usr/bin/time)' : shown);
  log(
    `  CPU time, all threads: ${known(imported.cpuSeconds, `${imported.cpuSeconds.toFixed(1)} s`)} (on a shared machine, steadier than wall time)`,
  );
  log(
    `  peak RSS of the importing process: ${known(imported.peakRssKb, `${(imported.peakRssKb / 1024).toFixed(0)} MB`)} (target <= 1536 MB)`,
  );
  const flexSearch = await timeFlexSearchDefault(projectDir);
  const flexSearchCpu = (flexSearch.cpu.user + flexSearch.cpu.system) / 1e6;
  log(
    `FlexSearch default index over the same ${imported.added} texts, already in memory: ${(flexSearch.wallMs / 1000).toFixed(1)} s wall, ${flexSearchCpu.toFixed(1)} s CPU`,
  );
  const cpuRatio = (imported.cpuSeconds / flexSearchCpu).toFixed(2);
  log(
    `  ratio = qarin import / flexsearch default = ${(imported.wallMs / flexSearch.wallMs).toFixed(2)} wall, ${known(imported.cpuSeconds, cpuRatio)} CPU (target <= 1)`,
  );
}

/**
 * Builds `new Index()` with FlexSearch's defaults over the project's reports (title and text, as
 * the search section's baseline does) and returns the wall and CPU time the build took. The texts are
 * read from the project before the clock starts: only the indexing is timed.
 */
async function timeFlexSearchDefault(projectDir: string): Promise<{ wallMs: number; cpu: NodeJS.CpuUsage }> {
  const layout = projectLayout(projectDir);
  const store = openLibraryStore(layout);
  await store.open();
  const texts = new TextStore(layout.texts);
  const documents: IndexableDocument[] = store.data.documents.map((entry) => ({
    id: entry.id,
    title: entry.title,
    text: texts.read(entry.sha256) ?? '',
    boilerplate: [],
  }));
  const engine = flexSearchDefault();
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  engine.build(documents);
  return { wallMs: performance.now() - started, cpu: process.cpuUsage(cpuAtStart) };
}

/** One cold start of `coldStartScript` in a fresh process, its figures or the reason it failed. */
function coldStart(args: string[]): Record<string, number> | string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', coldStartScript, ...args], { encoding: 'utf8' });
  if (child.status !== 0) return child.stderr.trim().split('\n').slice(-3).join(' | ');
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

/**
 * Cold start in a fresh process: open the whole workbench (library and in-memory index, what the
 * app loads behind its early answers) and answer one query from it. Each run opens twice, as the
 * app does: first with the library parsed from its text (its parsed copy removed, as after an
 * import), then read from the copy that opening wrote (see ParsedCopy). The first run also pays
 * for reading files the OS has not cached yet. The 1.5 s target is for a usable search, which the
 * app gives before this from the on-disk tables: the serve lines after these measure it.
 */
export function benchColdStart(projectDir: string, log: Log): void {
  for (let run = 1; run <= 3; run++) {
    for (const from of ['its text', 'its parsed copy']) {
      if (from === 'its text') rmSync(projectLayout(projectDir).libraryParsedCopy, { force: true });
      const figures = coldStart([projectDir, '0', 'keep-copy']);
      if (typeof figures === 'string') {
        log(`cold start failed: ${figures}`);
        return;
      }
      log(
        `cold start run ${run}, library from ${from}: open project ${figures.openMs?.toFixed(0)} ms, first answered query ${figures.firstQueryMs?.toFixed(0)} ms after open, ${figures.totalMs?.toFixed(0)} ms from process start (whole workbench; a usable search comes earlier, see serve)`,
      );
      log(
        `  through tsx: ${figures.cpuMs?.toFixed(0)} ms CPU in all threads, resident ${figures.residentMb?.toFixed(0)} MB (peak ${figures.peakMb?.toFixed(0)} MB)`,
      );
    }
  }
  // A user's first search comes a while after the window shows: by then the search worker has
  // rehearsed one (see SearchHost.rehearseFirstSearch), so it answers as later searches do.
  const idle = Array.from({ length: 3 }, () => {
    const figures = coldStart([projectDir, '3000']);
    return typeof figures === 'string' ? 'failed' : (figures.firstQueryMs?.toFixed(0) ?? 'failed');
  });
  log(`first answered query asked 3 s after the project opened: ${idle.join(' / ')} ms (three runs)`);
}
