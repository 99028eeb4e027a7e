import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFilesInWorkers } from '../../src-main/services/import/readFilesInWorkers';

/** The nice value of every thread of this process, from Linux's /proc (field 19 of a task's stat). */
async function threadNiceness(): Promise<number[]> {
  const tasks = await readdir('/proc/self/task');
  const values = await Promise.all(
    tasks.map(async (task) => {
      try {
        const stat = await readFile(`/proc/self/task/${task}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      } catch {
        return Number.NaN; // The thread ended meanwhile.
      }
    }),
  );
  return values.filter((value) => Number.isFinite(value));
}

test(
  'import workers read at a lower priority than the rest of the process, which the index needs',
  { skip: process.platform !== 'linux' && 'per-thread priority is Linux only' },
  async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qarin-reader-priority-'));
    try {
      const files: string[] = [];
      for (let n = 0; n < 450; n++) {
        const path = join(folder, `report-${n}.txt`);
        await writeFile(path, `تقرير رقم ${n}\n\nنص التقرير ${n}.\n`);
        files.push(path);
      }
      const before = await threadNiceness();
      const ownNiceness = Math.max(...before);
      let firstFile: () => void = () => {};
      const reading = readFilesInWorkers(files, { maxFileBytes: 1 << 20 }, () => firstFile());
      // Held paused after their first group, so their threads are there to be looked at.
      reading.pause();
      await new Promise<void>((resolve) => (firstFile = resolve));
      const during = await threadNiceness();
      reading.resume();
      assert.equal(await reading.finished, false);
      const readers = during.filter((niceness) => niceness === Math.min(19, ownNiceness + 10));
      assert.ok(readers.length >= 1, `no thread reads at niceness ${ownNiceness + 10}: ${during.join(' ')}`);
      assert.ok(
        during.some((niceness) => niceness === ownNiceness),
        'the main thread keeps its priority',
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
);
