import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeQdpxArchive } from '../../src-main/services/refiQda/writeQdpxArchive';

const text = 'قال المتحدث باسم الحكومة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة. '.repeat(4);
/** Enough sources for a few dozen turns, as a whole project's export would have. */
const entries = Array.from({ length: 1_500 }, (_, index) => ({ path: `sources/${index}.txt`, content: text }));

test('a large qdpx export lets a timer fire while it packs, so the app still answers', async () => {
  let finished = false;
  const firedWhilePacking: boolean[] = [];
  const timer = setInterval(() => firedWhilePacking.push(!finished), 0);
  try {
    const archive = await writeQdpxArchive(entries, new Date(Date.UTC(2026, 10, 28)));
    finished = true;
    assert.ok(archive.length > 0);
  } finally {
    clearInterval(timer);
  }
  assert.ok(
    firedWhilePacking.some((beforeTheEnd) => beforeTheEnd),
    'a timer set before the export fired before it was done',
  );
});
