/** How many values two ascending arrays of distinct values have in common, in one merge-like pass. */
export function countSharedSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
