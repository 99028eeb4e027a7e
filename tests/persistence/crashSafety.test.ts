import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CRASH_LOOP_BACKUPS_KEPT, crashLoopState, crashLoopStore } from './fixtures/crashLoopStore';
import { temporaryFolder } from './fixtures/temporaryFolder';

const KILLS = 40;
/** Children started ahead of time, so their start-up overlaps the previous round instead of adding to it. */
const WARM_CHILDREN = 2;
const STATES_PER_BURST = 3;
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const writerScript = fileURLToPath(new URL('./fixtures/writeStoreUntilKilled.ts', import.meta.url));

/** A small seeded generator: a failing run can be replayed from the seed in its message. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

interface WriterProcess {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  /** When each line arrived (performance.now()), to learn how long a burst of saves takes here. */
  lineArrivals: number[];
  stderr: () => string;
  /** Resolves with the first line that `matches`; rejects if the process ends first. */
  waitForLine: (description: string, matches: (line: string) => boolean) => Promise<string>;
  closed: Promise<void>;
}

function startWriter(storePath: string): WriterProcess {
  // tsx/esm: the writer is an ES module, and skipping tsx's CommonJS hooks makes each of the
  // forty-odd start-ups cheaper.
  const child = spawn(process.execPath, ['--import', 'tsx/esm', writerScript, storePath], { cwd: repositoryRoot });
  const lines: string[] = [];
  const lineArrivals: number[] = [];
  const waiters: Array<{
    description: string;
    matches: (line: string) => boolean;
    resolve: (line: string) => void;
    reject: (error: Error) => void;
  }> = [];
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
      lineArrivals.push(performance.now());
      for (const waiter of waiters.filter((candidate) => candidate.matches(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      ended = true;
      for (const waiter of waiters.splice(0)) waiter.reject(new Error(`writer ended before ${waiter.description}: ${stderr}`));
      resolve();
    }),
  );
  return {
    child,
    lines,
    lineArrivals,
    stderr: () => stderr,
    closed,
    waitForLine: (description, matches) => {
      const seen = lines.find(matches);
      if (seen !== undefined) return Promise.resolve(seen);
      if (ended) return Promise.reject(new Error(`writer ended before ${description}: ${stderr}`));
      return new Promise((resolve, reject) => waiters.push({ description, matches, resolve, reject }));
    },
  };
}

function lastSavedCounter(lines: readonly string[], readyCounter: number): number {
  return lines.reduce((highest, line) => (line.startsWith('saved ') ? Math.max(highest, Number(line.slice(6))) : highest), readyCounter);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The gaps between consecutive "saved" lines: how long one burst of saves took. */
function burstDurations(writer: WriterProcess): number[] {
  const savedAt = writer.lineArrivals.filter((_, index) => writer.lines[index]!.startsWith('saved '));
  return savedAt.slice(1).map((time, index) => time - savedAt[index]!);
}

test(`a store killed with SIGKILL ${KILLS} times mid-write always holds a complete state`, async (t) => {
  const folder = await temporaryFolder();
  const storePath = join(folder, 'annotations.json');
  const seed = Math.floor(Math.random() * 2 ** 32);
  const random = seededRandom(seed);
  const context = (round: number) => `round ${round}, seed ${seed}`;
  const warm: WriterProcess[] = Array.from({ length: WARM_CHILDREN }, () => startWriter(storePath));
  let verifiedCounter = 0;
  let inFlightStatesFound = 0;
  /** Learnt from the writers as the test goes, so kills spread over a whole burst on any machine. */
  let typicalBurstMs = 10;

  try {
    for (let round = 1; round <= KILLS; round += 1) {
      const writer = warm.shift()!;
      warm.push(startWriter(storePath));
      await writer.waitForLine('loading', (line) => line === 'loaded');
      writer.child.stdin.write('go\n');
      const readyCounter = Number((await writer.waitForLine('opening', (line) => line.startsWith('ready '))).slice(6));
      assert.equal(readyCounter, verifiedCounter, `${context(round)}: the writer reopened a different state`);

      // Timed in saves rather than milliseconds, so that a busy or a fast machine alike gets its
      // kills inside saves: let 0 to 3 bursts land, then kill at a random point of the next one
      // (backup, temporary file, fsync, rename, pruning, the merged second write).
      const burstsBeforeKill = Math.floor(random() * 4);
      if (burstsBeforeKill > 0) {
        const target = `saved ${readyCounter + burstsBeforeKill * STATES_PER_BURST}`;
        await writer.waitForLine(target, (line) => line === target);
      }
      await sleep(random() * typicalBurstMs);
      writer.child.kill('SIGKILL');
      await writer.closed;
      const acknowledged = lastSavedCounter(writer.lines, readyCounter);
      for (const duration of burstDurations(writer)) typicalBurstMs = 0.8 * typicalBurstMs + 0.2 * duration;

      const text = await readFile(storePath, 'utf8').catch(() => null);
      if (text === null) {
        assert.equal(acknowledged, 0, `${context(round)}: saved ${acknowledged} but the file is missing`);
        continue;
      }
      assert.notEqual(text.length, 0, `${context(round)}: the file is empty`);
      const envelope = JSON.parse(text);
      const counter: number = envelope.data.counter;
      assert.deepEqual(envelope.data, crashLoopState(counter), `${context(round)}: state ${counter} is torn`);
      assert.ok(
        counter >= acknowledged && counter <= acknowledged + STATES_PER_BURST,
        `${context(round)}: file holds state ${counter}, the writer had saved ${acknowledged}`,
      );
      if (counter > acknowledged) inFlightStatesFound += 1;

      const reopened = crashLoopStore(storePath);
      await reopened.open();
      assert.equal(reopened.data.counter, counter);
      // A kill between writing a backup and pruning the oldest leaves one extra; the next
      // complete save prunes them all, which the end of the test checks.
      for (const backup of await reopened.listBackups()) assert.ok(backup.readable, `${context(round)}: ${backup.problem}`);
      const leftovers = (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
      assert.deepEqual(leftovers, [], `${context(round)}: opening should clear temporary files`);
      verifiedCounter = counter;
    }
  } finally {
    for (const writer of warm) writer.child.kill('SIGKILL');
    await Promise.all(warm.map((writer) => writer.closed));
  }

  assert.ok(verifiedCounter > 0, 'the writers never saved anything, so nothing was tested');
  const survivor = crashLoopStore(storePath);
  await survivor.open();
  await survivor.update(() => crashLoopState(verifiedCounter + 1));
  assert.equal((await survivor.listBackups()).length, CRASH_LOOP_BACKUPS_KEPT, 'one complete save rotates the backups back to K');
  t.diagnostic(
    `seed ${seed}: ${KILLS} kills, ${verifiedCounter} states saved; after ${inFlightStatesFound} kills the file held a ` +
      `complete save the writer had not yet reported; a burst of saves took ~${typicalBurstMs.toFixed(1)} ms`,
  );
});
