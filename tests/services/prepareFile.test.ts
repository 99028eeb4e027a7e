import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { importReasons } from '../../src-main/core/import/importReasons';
import { prepareFile } from '../../src-main/services/import/prepareFile';

/** A text of exactly `bytes` bytes of UTF-8: lines of Arabic letters (two bytes each), then Latin ones. */
function arabicOfBytes(bytes: number, letter = 'ب'): string {
  let text = '';
  while (Buffer.byteLength(text) < bytes - 1) text += text.length % 60 === 59 ? '\n' : letter;
  while (Buffer.byteLength(text) < bytes) text += 'x';
  return text;
}

async function withFolder(run: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'qarin-prepare-'));
  try {
    await run(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// Files are read to their end without a `stat` when they fit the buffer kept between files (64 KB);
// these sizes sit on either side of it and of the limit.
test('prepareFile reads small, buffer-sized and larger files whole, and refuses one over the limit', async () => {
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
