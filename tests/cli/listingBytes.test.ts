import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Library } from '../../src-main/services/project/library';
import type { LibraryEntry } from '../../src-main/services/project/libraryEntry';
import {
  libraryFilesStamp,
  libraryListingPath,
  readLibraryListing,
} from '../../src-main/services/project/libraryListing';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import {
  libraryListingLines,
  prettyJsonArrayParts,
  writeLibraryListing,
} from '../../src-main/services/project/writeLibraryListing';
import { tempDir } from '../helpers/tempDir';

/** The parts joined, and where each value begins in their UTF-8 bytes. */
function joined(values: unknown[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  const text = [...prettyJsonArrayParts(values, (start) => starts.push(start))].join('');
  return { text, starts };
}

function entry(n: number): LibraryEntry {
  return {
    id: `report-${String(n).padStart(4, '0')}`,
    title: `اجتماع اللجنة العسكرية المشتركة في سرت «5+5» ${n}`,
    source: n % 2 ? 'الجزيرة' : 'CNN',
    date: `2018-0${1 + (n % 9)}-1${n % 10}`,
    path: `/reports/${n}.txt`,
    origin: `/reports/${n}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    wordCount: 100 + n,
    sha256: n.toString(16).padStart(64, '0'),
    importedAt: '2026-11-30T00:00:00.000Z',
    updatedAt: '2026-11-30T00:00:00.000Z',
    abstract: 'التقى الوفد '.repeat(n % 5),
    boilerplate: [],
    warnings: [],
  };
}

describe('the library listing is written a part at a time', () => {
  it('its summaries are, byte for byte, JSON.stringify of the array with two spaces, each where it says', () => {
    const arabic = fc.string({ unit: fc.constantFrom(...'حفتر الهدنة، «قال» ١٢٣ ـ\u064E\n"\\'.split('')) });
    const summary = fc.record(
      {
        id: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 16, maxLength: 16 }),
        title: fc.oneof(arabic, fc.string()),
        source: arabic,
        date: fc.string(),
        wordCount: fc.nat(),
        warningCount: fc.nat(),
        tags: fc.array(fc.oneof(arabic, fc.integer())),
        nested: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
      },
      { requiredKeys: ['id', 'title', 'wordCount', 'warningCount'] },
    );
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 8 }), (summaries) => {
        const { text, starts } = joined(summaries);
        assert.equal(text, JSON.stringify(summaries, null, 2));
        const bytes = Buffer.from(text);
        starts.forEach((start, place) => {
          const pretty = JSON.stringify(summaries[place], null, 2).replaceAll('\n', '\n  ');
          assert.equal(bytes.subarray(start, start + Buffer.byteLength(pretty)).toString(), pretty);
        });
      }),
    );
  });

  it('an empty library lists an empty array', () => {
    assert.deepEqual(joined([]), { text: '[]', starts: [] });
  });

  it('is written beside the library while the index is saved, and moved into the folder the index leaves', async () => {
    const layout = projectLayout(tempDir());
    mkdirSync(layout.index, { recursive: true });
    const library = new Library({ documents: Array.from({ length: 3000 }, (_, n) => entry(n)) });
    let indexSaved!: () => void;
    const saving = new Promise<void>((resolve) => (indexSaved = resolve));
    const whole = Buffer.byteLength([...libraryListingLines(library, 'stamp')].join(''));
    const written = writeLibraryListing(layout, libraryListingLines(library, 'stamp'), saving);
    // Not held in memory meanwhile: the whole listing goes to disk, beside the library.
    const asideSize = () =>
      readdirSync(layout.root)
        .filter((name) => name.startsWith('.library-listing.jsonl.'))
        .map((name) => statSync(join(layout.root, name)).size);
    for (let wait = 0; wait < 500 && asideSize()[0] !== whole; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.deepEqual(asideSize(), [whole], 'the whole listing is on disk beside the library, waiting');
    // The index is saved: its folder is replaced by a new one.
    renameSync(layout.index, `${layout.index}.old`);
    mkdirSync(layout.index);
    indexSaved();
    await written;
    assert.equal(statSync(libraryListingPath(layout)).size, whole);
    assert.deepEqual(
      readdirSync(layout.root).filter((name) => name.startsWith('.library-listing')),
      [],
    );
  });

  it('lists the library as it was when asked, whatever is put in it while the listing is written', async () => {
    const layout = projectLayout(tempDir());
    mkdirSync(layout.index, { recursive: true });
    const library = new Library({ documents: Array.from({ length: 50 }, (_, n) => entry(n)) });
    const lines = libraryListingLines(library, await libraryFilesStamp(layout));
    for (let n = 50; n < 60; n++) library.put(entry(n));
    library.put({ ...entry(7), title: 'عنوان آخر أطول بكثير من العنوان الأول' });
    await writeLibraryListing(layout, lines);
    const listing = await readLibraryListingOf(layout);
    const rows = listing.rows();
    assert.equal(rows.length, 50);
    const titles = rows.map((row) => row.title);
    assert.ok(titles.includes(entry(7).title), 'the entry as it was');
    const summaries = await listing.summaries(rows.map((_, place) => place));
    assert.deepEqual(
      summaries.map((summary) => summary.id),
      rows.map((row) => row.id),
    );
    await listing.close();
  });
  it('reads the summaries of neighbouring rows together, and gives each position its own, in the order asked', async () => {
    const layout = projectLayout(tempDir());
    mkdirSync(layout.index, { recursive: true });
    const library = new Library({ documents: Array.from({ length: 40 }, (_, n) => entry(n)) });
    await writeLibraryListing(layout, libraryListingLines(library, await libraryFilesStamp(layout)));
    const listing = await readLibraryListingOf(layout);
    const one = async (position: number) => (await listing.summaries([position]))[0]!;
    const alone = await Promise.all(Array.from({ length: 40 }, (_, position) => one(position)));
    assert.deepEqual(
      alone.map((summary) => summary.id),
      listing.rows().map((row) => row.id),
    );
    // Runs, single rows, the last row, repeats, and an order that is not the file's.
    const asked = [39, 5, 6, 7, 8, 2, 20, 21, 6, 0, 38, 1];
    const reads = await countingFileReads(() => listing.summaries(asked));
    assert.deepEqual(
      reads.result,
      asked.map((position) => alone[position]),
    );
    // One read for each run of neighbours: 0-2, 5-8, 20-21 and 38-39.
    assert.equal(reads.count, 4);
    await listing.close();

    // A summary spoiled inside a run fails the read, not only when read alone.
    const path = libraryListingPath(layout);
    const bytes = readFileSync(path);
    const id = Buffer.from(`"id": "${entry(21).id}"`);
    const at = bytes.indexOf(id);
    assert.ok(at > 0);
    bytes[at] = 0x78; // `x"id"`: not JSON
    writeFileSync(path, bytes);
    const spoiled = await readLibraryListingOf(layout);
    const place = spoiled.positionOf(entry(21).id)!;
    const around = [place - 1, place, place + 1].filter((position) => position >= 0 && position < 40);
    await assert.rejects(spoiled.summaries(around));
    const before = (place + 20) % 40;
    assert.equal((await spoiled.summaries([before]))[0]!.id, alone[before]!.id, 'the others still read');
    await spoiled.close();
  });

  it("is still written when the index could not be saved, and a stopped writer's leftovers are removed", async () => {
    const layout = projectLayout(tempDir());
    mkdirSync(layout.index, { recursive: true });
    const finished = spawnSync(process.execPath, ['-e', '0']);
    const dead = join(layout.root, `.library-listing.jsonl.${finished.pid}-0.1.tmp`);
    const live = join(layout.root, `.library-listing.jsonl.${process.pid}-0.9999.tmp`);
    writeFileSync(dead, 'half a listing');
    writeFileSync(live, 'another writer, still at work');
    const library = new Library({ documents: [entry(1), entry(2)] });
    await writeLibraryListing(
      layout,
      libraryListingLines(library, await libraryFilesStamp(layout)),
      Promise.reject(new Error('disk full')),
    );
    assert.equal((await readLibraryListingOf(layout)).rows().length, 2);
    assert.ok(!existsSync(dead), "a stopped writer's file is removed");
    assert.ok(existsSync(live), "a running writer's file is left to it");
  });

  it('finds each report by id without decoding its row, an id that needs escaping too', async () => {
    const layout = projectLayout(tempDir());
    mkdirSync(layout.index, { recursive: true });
    const ids = ['report-0001', 'تقرير "أ"', 'a\\b', 'خبر', 'x"', '"'];
    const library = new Library({ documents: ids.map((id, n) => ({ ...entry(n), id })) });
    await writeLibraryListing(layout, libraryListingLines(library, await libraryFilesStamp(layout)));
    const listing = await readLibraryListingOf(layout);
    const rows = listing.rows();
    for (const id of ids) {
      const position = listing.positionOf(id);
      assert.equal(position === undefined ? undefined : rows[position]!.id, id, id);
    }
    assert.equal(listing.positionOf('report-0002'), undefined);
    assert.equal(listing.positionOf('تقرير'), undefined, 'an id is matched whole');
    await listing.close();
  });
  it('does not read an id from a row damaged in it: the row is decoded, and found damaged', async () => {
    const layout = projectLayout(tempDir());
    mkdirSync(layout.index, { recursive: true });
    const library = new Library({ documents: [entry(1), entry(2), entry(3)] });
    await writeLibraryListing(layout, libraryListingLines(library, await libraryFilesStamp(layout)));
    const path = libraryListingPath(layout);
    const bytes = readFileSync(path);
    const id = bytes.indexOf('["report-0002"') + 2;
    // A quote or a control byte in place of one of the id's: the lengths stay those the header says.
    for (const damage of ['"', '\u0001']) {
      writeFileSync(path, Buffer.concat([bytes.subarray(0, id + 7), Buffer.from(damage), bytes.subarray(id + 8)]));
      const listing = await readLibraryListingOf(layout);
      assert.throws(() => listing.positionOf('report-0001'), /JSON|damaged/, JSON.stringify(damage));
      await listing.close();
    }
  });
  it('is not written where there is no index folder, nor makes one that would stop an index being saved', async () => {
    const layout = projectLayout(tempDir());
    const library = new Library({ documents: [entry(1)] });
    await writeLibraryListing(layout, libraryListingLines(library, await libraryFilesStamp(layout)));
    assert.ok(!existsSync(layout.index), 'no index folder made');
    assert.deepEqual(
      readdirSync(layout.root).filter((name) => name.startsWith('.library-listing')),
      [],
      'nothing left beside the library',
    );
  });
});

/** The listing as `qarin docs` reads it: only when it is whole, and of the library files as they are. */
/** What `run` returns, and how many reads of an open file (`FileHandle.read`) it made. */
async function countingFileReads<T>(run: () => Promise<T>): Promise<{ result: T; count: number }> {
  const probe = await open(process.execPath, 'r');
  const prototype = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const read = prototype.read;
  let count = 0;
  prototype.read = function (this: FileHandle, ...args: Parameters<FileHandle['read']>) {
    count++;
    return read.apply(this, args);
  } as FileHandle['read'];
  try {
    return { result: await run(), count };
  } finally {
    prototype.read = read;
  }
}

async function readLibraryListingOf(layout: ReturnType<typeof projectLayout>) {
  const listing = await readLibraryListing(layout);
  assert.ok(listing, 'the listing reads back whole');
  return listing;
}
