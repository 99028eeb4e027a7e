import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { importReasons } from '../../src-main/core/import/importReasons';
import { prepareFile } from '../../src-main/services/import/prepareFile';

/** A text of exactly `bytes` bytes of UTF-8: lines of Arabic letters (two bytes each), then Latin ones. */
function arabicOfBytes(bytes: number, letter = 'ب'): string {
  const line = `${letter.repeat(59)}\n`;
  const text = line.repeat(Math.floor(bytes / Buffer.byteLength(line)));
  return text + 'x'.repeat(bytes - Buffer.byteLength(text));
}

async function withFolder(run: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'qarin-prepare-'));
  try {
    await run(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// Files of up to 64 KB are read to their end without a `stat`, into the buffer kept between files;
// these sizes sit on either side of that.
test('prepareFile reads small, 64 KB and larger files whole', async () => {
  await withFolder(async (folder) => {
    for (const bytes of [100, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 200 * 1024]) {
      const text = arabicOfBytes(bytes);
      assert.equal(Buffer.byteLength(text), bytes);
      const path = join(folder, `r${bytes}.txt`);
      await writeFile(path, text);
      const prepared = await prepareFile(path, 1 << 20);
      assert.deepEqual(prepared.errors, [], `${bytes} bytes`);
      assert.equal(prepared.documents.length, 1);
      assert.equal(prepared.documents[0]!.text, text, `${bytes} bytes read whole`);
    }
  });
});

test('a file over the limit is refused with its size, whether it fits the kept buffer or not', async () => {
  await withFolder(async (folder) => {
    for (const [bytes, limit] of [
      [300, 200],
      [70 * 1024, 10 * 1024],
      [100 * 1024, 80 * 1024],
    ] as const) {
      const path = join(folder, `big${bytes}.txt`);
      await writeFile(path, arabicOfBytes(bytes));
      const prepared = await prepareFile(path, limit);
      assert.deepEqual(prepared.documents, []);
      assert.deepEqual(prepared.errors, [{ path, reason: importReasons.fileTooLarge(bytes, limit) }]);
    }
  });
});

test('a short file read after a longer one holds none of the longer one’s bytes', async () => {
  await withFolder(async (folder) => {
    const long = join(folder, 'long.txt');
    const short = join(folder, 'short.txt');
    await writeFile(long, arabicOfBytes(30 * 1024, 'س'));
    await writeFile(short, 'تقرير قصير');
    await prepareFile(long, 1 << 20);
    const prepared = await prepareFile(short, 1 << 20);
    assert.equal(prepared.documents[0]!.text, 'تقرير قصير');
  });
});

test('a file exactly at the limit is read, whether it fits the kept buffer or not', async () => {
  await withFolder(async (folder) => {
    for (const bytes of [200, 100 * 1024]) {
      const path = join(folder, `at${bytes}.txt`);
      const text = arabicOfBytes(bytes);
      await writeFile(path, text);
      const prepared = await prepareFile(path, bytes);
      assert.deepEqual(prepared.errors, []);
      assert.equal(prepared.documents[0]!.text, text);
    }
  });
});
