import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStoredText } from '../../src-main/services/project/storedText';
import { packEnds } from '../helpers/textPacks';
import { tempDir } from '../helpers/tempDir';
import { onSmallDisk } from '../helpers/smallDisk';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}

test('importing into a project whose disk fills up: one clear line, no stack trace, nothing half-written', async (t) => {
  await onSmallDisk(t, '400k', async (mountPoint) => {
    const folder = join(tempDir(), 'reports');
    mkdirSync(folder);
    for (let n = 0; n < 60; n += 1) {
      writeFileSync(
        join(folder, `r${n}.txt`),
        `تقرير ${n}\n${Array.from({ length: 1500 }, (_, k) => `كلمة${n}-${k}`).join(' ')}`,
      );
    }
    const project = join(mountPoint, 'project');
    const run = spawnSync(process.execPath, [qarinBin, 'import', folder, '--project', project, '--lang', 'en'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 2, run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /, run.stderr);
    assert.match(run.stderr, /no space left/i);
    const leftovers = filesUnder(project).filter((path) => path.endsWith('.tmp'));
    assert.deepEqual(leftovers, [], 'no half-written temporary file');
    for (const { pack, size, namedUpTo, torn } of packEnds(join(project, 'texts'))) {
      assert.deepEqual({ size, torn }, { size: namedUpTo, torn: 0 }, `${pack} holds no torn text or record`);
    }
    if (existsSync(join(project, 'library.json'))) {
      const stored = JSON.parse(readFileSync(join(project, 'library.json'), 'utf8')) as {
        data: { documents: { sha256: string }[] };
      };
      for (const entry of stored.data.documents) {
        assert.notEqual(
          readStoredText(join(project, 'texts'), entry.sha256),
          undefined,
          'every saved report has its text',
        );
      }
    }
  });
});

test('a project folder that cannot be created is one line naming it, not a stack trace', () => {
  const notAFolder = join(tempDir(), 'plain-file');
  writeFileSync(notAFolder, '');
  const project = join(notAFolder, 'project');
  const run = spawnSync(process.execPath, [qarinBin, 'import', tempDir(), '--project', project, '--lang', 'en'], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /plain-file/);
});
