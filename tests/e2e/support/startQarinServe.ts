import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './buildRenderer';

export interface ServedQarin {
  url: string;
  origin: string;
  token: string;
  /** Milliseconds from spawning `qarin serve` to its printing the URL. */
  startMs: number;
  /** The served process, for benchmarks that read its memory. */
  pid: number | undefined;
  stop(): Promise<void>;
}

const cli = join(repoRoot, 'bin', 'qarin.mjs');
const URL_PATTERN = /https?:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_\-.~%]+/;

/** Imports `paths` into the project with the real CLI (`qarin import`); exit 2 (some files failed) is still a usable project. */
export function importWithCli(projectDir: string, paths: string[]): void {
  const result = spawnSync(process.execPath, [cli, 'import', '--project', projectDir, '--lang', 'en', ...paths], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 2) {
    throw new Error(`qarin import failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Runs the real `qarin serve --port 0` on a project and waits for the URL it prints; the page may
 * import typed paths under `allowImportFrom` (`--allow-import-from`).
 */
export async function startQarinServe(
  projectDir: string,
  options: {
    timeoutMs?: number;
    allowImportFrom?: string[];
    /** Another checkout's launcher (its `bin/qarin.mjs`), for a benchmark that compares two versions. */
    launcher?: string;
  } = {},
): Promise<ServedQarin> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const allow = (options.allowImportFrom ?? []).flatMap((folder) => ['--allow-import-from', folder]);
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [options.launcher ?? cli, 'serve', '--project', projectDir, '--port', '0', '--lang', 'en', ...allow],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`qarin serve printed no URL in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_PATTERN.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`qarin serve exited (${code}) before printing its URL:\n${output}`));
    });
  });
  const startMs = performance.now() - started;
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    startMs,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
