import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { tempDir } from '../helpers/tempDir';
import { buildDocx } from './importFixtures';

/** A Word document of a few kilobytes whose text expands to `expandedBytes` when inflated. */
async function zipBombDocx(expandedBytes: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx(['placeholder']));
  const paragraph = `<w:p><w:r><w:t>${'ن'.repeat(expandedBytes / 2)}</w:t></w:r></w:p>`;
  zip.file(
    'word/document.xml',
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

test('a .docx that expands far past the size limit fails alone, before it is inflated; the rest import', async () => {
  const folder = tempDir();
  const maxFileBytes = 1024 * 1024;
  const bomb = await zipBombDocx(40 * 1024 * 1024);
  assert.ok(bomb.length < maxFileBytes / 4, `the bomb is small on disk (${bomb.length} bytes)`);
  writeFileSync(join(folder, 'bomb.docx'), bomb);
  writeFileSync(
    join(folder, 'good.docx'),
    await buildDocx(['اجتماع عسكري في سرت', 'جمع الاجتماع قيادات من الشرق والغرب.']),
  );
  writeFileSync(join(folder, 'one.txt'), 'تقرير أول عن اجتماع القاهرة');
  writeFileSync(join(folder, 'two.txt'), 'تقرير ثان عن اجتماع طرابلس');
  const workbench = await openWorkbench({ projectDir: tempDir(), preloadSearch: false });
  try {
    const report = await runImport(workbench, [folder], { maxFileBytes });
    assert.deepEqual(report.added.map((added) => added.path.slice(folder.length + 1)).sort(), [
      'good.docx',
      'one.txt',
      'two.txt',
    ]);
    assert.equal(report.errors.length, 1);
    assert.ok(report.errors[0]!.path.endsWith('bomb.docx'));
    assert.match(report.errors[0]!.reason.en, /expands to 40 MB/);
  } finally {
    await workbench.close();
  }
});
