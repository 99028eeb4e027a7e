import { countSharedSorted } from '../../../src-shared/sortedSets';
import { SHINGLE_BREAK, SHINGLE_WORDS } from './shingles';

/** Shorter runs of shared words are phrases any two reports may share, not a reused passage. */
export const MIN_PASSAGE_WORDS = 8;

/** How many distinct shingles two sorted distinct-shingle arrays have in common. */
export function countShared(a: Uint32Array, b: Uint32Array): number {
  return countSharedSorted(a, b);
}

function contains(sorted: Uint32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] === value;
}

/**
 * Passages of `sequence` (a report's shingles in reading order) that the other report also
 * contains: maximal runs of consecutive shingles found in `other` (its sorted distinct shingles),
 * counted when the run covers at least `minWords` words. A run of r shingles covers r + 4 words.
 */
export function countSharedPassages(sequence: Uint32Array, other: Uint32Array, minWords = MIN_PASSAGE_WORDS): number {
  const minRun = Math.max(1, minWords - SHINGLE_WORDS + 1);
  let passages = 0;
  let run = 0;
  for (let i = 0; i <= sequence.length; i++) {
    const shingle = i < sequence.length ? sequence[i]! : SHINGLE_BREAK;
    if (shingle !== SHINGLE_BREAK && contains(other, shingle)) {
      run++;
      continue;
    }
    if (run >= minRun) passages++;
    run = 0;
  }
  return passages;
}
