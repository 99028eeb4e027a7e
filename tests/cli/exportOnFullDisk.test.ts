import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';
import { onSmallDisk } from '../helpers/smallDisk';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

function qarin(args: string[]) {
  const result = spawnSync(process.execPath, [qarinBin, ...args, '--lang', 'en'], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('an export that does not fit on the disk leaves the old file whole', async (t) => {
  await onSmallDisk(t, '256k', async (mountPoint) => {
    const project = tempDir();
    assert.equal(qarin(['import', seedsDir, '--project', project]).code, 0);
    // Long notes make an export of several pages, more than the old file frees when cut.
    const workbench = await openWorkbench({ projectDir: project, preloadSearch: false });
    const [document] = (await invoke(workbench.handlers, 'library.list', {})).items;
    for (let n = 0; n < 8; n += 1) {
      const note = Array.from({ length: 400 }, (_, k) => `ملاحظة${n * 1000 + k}`).join(' ');
      await invoke(workbench.handlers, 'annotations.create', {
        docId: document!.id,
        start: n * 10,
        end: n * 10 + 5,
        codeIds: [],
        note,
      });
    }
    await workbench.close();
    const out = join(mountPoint, 'existing.md');
    const old = 'the previous export, which must survive';
    writeFileSync(out, old);
    // Fills the rest of the disk: the new export (the notes) cannot fit.
    try {
      writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(256 * 1024));
    } catch {
      // ENOSPC once the disk is full, which is the point.
    }
    const run = qarin(['export', '--format', 'md', '--out', out, '--project', project]);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stderr, /existing\.md/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(readFileSync(out, 'utf8'), old);
    assert.deepEqual(readdirSync(mountPoint).sort(), ['existing.md', 'filler'], 'no temporary file left behind');
  });
});

test('an export to a folder that does not exist names that folder, not a temporary file', () => {
  const project = tempDir();
  assert.equal(qarin(['import', seedsDir, '--project', project]).code, 0);
  const folder = join(tempDir(), 'nodir');
  const out = join(folder, 'notes.md');
  const run = qarin(['export', '--format', 'md', '--out', out, '--project', project]);
  assert.equal(run.code, 1, run.stdout);
  assert.equal(run.stderr, `qarin: Cannot write ${out}: the folder ${folder} does not exist\n`);
});
