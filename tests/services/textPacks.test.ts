import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { readStoredText } from '../../src-main/services/project/storedText';
import { TextCatalog } from '../../src-main/services/project/textCatalog';
import { TextStore } from '../../src-main/services/project/textStore';
import { RECORD_BYTES, encodeRecord, packsFolder } from '../../src-main/services/project/textPackFormat';
import { packBytes, packEnds, packFiles, sha256Of } from '../helpers/textPacks';
import { tempDir } from '../helpers/tempDir';
import { onSmallDisk } from '../helpers/smallDisk';

const storeTextsScript = fileURLToPath(new URL('./fixtures/storeTexts.ts', import.meta.url));

const reports = ['اجتمع الوفد لبحث الهدنة.', 'أعلن حفتر وقف إطلاق النار.', 'Latin text too', ''];

function storeIn(dir: string, texts: string[]): void {
  new TextStore(dir).writeMany(texts.map((text) => ({ sha256: sha256Of(text), text })));
}

/** Another process importing into the same project. */
function storeFromAnotherProcess(dir: string, texts: string[]): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx/esm', storeTextsScript, dir, ...texts], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return Number(run.stdout.trim());
}

test('texts written in packs read back from the same store, another store and a fresh reader', () => {
  const dir = join(tempDir(), 'texts');
  const store = new TextStore(dir);
  for (const text of reports) store.write(sha256Of(text), text);
  for (const text of reports) {
    assert.equal(store.read(sha256Of(text)), text);
    assert.equal(new TextStore(dir).read(sha256Of(text)), text);
    assert.equal(new TextCatalog(dir).read(sha256Of(text)), text);
    assert.equal(readStoredText(dir, sha256Of(text)), text);
    assert.ok(store.has(sha256Of(text)));
  }
  assert.equal(packFiles(dir).packs.length, 1, 'one store writes one pack');
  assert.equal(store.read(sha256Of('never stored')), undefined);
  assert.equal(store.has(sha256Of('never stored')), false);
});

test('a reader finds what another process stored after its first look: new packs and grown indexes', () => {
  const dir = join(tempDir(), 'texts');
  const reader = new TextCatalog(dir);
  assert.equal(reader.read(sha256Of(reports[0]!)), undefined, 'nothing stored yet');
  storeFromAnotherProcess(dir, [reports[0]!]);
  assert.equal(reader.read(sha256Of(reports[0]!)), reports[0], 'a new pack');
  const store = new TextStore(dir);
  store.write(sha256Of(reports[1]!), reports[1]!);
  assert.equal(reader.read(sha256Of(reports[1]!)), reports[1]);
  store.write(sha256Of(reports[2]!), reports[2]!);
  assert.equal(reader.read(sha256Of(reports[2]!)), reports[2], 'an index that grew');
  assert.equal(readStoredText(dir, sha256Of(reports[0]!)), reports[0]);
});

test('a text already stored, by this or another process, is not stored again', () => {
  const dir = join(tempDir(), 'texts');
  assert.ok(storeFromAnotherProcess(dir, reports) > 0);
  assert.equal(storeFromAnotherProcess(dir, reports), 0, 'a re-import in a new process writes nothing');
  const bytes = packBytes(dir);
  storeIn(dir, [...reports, ...reports]);
  assert.equal(packBytes(dir), bytes, 'nor does a store in this process');
  storeIn(dir, ['جديد', 'جديد']);
  assert.equal(packBytes(dir), bytes + Buffer.byteLength('جديد'), 'the same text twice in one group is stored once');
});

test('texts of a project from before packs, one file each, are still read and not stored again', () => {
  const dir = join(tempDir(), 'texts');
  const text = reports[0]!;
  const sha = sha256Of(text);
  mkdirSync(join(dir, sha.slice(0, 2)), { recursive: true });
  writeFileSync(join(dir, sha.slice(0, 2), `${sha}.txt`), text);
  assert.equal(readStoredText(dir, sha), text);
  const store = new TextStore(dir);
  assert.equal(store.read(sha), text);
  assert.ok(store.has(sha));
  store.write(sha, text);
  assert.equal(packBytes(dir), 0);
  store.write(sha256Of(reports[1]!), reports[1]!);
  assert.equal(store.read(sha256Of(reports[1]!)), reports[1], 'new texts go to a pack beside the old files');
  assert.equal(store.read(sha), text);
});

test('a torn record at the end of an index is ignored, and the texts before it still read', () => {
  const dir = join(tempDir(), 'texts');
  storeIn(dir, reports);
  const [index] = packFiles(dir).indexes;
  appendFileSync(index!, Buffer.alloc(20, 0xab));
  const reader = new TextCatalog(dir);
  for (const text of reports) assert.equal(reader.read(sha256Of(text)), text);
  assert.equal(reader.read('ab'.repeat(32)), undefined);
});

test('damaged bytes, and a record naming bytes past its pack, read as missing', () => {
  const dir = join(tempDir(), 'texts');
  const [first, second, third] = ['النص الأول', 'النص الثاني', 'النص الثالث'];
  storeIn(dir, [first!, second!, third!]);
  const [pack] = packFiles(dir).packs;
  const bytes = readFileSync(pack!);
  const secondStart = Buffer.byteLength(first!);
  bytes.writeUInt8(bytes.readUInt8(secondStart + 2) ^ 0x01, secondStart + 2);
  writeFileSync(pack!, bytes);
  truncateSync(pack!, bytes.length - 3);
  const reader = new TextCatalog(dir);
  assert.equal(reader.read(sha256Of(first!)), first);
  assert.equal(reader.read(sha256Of(second!)), undefined, 'a flipped bit');
  assert.equal(reader.read(sha256Of(third!)), undefined, 'cut short');
  assert.equal(readStoredText(join(dir), sha256Of(third!)), undefined);
});

test('a write that fails part way leaves no record, and the next write lands where it should', async (t) => {
  await onSmallDisk(t, '256k', async (mountPoint) => {
    const dir = join(mountPoint, 'texts');
    const store = new TextStore(dir);
    const small = 'تقرير قصير';
    store.write(sha256Of(small), small);
    const huge = 'كلمة '.repeat(60_000);
    assert.throws(() => store.write(sha256Of(huge), huge), /ENOSPC/);
    assert.deepEqual(
      packEnds(dir).map(({ size, namedUpTo, torn }) => ({ size, torn, namedUpTo })),
      [{ size: Buffer.byteLength(small), torn: 0, namedUpTo: Buffer.byteLength(small) }],
      'the torn text is cut back, giving its room back',
    );
    const next = 'تقرير بعد امتلاء القرص';
    store.write(sha256Of(next), next);
    const reader = new TextCatalog(dir);
    assert.equal(reader.read(sha256Of(small)), small);
    assert.equal(reader.read(sha256Of(next)), next);
    assert.equal(reader.read(sha256Of(huge)), undefined);
    assert.equal(reader.has(sha256Of(huge)), false);
  });
});

test('a store whose pack cannot be cut back after a failure starts another pack', () => {
  const dir = join(tempDir(), 'texts');
  const store = new TextStore(dir);
  store.write(sha256Of(reports[0]!), reports[0]!);
  const [index] = packFiles(dir).indexes;
  // The index replaced by a folder: appending to it and cutting it back both fail.
  rmSync(index!);
  mkdirSync(index!);
  assert.throws(() => store.write(sha256Of(reports[1]!), reports[1]!), /EISDIR/);
  store.write(sha256Of(reports[2]!), reports[2]!);
  assert.equal(packFiles(dir).packs.length, 2);
  const reader = new TextCatalog(dir);
  assert.equal(reader.read(sha256Of(reports[2]!)), reports[2]);
  assert.equal(reader.read(sha256Of(reports[1]!)), undefined);
});

test('property: texts written in any groups, by several stores, all read back once stored', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 6 }), { maxLength: 6 }),
      fc.nat(2),
      (groups, stores) => {
        const dir = join(tempDir(), 'texts');
        const writers = Array.from({ length: stores + 1 }, () => new TextStore(dir));
        groups.forEach((group, n) =>
          writers[n % writers.length]!.writeMany(group.map((text) => ({ sha256: sha256Of(text), text }))),
        );
        const distinct = new Set(groups.flat());
        const reader = new TextCatalog(dir);
        for (const text of distinct) assert.equal(reader.read(sha256Of(text)), text);
        const stored = [...distinct].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
        assert.equal(packBytes(dir), stored, 'each distinct text stored once');
      },
    ),
    { numRuns: 40 },
  );
});

test('texts whose hashes share their first bytes are told apart', () => {
  const dir = join(tempDir(), 'texts');
  const folder = packsFolder(dir);
  mkdirSync(folder, { recursive: true });
  const prefix = 'ab'.repeat(6);
  const [first, second, absent] = ['11', '22', '33'].map((tail) => prefix + tail.repeat(26));
  const records = Buffer.alloc(2 * RECORD_BYTES);
  encodeRecord(records, 0, first!, 0, 1);
  encodeRecord(records, RECORD_BYTES, second!, 1, 1);
  writeFileSync(join(folder, 'hand.pack'), 'xy');
  writeFileSync(join(folder, 'hand.idx'), records);
  const catalog = new TextCatalog(dir);
  // Many times: the first lookups search the records, later ones go through a table.
  for (let round = 0; round < 50; round++) {
    assert.ok(catalog.has(first!));
    assert.ok(catalog.has(second!));
    assert.equal(catalog.has(absent!), false);
  }
});

test('many texts, in many groups and packs, all read back, also past the first lookups', () => {
  const dir = join(tempDir(), 'texts');
  const texts = Array.from({ length: 600 }, (_, n) => `تقرير رقم ${n}: ${'كلمة '.repeat(n % 17)}`);
  for (let start = 0; start < texts.length; start += 64) storeIn(dir, texts.slice(start, start + 64));
  const reader = new TextCatalog(dir);
  for (const text of texts) assert.equal(reader.read(sha256Of(text)), text);
  storeIn(dir, ['نص أخير']);
  assert.equal(reader.read(sha256Of('نص أخير')), 'نص أخير', 'found in a pack made after the table');
  assert.equal(reader.read(sha256Of('never stored')), undefined);
});

test('a project folder removed and made again does not seem to hold its old texts', () => {
  const dir = join(tempDir(), 'texts');
  storeIn(dir, [reports[0]!]);
  rmSync(dir, { recursive: true });
  storeIn(dir, [reports[0]!]);
  assert.equal(packBytes(dir), Buffer.byteLength(reports[0]!), 'stored again');
  assert.equal(readStoredText(dir, sha256Of(reports[0]!)), reports[0]);
});
