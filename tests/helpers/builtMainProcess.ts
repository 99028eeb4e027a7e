import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const child = join(root, 'tests', 'electron', 'standIn', 'mainProcessChild.mjs');

/** The newest modification time of the files under `dir`, in milliseconds. */
function newestUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce(
    (newest, name) => Math.max(newest, statSync(join(dir, name)).mtimeMs),
    0,
  );
}

/** Builds the app as it ships (`out/`) unless the build is newer than every source it is made of. */
export function buildAppIfStale(): void {
  const built = statSync(join(root, 'out', 'main', 'index.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(
    ...['src-main', 'src-shared', 'src-renderer'].map((dir) => newestUnder(join(root, dir))),
    statSync(join(root, 'package-lock.json')).mtimeMs,
  );
  if (built > sources) return;
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
}

/** A message from the main process's child (see mainProcessChild.mjs), with `at` ms since it began. */
export interface MainMessage {
  type: string;
  at: number;
  [key: string]: unknown;
}

export interface CallReply {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: { en: string; ar: string } };
}

/**
 * The built main process, running with the stand-in Electron in a child process of its own, for a
 * project folder and options of the child (`holdLibrary`, `holdDialog`).
 */
export class BuiltMainProcess {
  readonly messages: MainMessage[] = [];
  readonly #child: ChildProcess;
  #nextId = 0;

  constructor(env: { projectDir: string; userDataDir: string; holdLibrary?: boolean; holdDialog?: boolean }) {
    this.#child = fork(child, [], {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        QARIN_PROJECT_DIR: env.projectDir,
        QARIN_USER_DATA_DIR: env.userDataDir,
        QARIN_TEST_HOLD_LIBRARY: env.holdLibrary ? '1' : '',
        QARIN_TEST_HOLD_DIALOG: env.holdDialog ? '1' : '',
      },
    });
    this.#child.on('message', (message: MainMessage) => this.messages.push(message));
  }

  /** The first message of `type` (that `matches`), once it comes; fails after `timeoutMs`. */
  async next(type: string, timeoutMs = 60_000, matches: (message: MainMessage) => boolean = () => true) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((message) => message.type === type && matches(message));
      if (found) return found;
      if (Date.now() >= deadline) {
        const seen = this.messages.map((message) => message.type).join(', ');
        throw new Error(`timed out after ${timeoutMs} ms waiting for "${type}" from main (seen: ${seen})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  has(type: string): boolean {
    return this.messages.some((message) => message.type === type);
  }

  send(message: { type: string; [key: string]: unknown }): void {
    this.#child.send(message);
  }

  /** Calls the contract over main's IPC handler, as the app's page would; undefined when none is registered. */
  async call(method: string, input: unknown, timeoutMs = 60_000): Promise<CallReply | undefined> {
    const id = this.#nextId++;
    this.send({ type: 'call', id, method, input });
    const reply = await this.next('reply', timeoutMs, (message) => message.id === id);
    if (reply.thrown) throw new Error(String(reply.thrown));
    return reply.registered ? (reply.reply as CallReply) : undefined;
  }

  async state(): Promise<{
    windows: { title: string; loadedUrl?: string }[];
    menuLabel?: string;
    errorBoxes: { title: string; content: string }[];
    exitCodes: number[];
    quits: number;
    events: string[];
  }> {
    const id = this.#nextId++;
    this.send({ type: 'state', id });
    return (await this.next('state', 10_000, (message) => message.id === id)).state as never;
  }

  stop(): void {
    if (this.#child.exitCode === null) this.#child.kill();
  }
}
