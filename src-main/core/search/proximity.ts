import type { QueryMatcher } from './queryMatcher';
import { SEQUENCE_BREAK } from './termSequences';

/** How close two query words must be, in words, to count as near each other. */
const NEAR_WINDOW = 5;

/** Where the query's words sit relative to each other in one document. */
export interface ProximityFeatures {
  /** Bit j (j ≥ 1): clause j − 1 is directly followed by clause j somewhere. */
  adjacentPairs: number;
  /** The same, counting only words in exactly the form asked for. */
  exactAdjacentPairs: number;
  /** Bit j (j ≥ 1): clauses j − 1 and j occur within a few words of each other, in either order. */
  nearPairs: number;
  /** Longest run of consecutive clauses found as consecutive words in query order. */
  longestRun: number;
  /** The same, counting only words in exactly the form asked for. */
  longestExactRun: number;
}

const NEVER = -1_000_000;

/**
 * Extends runs at one position. The run ending at clause j here is one longer than the run ending
 * at clause j − 1 at the previous position. Bits are visited from high to low so that run[j − 1]
 * still holds the previous position's value when run[j] is written. Returns the adjacent pairs
 * found (bit j for the pair j − 1, j) and leaves the longest run in run[clauses].
 */
function extendRuns(mask: number, previousMask: number, run: Int32Array, clauses: number): number {
  let adjacent = 0;
  for (let clause = 31 - Math.clz32(mask); clause >= 0; clause--) {
    if (!(mask & (1 << clause))) continue;
    const follows = clause > 0 && (previousMask & (1 << (clause - 1))) !== 0;
    const length = follows ? run[clause - 1]! + 1 : 1;
    run[clause] = length;
    if (length > run[clauses]!) run[clauses] = length;
    if (follows) adjacent |= 1 << clause;
  }
  return adjacent;
}

/** One pass over a document's term sequence, for stem-level and exact-form matches at once. */
export function proximityFeatures(
  sequence: Uint32Array,
  titleLength: number,
  matcher: QueryMatcher,
): ProximityFeatures {
  const clauses = matcher.clauseCount;
  const features: ProximityFeatures = {
    adjacentPairs: 0,
    exactAdjacentPairs: 0,
    nearPairs: 0,
    longestRun: 0,
    longestExactRun: 0,
  };
  if (clauses === 0) return features;
  // One extra cell per array holds the longest run so far.
  const run = new Int32Array(clauses + 1);
  const exactRun = new Int32Array(clauses + 1);
  const lastSeen = new Int32Array(clauses).fill(NEVER);
  let previousMask = 0;
  let previousExact = 0;
  for (let position = 0; position < sequence.length; position++) {
    const id = sequence[position]!;
    if (id === SEQUENCE_BREAK) {
      previousMask = 0;
      previousExact = 0;
      lastSeen.fill(NEVER);
      continue;
    }
    const mask = position < titleLength ? matcher.titleMaskOf(id) : matcher.maskOf(id);
    if (mask === 0) {
      previousMask = 0;
      previousExact = 0;
      continue;
    }
    const exact = matcher.exactMaskOf(id) & mask;
    features.adjacentPairs |= extendRuns(mask, previousMask, run, clauses);
    if (exact !== 0 || previousExact !== 0)
      features.exactAdjacentPairs |= extendRuns(exact, previousExact, exactRun, clauses);
    for (let clause = 31 - Math.clz32(mask); clause >= 0; clause--) {
      if (!(mask & (1 << clause))) continue;
      if (clause > 0 && position - lastSeen[clause - 1]! <= NEAR_WINDOW) features.nearPairs |= 1 << clause;
      if (clause + 1 < clauses && position - lastSeen[clause + 1]! <= NEAR_WINDOW)
        features.nearPairs |= 1 << (clause + 1);
      lastSeen[clause] = position;
    }
    previousMask = mask;
    previousExact = exact;
  }
  features.longestRun = run[clauses]!;
  features.longestExactRun = exactRun[clauses]!;
  return features;
}

/** Whether a phrase's words occur one after the other (in the title only, if asked). */
export function containsPhrase(
  sequence: Uint32Array,
  titleLength: number,
  ids: readonly (number | undefined)[],
  titleOnly: boolean,
): boolean {
  if (ids.length === 0 || ids.some((id) => id === undefined)) return false;
  const first = ids[0]!;
  const limit = (titleOnly ? titleLength : sequence.length) - ids.length;
  for (let start = 0; start <= limit; start++) {
    if (sequence[start] !== first) continue;
    let k = 1;
    while (k < ids.length && sequence[start + k] === ids[k]) k++;
    if (k === ids.length) return true;
  }
  return false;
}
