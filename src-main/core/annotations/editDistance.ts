/**
 * Levenshtein distance between two strings (insertions, deletions and substitutions of UTF-16
 * units), in time proportional to their length times the distance (Ukkonen's band): a whole
 * report highlighted and re-imported with a few words changed is compared in milliseconds, where
 * the full table of two 18,000-unit texts took seconds for each approximate candidate.
 */
export function editDistance(a: string, b: string): number {
  // What both share at the start and at the end costs nothing and needs no table.
  let from = 0;
  while (from < a.length && from < b.length && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > from && bEnd > from && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  const left = a.slice(from, aEnd);
  const right = b.slice(from, bEnd);
  if (left.length === 0 || right.length === 0) return left.length + right.length;
  // A distance within the band is exact; double the band until the distance fits in it.
  for (let band = Math.max(1, Math.abs(left.length - right.length)); ; band *= 2) {
    const distance = distanceWithin(left, right, band);
    if (distance <= band) return distance;
  }
}

/**
 * The distance if it is at most `band`, else some number above `band`: only cells within `band`
 * of the diagonal are computed, since a path leaving the band costs more than `band` already.
 */
function distanceWithin(a: string, b: string, band: number): number {
  const outside = band + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, outside);
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - band);
    const high = Math.min(b.length, i + band);
    current[low - 1] = low === 1 ? Math.min(i, outside) : outside;
    const unit = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const substitution = previous[j - 1]! + (unit === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1, outside);
    }
    // The next row reads one cell past this band: mark it outside rather than leave an old value.
    if (high < b.length) current[high + 1] = outside;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
