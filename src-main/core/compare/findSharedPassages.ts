import type { SharedPassage } from './comparisonResult';
import type { PreparedDocument } from './preparedDocument';
import type { TokenCodes } from './tokenCodes';

export interface PassageOptions {
  /** Words in a seed (consecutive stems that must match exactly). */
  seedWords?: number;
  /** Passages with fewer matched words than this are not reported. */
  minWords?: number;
  /** The most words skipped on either side to carry a passage past a changed or inserted word. */
  maxGap?: number;
  /** A seed repeated more often than this within one report is too common to anchor anything. */
  maxSeedRepeats?: number;
}

/** A passage with its token ranges [from, to) per report (a report may hold it more than once). */
export interface PassageRanges {
  ranges: { document: number; from: number; to: number }[];
  words: number;
}

const SEED_WORDS = 3;
const MIN_WORDS = 3;
const MAX_GAP = 3;
const MAX_SEED_REPEATS = 4;
const MIX = 0x9e3779b1;

interface PairPassage {
  a: number;
  b: number;
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  matched: number;
}

/** Seeds of one report: the hash of each run of `n` stems → the runs' first tokens. */
function seedTable(stems: Int32Array, n: number): Map<number, number[]> {
  const table = new Map<number, number[]>();
  for (let i = 0; i + n <= stems.length; i++) {
    let hash = 0;
    for (let k = 0; k < n; k++) hash = (Math.imul(hash ^ stems[i + k]!, MIX) + k) | 0;
    let positions = table.get(hash);
    if (!positions) table.set(hash, (positions = []));
    positions.push(i);
  }
  return table;
}

function sameRun(a: Int32Array, i: number, b: Int32Array, j: number, n: number): boolean {
  if (i < 0 || j < 0 || i + n > a.length || j + n > b.length) return false;
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/**
 * Extends a seed match in one direction, word by word while the stems agree, and past a gap of
 * up to `maxGap` words on either side when two agreeing words follow it (a lone agreeing function
 * word is not enough to carry a passage on). Returns the last agreeing positions and the count.
 */
function extend(
  a: Int32Array,
  b: Int32Array,
  i: number,
  j: number,
  step: 1 | -1,
  maxGap: number,
): { i: number; j: number; matched: number } {
  let matched = 0;
  let lastI = i - step;
  let lastJ = j - step;
  const inA = (x: number) => x >= 0 && x < a.length;
  const inB = (y: number) => y >= 0 && y < b.length;
  for (;;) {
    if (inA(i) && inB(j) && a[i] === b[j]) {
      matched++;
      lastI = i;
      lastJ = j;
      i += step;
      j += step;
      continue;
    }
    let resumed = false;
    for (let total = 1; total <= 2 * maxGap && !resumed; total++) {
      for (let di = Math.max(0, total - maxGap); di <= Math.min(total, maxGap); di++) {
        const x = i + step * di;
        const y = j + step * (total - di);
        if (inA(x) && inB(y) && inA(x + step) && inB(y + step) && a[x] === b[y] && a[x + step] === b[y + step]) {
          i = x;
          j = y;
          resumed = true;
          break;
        }
      }
    }
    if (!resumed) return { i: lastI, j: lastJ, matched };
  }
}

function pairPassages(
  a: Int32Array,
  b: Int32Array,
  seedsA: Map<number, number[]>,
  seedsB: Map<number, number[]>,
  n: number,
  options: Required<PassageOptions>,
): Omit<PairPassage, 'a' | 'b'>[] {
  const matches: [number, number][] = [];
  for (const [hash, positionsA] of seedsA) {
    const positionsB = seedsB.get(hash);
    if (!positionsB || positionsA.length > options.maxSeedRepeats || positionsB.length > options.maxSeedRepeats)
      continue;
    for (const p of positionsA) for (const q of positionsB) if (sameRun(a, p, b, q, n)) matches.push([p, q]);
  }
  matches.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const passages: Omit<PairPassage, 'a' | 'b'>[] = [];
  for (const [p, q] of matches) {
    // A seed inside a passage already found on the same pairing is part of it.
    if (passages.some((found) => p >= found.aFrom && p < found.aTo && q >= found.bFrom && q < found.bTo)) continue;
    const right = extend(a, b, p, q, 1, options.maxGap);
    const left = extend(a, b, p - 1, q - 1, -1, options.maxGap);
    const matched = right.matched + left.matched;
    if (matched < options.minWords) continue;
    passages.push({ aFrom: left.i, aTo: right.i + 1, bFrom: left.j, bTo: right.j + 1, matched });
  }
  return passages;
}

/**
 * Passages the reports share (text reuse), found as passim and TextPAIR do: runs of `seedWords`
 * stems that match exactly are the seeds, each extended to a maximal span across small gaps.
 * Passages found between different pairs of reports that overlap in one report merge, so a
 * passage lists its span in every report that holds it. Boilerplate has no tokens here at all.
 */
export function findSharedPassages(
  documents: readonly PreparedDocument[],
  codes: TokenCodes,
  options: PassageOptions = {},
): PassageRanges[] {
  const settings: Required<PassageOptions> = {
    seedWords: options.seedWords ?? SEED_WORDS,
    minWords: options.minWords ?? MIN_WORDS,
    maxGap: options.maxGap ?? MAX_GAP,
    maxSeedRepeats: options.maxSeedRepeats ?? MAX_SEED_REPEATS,
  };
  const n = settings.seedWords;
  const seeds = codes.stems.map((stems) => seedTable(stems, n));
  const found: PairPassage[] = [];
  for (let a = 0; a < documents.length; a++) {
    for (let b = a + 1; b < documents.length; b++) {
      for (const passage of pairPassages(codes.stems[a]!, codes.stems[b]!, seeds[a]!, seeds[b]!, n, settings)) {
        found.push({ a, b, ...passage });
      }
    }
  }
  return mergeAcrossPairs(found);
}

function mergeAcrossPairs(found: PairPassage[]): PassageRanges[] {
  const parent = found.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const ranges = (passage: PairPassage) => [
    { document: passage.a, from: passage.aFrom, to: passage.aTo },
    { document: passage.b, from: passage.bFrom, to: passage.bTo },
  ];
  // Sweep each report's ranges in order: overlapping ranges belong to one passage.
  const byDocument = new Map<number, { from: number; to: number; passage: number }[]>();
  found.forEach((passage, index) => {
    for (const range of ranges(passage)) {
      let list = byDocument.get(range.document);
      if (!list) byDocument.set(range.document, (list = []));
      list.push({ from: range.from, to: range.to, passage: index });
    }
  });
  for (const list of byDocument.values()) {
    list.sort((x, y) => x.from - y.from);
    let reach = -1;
    let owner = -1;
    for (const range of list) {
      if (range.from < reach) parent[root(range.passage)] = root(owner);
      if (range.to > reach) {
        reach = range.to;
        owner = range.passage;
      }
    }
  }
  const components = new Map<number, PairPassage[]>();
  found.forEach((passage, index) => {
    const r = root(index);
    let members = components.get(r);
    if (!members) components.set(r, (members = []));
    members.push(passage);
  });
  const passages: PassageRanges[] = [];
  for (const members of components.values()) {
    const merged: { document: number; from: number; to: number }[] = [];
    const all = members.flatMap(ranges).sort((x, y) => x.document - y.document || x.from - y.from);
    for (const range of all) {
      const last = merged[merged.length - 1];
      if (last && last.document === range.document && range.from < last.to) last.to = Math.max(last.to, range.to);
      else merged.push({ ...range });
    }
    passages.push({ ranges: merged, words: Math.max(...members.map((member) => member.matched)) });
  }
  passages.sort((x, y) => x.ranges[0]!.document - y.ranges[0]!.document || x.ranges[0]!.from - y.ranges[0]!.from);
  return passages;
}

/** The report that published first, when the passage's reports carry dates and one is earliest. */
function firstPublisher(documents: readonly PreparedDocument[], holders: number[]): string | undefined {
  const dated = holders
    .map((document) => ({ document, time: Date.parse(documents[document]!.date ?? '') }))
    .filter((entry) => !Number.isNaN(entry.time))
    .sort((x, y) => x.time - y.time);
  if (dated.length < 2 || dated[0]!.time === dated[1]!.time) return undefined;
  return documents[dated[0]!.document]!.id;
}

/** The passages as the contract gives them: character spans per report, and who published first. */
export function passagesAsSpans(documents: readonly PreparedDocument[], passages: PassageRanges[]): SharedPassage[] {
  return passages.map((passage) => {
    const holders = [...new Set(passage.ranges.map((range) => range.document))];
    const firstDocId = firstPublisher(documents, holders);
    const spans = passage.ranges.map((range) => {
      const document = documents[range.document]!;
      return { docId: document.id, start: document.tokens[range.from]!.start, end: document.tokens[range.to - 1]!.end };
    });
    return firstDocId === undefined ? { spans, words: passage.words } : { spans, firstDocId, words: passage.words };
  });
}
