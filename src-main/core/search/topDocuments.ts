/**
 * The k best of n candidates by key, best first (ties: lower document number first), with a
 * bounded heap: O(n log k), where sorting every candidate of a common word would be O(n log n).
 */
export function topDocuments(documents: ArrayLike<number>, keys: ArrayLike<number>, k: number): number[] {
  const count = documents.length;
  const size = Math.min(k, count);
  if (size <= 0) return [];
  // Min-heap of positions in `documents`: the root is the worst of the best so far.
  const heap = new Int32Array(size);
  let heapLength = 0;
  const worse = (a: number, b: number): boolean =>
    keys[a]! < keys[b]! || (keys[a] === keys[b] && documents[a]! > documents[b]!);
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < heapLength && worse(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heapLength && worse(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === at) return;
      [heap[at], heap[smallest]] = [heap[smallest]!, heap[at]!];
      at = smallest;
    }
  };
  for (let i = 0; i < count; i++) {
    if (heapLength < size) {
      let at = heapLength++;
      heap[at] = i;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  const best = Array.from(heap.subarray(0, heapLength));
  best.sort((a, b) => keys[b]! - keys[a]! || documents[a]! - documents[b]!);
  return best.map((position) => documents[position]!);
}
