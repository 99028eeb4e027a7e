import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { invoke, type ApiHandlers } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { apiErrorOf, isBilingual } from '../annotations-service/support/annotatedProject';
import { tempDir } from '../helpers/tempDir';
import { writeQdpx } from './support/qdpxFiles';
import { CODEBOOK, SOURCE_GUID, projectXml, selection, textSource } from './support/foreignProject';

const TEXT = 'نص قصير عن اجتماع.';
const GOOD_GUID = 'B2000000-0000-4000-8000-0000000000BB';
const goodSource = textSource(selection('D3000000-0000-4000-8000-000000000001', 'نص', 0, 2), GOOD_GUID, 'تقرير سليم');

/** A project whose one good source would import, beside the fault under test. */
function withGoodSource(faulty: string): string {
  return projectXml(`${CODEBOOK}<Sources>${goodSource}${faulty}</Sources>`);
}

/** The central directory's declared size of `entry`, overwritten: what a zip bomb's header claims. */
function declareSize(path: string, entry: string, size: number): void {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), 0);
  for (let header = at; header !== -1; header = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), header + 4)) {
    const nameLength = bytes.readUInt16LE(header + 28);
    if (bytes.toString('utf8', header + 46, header + 46 + nameLength) === entry) bytes.writeUInt32LE(size, header + 24);
  }
  writeFileSync(path, bytes);
}

const cases: { name: string; problem: RegExp; make: () => Promise<string> }[] = [
  {
    name: 'not a zip',
    problem: /not a ZIP archive/,
    make: async () => {
      const path = join(tempDir('qarin-broken-'), 'notes.qdpx');
      writeFileSync(path, 'this is plain text, not a project');
      return path;
    },
  },
  {
    name: 'no project.qde',
    problem: /no project\.qde/,
    make: () => writeQdpx({ 'project.xml': projectXml(CODEBOOK) }),
  },
  {
    name: 'invalid XML',
    problem: /not well-formed XML/,
    make: () =>
      writeQdpx({ 'project.qde': projectXml(`${CODEBOOK}<Sources>${goodSource}`), [`sources/${GOOD_GUID}.txt`]: TEXT }),
  },
  {
    name: 'a selection beyond its source',
    problem: /selection d4000000-0000-4000-8000-000000000001 \(10–400\) lies beyond the end of "تقرير طويل"/,
    make: () =>
      writeQdpx({
        'project.qde': withGoodSource(
          textSource(selection('D4000000-0000-4000-8000-000000000001', 'x', 10, 400), SOURCE_GUID, 'تقرير طويل'),
        ),
        [`sources/${GOOD_GUID}.txt`]: TEXT,
        [`sources/${SOURCE_GUID}.txt`]: TEXT,
      }),
  },
  {
    name: 'an empty selection',
    problem:
      /the selection d4000000-0000-4000-8000-000000000002 \(3–3\) of "تقرير فارغ" is empty or cuts a character in half/,
    make: () =>
      writeQdpx({
        'project.qde': withGoodSource(
          textSource(selection('D4000000-0000-4000-8000-000000000002', '', 3, 3), SOURCE_GUID, 'تقرير فارغ'),
        ),
        [`sources/${GOOD_GUID}.txt`]: TEXT,
        [`sources/${SOURCE_GUID}.txt`]: TEXT,
      }),
  },
  {
    // No selection on it: its text is checked for UTF-8 without being read into a string.
    name: 'a source that is not UTF-8',
    problem: /the text of the source "تقرير بترميز آخر" is not UTF-8/,
    make: () =>
      writeQdpx({
        'project.qde': withGoodSource(textSource('', SOURCE_GUID, 'تقرير بترميز آخر')),
        [`sources/${GOOD_GUID}.txt`]: TEXT,
        // «نص» in Windows-1256, as an older Arabic tool would write it.
        [`sources/${SOURCE_GUID}.txt`]: Uint8Array.from([0xe4, 0xd5]),
      }),
  },
  {
    name: 'a missing source file',
    problem: new RegExp(
      `the source "تقرير مفقود" names the file "internal://${SOURCE_GUID}.txt", which the archive lacks`,
    ),
    make: () =>
      writeQdpx({
        'project.qde': withGoodSource(textSource('', SOURCE_GUID, 'تقرير مفقود')),
        [`sources/${GOOD_GUID}.txt`]: TEXT,
      }),
  },
  {
    name: 'an entry climbing out of the folder',
    problem: /the entry "\.\.\/[^"]*" points outside/,
    make: () =>
      writeQdpx({ 'project.qde': withGoodSource(''), [`sources/${GOOD_GUID}.txt`]: TEXT, '../../evil.txt': 'gotcha' }),
  },
  {
    name: 'an entry that declares more than the size limit',
    problem: new RegExp(`the entry "sources/${GOOD_GUID}.txt" expands beyond the \\d+-byte limit`),
    make: async () => {
      const path = await writeQdpx({ 'project.qde': withGoodSource(''), [`sources/${GOOD_GUID}.txt`]: TEXT });
      declareSize(path, `sources/${GOOD_GUID}.txt`, 0xfff00000);
      return path;
    },
  },
  {
    name: 'an entry that inflates beyond what it declares',
    problem: new RegExp(`the entry "sources/${GOOD_GUID}.txt" expands beyond the size it declares`),
    make: async () => {
      const path = await writeQdpx({
        'project.qde': withGoodSource(''),
        [`sources/${GOOD_GUID}.txt`]: TEXT.repeat(2000),
      });
      declareSize(path, `sources/${GOOD_GUID}.txt`, 10);
      return path;
    },
  },
  {
    name: 'an entry whose stored bytes were damaged',
    problem: new RegExp(`the entry "sources/${GOOD_GUID}.txt" cannot be read \\(CRC mismatch\\)`),
    make: async () => {
      const zip = new JSZip();
      zip.file('project.qde', withGoodSource(''));
      zip.file(`sources/${GOOD_GUID}.txt`, TEXT);
      const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
      // The text's final full stop becomes a slash, as a bad disk or download would change a byte:
      // still valid UTF-8, so only the checksum tells.
      const text = Buffer.from(TEXT);
      bytes[bytes.indexOf(text) + text.length - 1] = 0x2f;
      const path = join(tempDir('qarin-broken-'), 'damaged.qdpx');
      writeFileSync(path, bytes);
      return path;
    },
  },
];

async function nothingImported(handlers: ApiHandlers) {
  assert.equal((await invoke(handlers, 'project.info', {})).documentCount, 0, 'no report was added');
  assert.equal((await invoke(handlers, 'codes.list', {})).codes.length, 0, 'no code was added');
  assert.equal((await invoke(handlers, 'annotations.list', {})).total, 0, 'no highlight was added');
  assert.equal((await invoke(handlers, 'memos.list', {})).memos.length, 0, 'no memo was added');
}

test('a broken .qdpx is refused whole, naming the problem in English and Arabic', async () => {
  const workbench = await openWorkbench({ projectDir: tempDir('qarin-broken-project-') });
  try {
    for (const broken of cases) {
      const path = await broken.make();
      const error = await apiErrorOf(invoke(workbench.handlers, 'project.importQdpx', { path }));
      assert.equal(error.code, 'invalid-input', broken.name);
      assert.ok(isBilingual(error.bilingual), `${broken.name}: ${error.message}`);
      assert.match(error.bilingual.en, broken.problem, broken.name);
      assert.match(error.bilingual.en, /nothing was imported/);
      const arabicProblem = error.bilingual.ar.split('شيء: ')[1] ?? '';
      assert.match(arabicProblem, /\p{Script=Arabic}/u, `${broken.name}: the problem is named in Arabic too`);
      await nothingImported(workbench.handlers);
    }
  } finally {
    await workbench.close();
  }
});
