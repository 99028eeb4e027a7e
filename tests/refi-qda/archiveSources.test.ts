import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportService } from '../../src-main/services/import/importService';
import type { ArchiveSource, SharedArchive } from '../../src-main/services/import/preparedDocument';
import { Library } from '../../src-main/services/project/library';
import type { LibraryEntry } from '../../src-main/services/project/libraryEntry';
import { TextStore } from '../../src-main/services/project/textStore';
import { DEFAULT_QDPX_LIMITS } from '../../src-main/services/refiQda/readQdpxArchive';
import { tempDir } from '../helpers/tempDir';
import { writeQdpx } from './support/qdpxFiles';

const REPORTS = ['اجتمع الوفد في بنغازي.\r\nوقال المتحدث إن الاجتماع انتهى.', '\uFEFFتقرير ثان عن الاجتماع نفسه.'];

/** A .qdpx of `texts` as sources s0.txt, s1.txt…, shared the way the import hands it to its workers. */
async function sharedArchive(texts: readonly string[]): Promise<{ path: string; archive: SharedArchive }> {
  const path = await writeQdpx(Object.fromEntries(texts.map((text, n) => [`sources/s${n}.txt`, text])));
  const bytes = readFileSync(path);
  const archive = { bytes: new SharedArrayBuffer(bytes.length), ...DEFAULT_QDPX_LIMITS };
  new Uint8Array(archive.bytes).set(bytes);
  return { path, archive };
}

function sources(count: number): ArchiveSource[] {
  return Array.from({ length: count }, (_, n) => ({
    key: `guid-${n}`,
    entry: `sources/s${n}.txt`,
    meta: { title: `r${n}` },
  }));
}

/** A text store on a disk that fills up after `room` texts. */
class FillingTextStore extends TextStore {
  constructor(
    dir: string,
    private room: number,
  ) {
    super(dir);
  }

  override write(sha256: string, text: string): void {
    if (this.room-- <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    super.write(sha256, text);
  }
}

function importService(texts: TextStore, library: Library, indexed: Map<string, string>, textsDir?: string) {
  return new ImportService({
    library,
    texts,
    ...(textsDir === undefined ? {} : { textsDir }),
    index: async (entries: LibraryEntry[], batch: Map<string, string>) => {
      for (const entry of entries) indexed.set(entry.id, batch.get(entry.id) ?? '');
    },
    claim: async () => undefined,
    catchUp: async () => undefined,
    release: async () => undefined,
    saveLibrary: async () => undefined,
    commit: async () => undefined,
  });
}

test('the text sources of an archive are imported like files: in order, analysed, stored, indexed', async () => {
  const textsDir = join(tempDir('qarin-archive-sources-'), 'texts');
  const texts = new TextStore(textsDir);
  const library = new Library();
  const indexed = new Map<string, string>();
  // The third source repeats the first: a duplicate, whichever worker reads it first.
  const { path, archive } = await sharedArchive([...REPORTS, REPORTS[0]!]);
  const report = await importService(texts, library, indexed, textsDir).importArchiveSources(path, archive, sources(3));

  assert.deepEqual(
    report.added.map((added) => added.title),
    ['r0', 'r1'],
  );
  assert.equal(report.duplicates.length, 1);
  const kept = ['اجتمع الوفد في بنغازي.\nوقال المتحدث إن الاجتماع انتهى.', 'تقرير ثان عن الاجتماع نفسه.'];
  for (const [n, added] of report.added.entries()) {
    const entry = library.get(added.id)!;
    assert.equal(entry.origin, `${path}#guid-${n}`);
    assert.equal(entry.format, 'qdpx');
    assert.ok(entry.wordCount > 0);
    assert.equal(texts.read(entry.sha256), kept[n], 'stored without a BOM, with LF line ends');
    assert.equal(indexed.get(added.id), kept[n], 'indexed with its text');
  }
});

test('an archive import into a project that fills up stops with one clear error, keeping what was stored', async () => {
  const texts = new FillingTextStore(join(tempDir('qarin-archive-full-'), 'texts'), 1);
  const library = new Library();
  const { path, archive } = await sharedArchive(REPORTS);
  const report = await importService(texts, library, new Map()).importArchiveSources(path, archive, sources(2));

  assert.equal(report.added.length, 1);
  assert.equal(report.errors.length, 1);
  assert.match(report.errors[0]!.reason.en, /the disk is full/);
  assert.match(report.errors[0]!.reason.ar, /القرص ممتلئ/);
  for (const entry of library.entries()) assert.ok(texts.has(entry.sha256), `${entry.title} has its text`);
});
