import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Log = (line: string) => void;

const child = fileURLToPath(new URL('../tests/electron/standIn/mainProcessChild.mjs', import.meta.url));
const QUERY = 'الحكومة السورية';

interface StartFigures {
  windowMs: number;
  searchMs: number;
  /** To the first answer only the open project gives (a listing of the library). */
  openMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * One start of the built main process (`bundle`) with the stand-in Electron: milliseconds from its
 * process starting to the window created, to the first search answered over IPC (asked as soon as
 * main registers its call channel), and to the project open. The process is ended once all came
 * (or after two minutes).
 */
function startOnce(projectDir: string, bundle: string): Promise<StartFigures> {
  const userData = mkdtempSync(join(tmpdir(), 'qarin-bench-electron-'));
  const started = performance.now();
  const main = fork(child, [], {
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      QARIN_PROJECT_DIR: projectDir,
      QARIN_USER_DATA_DIR: userData,
      QARIN_TEST_MAIN_BUNDLE: bundle,
      QARIN_TEST_FIRST_SEARCH: QUERY,
    },
  });
  return new Promise<StartFigures>((resolve, reject) => {
    let windowMs: number | undefined;
    let searchMs: number | undefined;
    let openMs: number | undefined;
    const timer = setTimeout(() => main.kill(), 120_000);
    main.on('message', (message: { type: string; ok?: boolean }) => {
      const at = performance.now() - started;
      if (message.type === 'window') windowMs = at;
      if (message.type === 'first-search') searchMs = at;
      if (message.type === 'project-open') openMs = at;
      if ((message.type === 'first-search' || message.type === 'project-open') && !message.ok) {
        reject(new Error(`a first call failed: ${JSON.stringify(message)}`));
        main.kill();
      }
      if (searchMs === undefined || openMs === undefined) return;
      if (windowMs === undefined) reject(new Error('calls were answered before a window was created'));
      else resolve({ windowMs, searchMs, openMs });
      // Quitting would close the project; the figures are in already.
      main.kill();
    });
    main.on('exit', () => {
      clearTimeout(timer);
      rmSync(userData, { recursive: true, force: true });
      reject(new Error('the main process ended before answering its first calls'));
    });
  });
}

/**
 * The desktop app's start, without the Electron binary: the built main process under plain Node
 * with the stand-in `electron` module (the tests' own), on a project whose index is persisted, in a
 * fresh process each run. `baseline`: another built checkout; its main is started in turn with
 * this one's on the same project, so before and after are measured in one run. Printed, not asserted.
 */
export async function benchElectronStart(
  projectDir: string,
  log: Log,
  { runs = 3, baseline }: { runs?: number; baseline?: string } = {},
): Promise<void> {
  const thisBuild = fileURLToPath(new URL('../out/main/index.js', import.meta.url));
  const versions = baseline
    ? [
        { label: `before (${baseline})`, bundle: join(baseline, 'out', 'main', 'index.js') },
        { label: 'after (this checkout)', bundle: thisBuild },
      ]
    : [{ label: 'main process', bundle: thisBuild }];
  const figures = new Map<string, StartFigures[]>(versions.map(({ label }) => [label, []]));
  for (let run = 1; run <= runs; run++) {
    for (const { label, bundle } of versions) {
      const measured = await startOnce(projectDir, bundle);
      figures.get(label)?.push(measured);
      log(
        `${label}, run ${run}: window after ${measured.windowMs.toFixed(0)} ms, first search answered after ${measured.searchMs.toFixed(0)} ms, project open after ${measured.openMs.toFixed(0)} ms (from the process's start)`,
      );
    }
  }
  for (const [label, measured] of figures) {
    log(
      `${label}, median of ${measured.length}: window ${median(measured.map((m) => m.windowMs)).toFixed(0)} ms, first search ${median(measured.map((m) => m.searchMs)).toFixed(0)} ms (target <= 1500 ms to a usable search), project open ${median(measured.map((m) => m.openMs)).toFixed(0)} ms`,
    );
  }
}
