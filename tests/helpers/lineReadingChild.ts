import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A child process that reports its progress one line at a time on standard output. */
export interface LineReadingChild {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  /** When each line arrived (performance.now()), to learn how long its work takes on this machine. */
  arrivals: number[];
  stderr(): string;
  /** Resolves with the first line that `matches`; rejects, naming `description`, if the child ends first. */
  waitFor(description: string, matches: (line: string) => boolean): Promise<string>;
  closed: Promise<void>;
}

/**
 * Starts `node --import tsx/esm script …args` in the repository (tsx/esm: the scripts are ES
 * modules, and skipping tsx's CommonJS hooks makes each of the many start-ups of a crash test
 * cheaper) and collects what it prints, for tests that kill such children at chosen moments.
 */
export function startLineReadingChild(script: string, args: string[]): LineReadingChild {
  const child = spawn(process.execPath, ['--import', 'tsx/esm', script, ...args], { cwd: repositoryRoot });
  const lines: string[] = [];
  const arrivals: number[] = [];
  const waiters: {
    description: string;
    matches: (line: string) => boolean;
    resolve(line: string): void;
    reject(error: Error): void;
  }[] = [];
  let pending = '';
  let stderr = '';
  let ended = false;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.stdout.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      arrivals.push(performance.now());
      for (const waiter of waiters.filter((candidate) => candidate.matches(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      ended = true;
      for (const waiter of waiters.splice(0))
        waiter.reject(new Error(`child ended before ${waiter.description}: ${stderr}`));
      resolve();
    }),
  );
  return {
    child,
    lines,
    arrivals,
    stderr: () => stderr,
    closed,
    waitFor: (description, matches) => {
      const seen = lines.find(matches);
      if (seen !== undefined) return Promise.resolve(seen);
      if (ended) return Promise.reject(new Error(`child ended before ${description}: ${stderr}`));
      return new Promise((resolve, reject) => waiters.push({ description, matches, resolve, reject }));
    },
  };
}
