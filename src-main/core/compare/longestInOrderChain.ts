/**
 * Indices of a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)).
 * Aligned pairs sorted by their place in one report and chained by their place in the other: the
 * pairs left out of the chain are the sentences that moved.
 */
export function longestInOrderChain(values: ArrayLike<number>): Set<number> {
  const n = values.length;
  const tails = new Int32Array(n);
  const previous = new Int32Array(n).fill(-1);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
    if (low === length) length++;
  }
  const chain = new Set<number>();
  for (let i = length > 0 ? tails[length - 1]! : -1; i >= 0; i = previous[i]!) chain.add(i);
  return chain;
}
