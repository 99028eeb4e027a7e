import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tempDir';
import { writeQdpx } from './support/qdpxFiles';
import { CODEBOOK, SOURCE_GUID, projectXml, textSource } from './support/foreignProject';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

function qarin(args: string[], lang: 'ar' | 'en' = 'en') {
  const result = spawnSync(process.execPath, [qarinBin, ...args, '--lang', lang], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('qarin import-project imports a .qdpx, reports skipped sources, and refuses a broken one in the chosen language', async () => {
  const project = join(tempDir('qarin-cli-qdpx-'), 'project');
  const body = `${CODEBOOK}<Sources>${textSource('')}<PDFSource guid="E2000000-0000-4000-8000-000000000001" name="scan.pdf"/></Sources>`;
  const good = await writeQdpx({
    'project.qde': projectXml(body),
    [`sources/${SOURCE_GUID}.txt`]: 'نص التقرير الأجنبي.',
  });

  const imported = qarin(['import-project', good, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /skipped: "scan\.pdf" is not a text source/);
  assert.match(imported.stdout, /Imported the project: 1 new report \(0 already here\), 0 highlights, 2 new codes/);
  const docs = qarin(['docs', '--json', '--project', project]);
  assert.match(docs.stdout, /تقرير أجنبي/);

  const broken = await writeQdpx({
    'project.qde': projectXml(
      `${CODEBOOK}<Sources>${textSource('', 'B9000000-0000-4000-8000-000000000009')}</Sources>`,
    ),
  });
  const refused = qarin(['import-project', broken, '--project', project], 'ar');
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /ولم يُستورد منه شيء: المصدر «تقرير أجنبي» يسمّي الملف/);
  assert.doesNotMatch(refused.stderr, /nothing was imported/, 'one language, the chosen one');

  const missing = qarin(['import-project', '--project', project]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Missing FILE\.qdpx/);
});
