import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CRASH_LOOP_BACKUPS_KEPT, crashLoopState, crashLoopStore } from './fixtures/crashLoopStore';
import { temporaryFolder } from './fixtures/temporaryFolder';
import { startLineReadingChild, type LineReadingChild } from '../helpers/lineReadingChild';
// A seeded generator: a failing run can be replayed from the seed in its message.
import { seededRandom } from '../helpers/seededRandom';

const KILLS = 40;
/** Children started ahead of time, so their start-up overlaps the previous round instead of adding to it. */
const WARM_CHILDREN = 2;
const STATES_PER_BURST = 3;
const writerScript = fileURLToPath(new URL('./fixtures/writeStoreUntilKilled.ts', import.meta.url));

type WriterProcess = LineReadingChild;

function startWriter(storePath: string): WriterProcess {
  return startLineReadingChild(writerScript, [storePath]);
}

function lastSavedCounter(lines: readonly string[], readyCounter: number): number {
  return lines.reduce(
    (highest, line) => (line.startsWith('saved ') ? Math.max(highest, Number(line.slice(6))) : highest),
    readyCounter,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The gaps between consecutive "saved" lines: how long one burst of saves took. */
function burstDurations(writer: WriterProcess): number[] {
  const savedAt = writer.arrivals.filter((_, index) => writer.lines[index]!.startsWith('saved '));
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
      await writer.waitFor('loading', (line) => line === 'loaded');
      writer.child.stdin.write('go\n');
      const readyCounter = Number((await writer.waitFor('opening', (line) => line.startsWith('ready '))).slice(6));
      assert.equal(readyCounter, verifiedCounter, `${context(round)}: the writer reopened a different state`);

      // Timed in saves rather than milliseconds, so that a busy or a fast machine alike gets its
      // kills inside saves: let 0 to 3 bursts land, then kill at a random point of the next one
      // (backup, temporary file, fsync, rename, pruning, the merged second write).
      const burstsBeforeKill = Math.floor(random() * 4);
      if (burstsBeforeKill > 0) {
        const target = `saved ${readyCounter + burstsBeforeKill * STATES_PER_BURST}`;
        await writer.waitFor(target, (line) => line === target);
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
      for (const backup of await reopened.listBackups())
        assert.ok(backup.readable, `${context(round)}: ${backup.problem}`);
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
  assert.equal(
    (await survivor.listBackups()).length,
    CRASH_LOOP_BACKUPS_KEPT,
    'one complete save rotates the backups back to K',
  );
  t.diagnostic(
    `seed ${seed}: ${KILLS} kills, ${verifiedCounter} states saved; after ${inFlightStatesFound} kills the file held a ` +
      `complete save the writer had not yet reported; a burst of saves took ~${typicalBurstMs.toFixed(1)} ms`,
  );
});
