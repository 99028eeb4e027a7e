import { SHINGLE_BREAK } from './shingles';

/**
 * Shingles per winnowing window. Winnowing (Schleimer, Wilkerson and Aiken, the MOSS paper) keeps
 * the smallest hash of every window of this many consecutive shingles, which guarantees that two
 * texts sharing a passage of WINDOW + SHINGLE_WORDS - 1 = 12 words or more share a fingerprint,
 * while keeping only about 2 / (WINDOW + 1) of the shingles. Random sampling (or MinHash) gives no
 * such guarantee for a passage that is a small part of a long report.
 */
export const WINNOW_WINDOW = 8;

/**
 * The fingerprints picked from one sequence, kept from call to call: every report of an import is
 * winnowed, and a list grown by push, then copied, sorted and copied again, was three allocations
 * a report. A sequence never picks more fingerprints than it has shingles.
 */
let picked = new Uint32Array(4096);

/** The distinct fingerprints of a shingle sequence, sorted. */
export function winnow(shingles: Uint32Array, window = WINNOW_WINDOW): Uint32Array {
  if (picked.length < shingles.length) picked = new Uint32Array(shingles.length);
  let pickedCount = 0;
  let runStart = 0;
  for (let end = 0; end <= shingles.length; end++) {
    if (end < shingles.length && shingles[end] !== SHINGLE_BREAK) continue;
    pickedCount = winnowRun(shingles, runStart, end, window, pickedCount);
    runStart = end + 1;
  }
  const sorted = picked.subarray(0, pickedCount).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[count++] = sorted[i]!;
  return sorted.slice(0, count);
}

/**
 * Minimum of each window of [start, end), appended to `picked` from `pickedCount` on; a run shorter
 * than a window gives its minimum. Returns the new count.
 */
function winnowRun(shingles: Uint32Array, start: number, end: number, window: number, pickedCount: number): number {
  if (end <= start) return pickedCount;
  let count = pickedCount;
  const last = Math.max(start, end - window);
  let lastPicked = -1;
  for (let from = start; from <= last; from++) {
    const to = Math.min(end, from + window);
    let best = from;
    // The rightmost minimum, so that sliding windows keep choosing the same position.
    for (let i = from + 1; i < to; i++) if (shingles[i]! <= shingles[best]!) best = i;
    if (best !== lastPicked) {
      picked[count++] = shingles[best]!;
      lastPicked = best;
    }
  }
  return count;
}
