import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANNOTATIONS_SCHEMA_VERSION, AnnotationSnapshotSchema } from '../../src-main/core/annotations/annotationData';
import { AnnotationJournal } from '../../src-main/services/annotations/annotationJournal';
import { decodeStoreText } from '../../src-main/services/persistence';
import { tempDir } from '../helpers/tempDir';
import { openSampleService } from './support/serviceOverText';
import { startLineReadingChild, type LineReadingChild } from '../helpers/lineReadingChild';
// A seeded generator: a failing run can be replayed from the seed in its message.
import { seededRandom } from '../helpers/seededRandom';

const KILLS = 30;
const WARM_CHILDREN = 2;
const writerScript = fileURLToPath(new URL('./fixtures/saveHighlightsUntilKilled.ts', import.meta.url));

function startWriter(folder: string): LineReadingChild {
  return startLineReadingChild(writerScript, [folder]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test(`annotations saved through AnnotationService and killed ${KILLS} times at random moments always reopen whole`, async (t) => {
  const folder = tempDir('qarin-annotation-crash-');
  const seed = Math.floor(Math.random() * 2 ** 32);
  const random = seededRandom(seed);
  const warm = Array.from({ length: WARM_CHILDREN }, () => startWriter(folder));
  /** Every acknowledged highlight: id → its note, which names its number. */
  const acknowledged = new Map<string, string>();
  let typicalSaveMs = 5;
  let inFlightFound = 0;

  try {
    for (let round = 1; round <= KILLS; round += 1) {
      const context = `round ${round}, seed ${seed}`;
      const writer = warm.shift()!;
      warm.push(startWriter(folder));
      await writer.waitFor('loading', (line) => line === 'loaded');
      writer.child.stdin.write('go\n');
      const ready = Number((await writer.waitFor('opening', (line) => line.startsWith('ready '))).slice(6));
      assert.equal(ready, acknowledged.size, `${context}: the writer opened a different state`);

      const savesBeforeKill = Math.floor(random() * 8);
      if (savesBeforeKill > 0)
        await writer.waitFor(`save ${ready + savesBeforeKill}`, (line) => line.endsWith(` ${ready + savesBeforeKill}`));
      await sleep(random() * typicalSaveMs * 2);
      writer.child.kill('SIGKILL');
      await writer.closed;

      const saved = writer.lines.filter((line) => line.startsWith('saved '));
      for (const line of saved) {
        const [, id, n] = line.split(' ');
        acknowledged.set(id!, `#${n}`);
      }
      const savedAt = writer.arrivals.filter((_, index) => writer.lines[index]!.startsWith('saved '));
      for (let i = 1; i < savedAt.length; i += 1)
        typicalSaveMs = 0.8 * typicalSaveMs + 0.2 * (savedAt[i]! - savedAt[i - 1]!);

      // On disk, before anything opens it: a complete snapshot and a readable journal.
      const snapshotPath = join(folder, 'annotations.json');
      if (existsSync(snapshotPath)) {
        decodeStoreText(readFileSync(snapshotPath, 'utf8'), snapshotPath, {
          schema: AnnotationSnapshotSchema,
          schemaVersion: ANNOTATIONS_SCHEMA_VERSION,
        });
      }
      await new AnnotationJournal(join(folder, 'annotations.journal')).read();

      const reopened = await openSampleService(folder);
      const status = await reopened.status();
      assert.equal(status.state, 'ok', `${context}: ${status.message?.en}`);
      const highlights = (await reopened.list({ offset: 0, limit: 100_000 })).items;
      const found = new Map(highlights.map((highlight) => [highlight.id, highlight.note]));
      for (const [id, note] of acknowledged)
        assert.equal(found.get(id), note, `${context}: acknowledged highlight ${note} is missing`);
      assert.ok(
        found.size <= acknowledged.size + 1,
        `${context}: ${found.size} highlights, ${acknowledged.size} acknowledged`,
      );
      if (found.size > acknowledged.size) {
        // A save that was durable but not yet reported: the new state, whole.
        const extra = highlights.find((highlight) => !acknowledged.has(highlight.id))!;
        assert.equal(extra.note, `#${acknowledged.size + 1}`, context);
        acknowledged.set(extra.id, extra.note);
        inFlightFound += 1;
      }
      for (const backup of await reopened.backups()) assert.ok(backup.readable, `${context}: ${backup.problem}`);
      await reopened.close();
    }
  } finally {
    for (const writer of warm) writer.child.kill('SIGKILL');
    await Promise.all(warm.map((writer) => writer.closed));
  }
  assert.ok(acknowledged.size > KILLS, 'the writers saved too little for the kills to mean anything');
  t.diagnostic(
    `seed ${seed}: ${KILLS} kills over ${acknowledged.size} highlights; ${inFlightFound} times a save had landed ` +
      `before it was reported; a save took ~${typicalSaveMs.toFixed(1)} ms`,
  );
});
