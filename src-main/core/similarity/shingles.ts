/**
 * Word shingles: every run of SHINGLE_WORDS consecutive words, hashed to 32 bits. Words are hashed
 * by their light10 stem, so clitics and suffixes («وقال» / «قال», «الاجتماع» / «اجتماع») and
 * spelling variants folded by the normalizer do not break a shared passage. Five words is passim's
 * seed length: long enough that a shared shingle is rarely chance, short enough to survive the
 * small edits outlets make when they reuse a wire report.
 */
export const SHINGLE_WORDS = 5;

/** Marks a place where words are not adjacent (around boilerplate); no shingle spans it. */
export const WORD_BREAK = 0xffffffff;
/** Marks the same in a shingle sequence, so that runs of shared shingles stop there. */
export const SHINGLE_BREAK = 0xffffffff;

/** FNV-1a over the UTF-16 units of a word, finished with a murmur mix; never WORD_BREAK. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  hash = finish(hash);
  // 0 is left free for callers that cache hashes in zero-filled typed arrays.
  return hash === WORD_BREAK ? WORD_BREAK - 1 : hash === 0 ? 1 : hash;
}

function finish(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The shingle hashes of a word-hash sequence, in reading order. A break in the words becomes one
 * break in the shingles (and a stretch shorter than a shingle yields none).
 */
export function shingleSequence(words: Uint32Array, size = SHINGLE_WORDS): Uint32Array {
  return shinglesInto(words, new Uint32Array(words.length), size).slice();
}

/**
 * `shingleSequence` written into `shingles` (at least as long as `words`), as a view of the part
 * written: for callers that only read it once, such as signing a report, so that each report
 * does not allocate and copy a sequence as long as itself.
 */
export function shinglesInto(words: Uint32Array, shingles: Uint32Array, size = SHINGLE_WORDS): Uint32Array {
  let count = 0;
  let runStart = 0;
  for (let end = 0; end <= words.length; end++) {
    if (end < words.length && words[end] !== WORD_BREAK) continue;
    for (let start = runStart; start + size <= end; start++) shingles[count++] = hashWindow(words, start, size);
    if (end < words.length && count > 0 && shingles[count - 1] !== SHINGLE_BREAK) shingles[count++] = SHINGLE_BREAK;
    runStart = end + 1;
  }
  while (count > 0 && shingles[count - 1] === SHINGLE_BREAK) count--;
  return shingles.subarray(0, count);
}

function hashWindow(words: Uint32Array, start: number, size: number): number {
  let hash = 0x9747b28c;
  for (let i = start; i < start + size; i++) hash = Math.imul(hash ^ words[i]!, 0x5bd1e995) + 0x27d4eb2d;
  hash = finish(hash);
  return hash === SHINGLE_BREAK ? SHINGLE_BREAK - 1 : hash;
}

/** The distinct shingles of a sequence, sorted, for set intersection by merging. */
export function distinctShingles(sequence: Uint32Array): Uint32Array {
  const sorted = new Uint32Array(sequence.length);
  let kept = 0;
  for (let i = 0; i < sequence.length; i++) if (sequence[i] !== SHINGLE_BREAK) sorted[kept++] = sequence[i]!;
  sorted.subarray(0, kept).sort();
  let count = 0;
  for (let i = 0; i < kept; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[count++] = sorted[i]!;
  return sorted.slice(0, count);
}
