import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ApiError } from '../../src-main/api/apiError';
import { readQdpxArchive } from '../../src-main/services/refiQda/readQdpxArchive';
import { writeQdpxArchive } from '../../src-main/services/refiQda/writeQdpxArchive';
import { tempDir } from '../helpers/tempDir';
import { missingTool } from '../report/support/requireTool';

const longArabic = 'قال المتحدث باسم الحكومة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة. '.repeat(400);
const entries = [
  { path: 'project.qde', content: '<?xml version="1.0" encoding="UTF-8"?>\n<Project name="قارن"/>\n' },
  { path: 'sources/تقرير-أول.txt', content: longArabic },
  { path: 'sources/empty.txt', content: '' },
  { path: 'sources/tiny.txt', content: 'ب' },
  { path: 'sources/bytes.bin', content: Uint8Array.from([0, 255, 1, 254, 2, 253]) },
];
const modified = new Date(Date.UTC(2026, 10, 28, 14, 30, 12));

function bytesOf(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

test('the written archive reads back entry for entry, with CRCs checked and Arabic names kept', async () => {
  const archive = await writeQdpxArchive(entries, modified);
  const zip = await JSZip.loadAsync(archive, { checkCRC32: true });
  assert.deepEqual(Object.keys(zip.files).sort(), entries.map((entry) => entry.path).sort());
  for (const entry of entries) {
    const read = await zip.file(entry.path)!.async('nodebuffer');
    assert.ok(read.equals(bytesOf(entry.content)), entry.path);
    const date = zip.file(entry.path)!.date;
    assert.equal(date.getTime(), modified.getTime(), `${entry.path} carries the export's time`);
  }
  // The long text is deflated, not stored: the archive is smaller than what it holds.
  assert.ok(archive.length < Buffer.byteLength(longArabic) / 4, `archive of ${archive.length} bytes`);

  const opened = await readQdpxArchive(archive);
  for (const entry of entries) {
    const name = opened.find(entry.path.toUpperCase());
    assert.equal(name, entry.path);
    assert.ok(Buffer.from(await opened.read(name)).equals(bytesOf(entry.content)), entry.path);
  }
});

test('Info-ZIP unzip tests the archive and lists the Arabic name as UTF-8', async (context) => {
  const missing = missingTool('unzip', 'unzip');
  if (missing !== undefined) return context.skip(missing);
  const file = join(tempDir('qarin-qdpx-zip-'), 'project.qdpx');
  writeFileSync(file, await writeQdpxArchive(entries, modified));
  const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
  assert.equal(tested.status, 0, tested.stdout + tested.stderr);
  assert.match(tested.stdout, /No errors detected/);
  const listed = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  assert.deepEqual(listed.stdout.trim().split('\n').sort(), entries.map((entry) => entry.path).sort());
});

test('more entries than a ZIP without ZIP64 can count are refused in both languages, naming the count', async () => {
  const many = Array.from({ length: 65_536 }, (_, index) => ({ path: `sources/${index}.txt`, content: '' }));
  await assert.rejects(writeQdpxArchive(many, modified), (error: unknown) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'invalid-input');
    assert.match(error.bilingual.en, /65536 files/);
    assert.match(error.bilingual.ar, /65536/);
    return true;
  });
});
