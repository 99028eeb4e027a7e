import { longestInOrderChain } from './longestInOrderChain';
import { sentenceSimilarity, type SentenceFeatures } from './sentenceFeatures';

/** A sentence of one compared report: the report's column and the sentence's index in it. */
export interface SentenceRef {
  document: number;
  sentence: number;
}

export interface SentenceGroup {
  /** In column order, at most one per report. */
  members: SentenceRef[];
  moved: boolean;
  similarity: number;
}

export interface AlignOptions {
  /** The column the others are measured against. */
  base: number;
  /** Pairs less alike than this are not aligned. */
  threshold?: number;
}

/** Agreed on the seeds and on perturbed ANT articles: rewordings of one sentence score above it. */
export const DEFAULT_ALIGNMENT_THRESHOLD = 0.3;

/** The share of the shorter sentence's distinct stems that a candidate pair must have in common. */
const MIN_SHARED_STEMS = 0.2;

interface Edge {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Candidate pairs between two reports: sentences that share at least two of the less common
 * stems, found through an inverted index rather than by scoring every pair of sentences.
 */
function candidatePairs(left: SentenceFeatures[], right: SentenceFeatures[]): [number, number][] {
  const postings = new Map<number, number[]>();
  right.forEach((features, sentence) => {
    for (const stem of features.stems) {
      let list = postings.get(stem);
      if (!list) postings.set(stem, (list = []));
      list.push(sentence);
    }
  });
  const common = Math.max(4, Math.ceil(right.length * 0.25));
  const counts = new Int32Array(right.length);
  const touched: number[] = [];
  const pairs: [number, number][] = [];
  left.forEach((features, sentence) => {
    for (const stem of features.stems) {
      const list = postings.get(stem);
      if (!list || list.length > common) continue;
      for (const other of list) {
        const seen = counts[other] ?? 0;
        counts[other] = seen + 1;
        if (seen === 0) touched.push(other);
      }
    }
    const needed = Math.min(2, features.stems.length);
    for (const other of touched) {
      // Sentences sharing under a fifth of the shorter one's stems cannot reach the threshold.
      const enough = Math.max(needed, MIN_SHARED_STEMS * Math.min(features.stems.length, right[other]!.stems.length));
      if (counts[other]! >= enough) pairs.push([sentence, other]);
      counts[other] = 0;
    }
    touched.length = 0;
  });
  return pairs;
}

/**
 * Aligns the sentences of 2 to 4 reports regardless of order: every pair of reports is matched
 * one to one, best pairs first, and pairs that share a sentence join into one group holding at
 * most one sentence of each report. A group is moved when one of its pairs lies outside the
 * longest in-order chain between its reference report (the base, when the group has it) and the other.
 */
export function alignSentences(features: SentenceFeatures[][], options: AlignOptions): SentenceGroup[] {
  const threshold = options.threshold ?? DEFAULT_ALIGNMENT_THRESHOLD;
  const offsets: number[] = [];
  let nodeCount = 0;
  for (const sentences of features) {
    offsets.push(nodeCount);
    nodeCount += sentences.length;
  }
  const edges: Edge[] = [];
  for (let d = 0; d < features.length; d++) {
    for (let e = d + 1; e < features.length; e++) {
      for (const [a, b] of candidatePairs(features[d]!, features[e]!)) {
        const similarity = sentenceSimilarity(features[d]![a]!, features[e]![b]!);
        if (similarity >= threshold) edges.push({ a: offsets[d]! + a, b: offsets[e]! + b, similarity });
      }
    }
  }
  edges.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);

  const documentOf = new Int8Array(nodeCount);
  features.forEach((sentences, d) => documentOf.fill(d, offsets[d]!, offsets[d]! + sentences.length));
  const parent = Int32Array.from({ length: nodeCount }, (_, i) => i);
  const mask = Int32Array.from({ length: nodeCount }, (_, i) => 1 << documentOf[i]!);
  const similaritySum = new Float64Array(nodeCount);
  const edgeCount = new Int32Array(nodeCount);
  const root = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!;
    return node;
  };
  for (const edge of edges) {
    const a = root(edge.a);
    const b = root(edge.b);
    if (a === b || (mask[a]! & mask[b]!) !== 0) continue;
    parent[b] = a;
    mask[a]! |= mask[b]!;
    similaritySum[a] = similaritySum[a]! + similaritySum[b]! + edge.similarity;
    edgeCount[a] = edgeCount[a]! + edgeCount[b]! + 1;
  }

  const byRoot = new Map<number, SentenceRef[]>();
  for (let node = 0; node < nodeCount; node++) {
    const r = root(node);
    if (r === node && edgeCount[r] === 0) continue;
    let members = byRoot.get(r);
    if (!members) byRoot.set(r, (members = []));
    const document = documentOf[node]!;
    members.push({ document, sentence: node - offsets[document]! });
  }
  const groups: SentenceGroup[] = [];
  for (const [r, members] of byRoot) {
    members.sort((x, y) => x.document - y.document);
    groups.push({ members, moved: false, similarity: Math.min(1, similaritySum[r]! / edgeCount[r]!) });
  }
  markMoved(groups, options.base);
  const baseSentence = (group: SentenceGroup) =>
    group.members.find((m) => m.document === options.base)?.sentence ?? Infinity;
  groups.sort(
    (x, y) =>
      baseSentence(x) - baseSentence(y) ||
      x.members[0]!.document - y.members[0]!.document ||
      x.members[0]!.sentence - y.members[0]!.sentence,
  );
  return groups;
}

/** The group's reference report: the base when it has a sentence there, else its first column. */
export function referenceOf(group: SentenceGroup, base: number): SentenceRef {
  return group.members.find((member) => member.document === base) ?? group.members[0]!;
}

function markMoved(groups: SentenceGroup[], base: number): void {
  const chains = new Map<string, { group: SentenceGroup; from: number; to: number }[]>();
  for (const group of groups) {
    const reference = referenceOf(group, base);
    for (const member of group.members) {
      if (member === reference) continue;
      const key = `${reference.document}:${member.document}`;
      let pairs = chains.get(key);
      if (!pairs) chains.set(key, (pairs = []));
      pairs.push({ group, from: reference.sentence, to: member.sentence });
    }
  }
  for (const pairs of chains.values()) {
    pairs.sort((x, y) => x.from - y.from);
    const inOrder = longestInOrderChain(pairs.map((pair) => pair.to));
    pairs.forEach((pair, i) => {
      if (!inOrder.has(i)) pair.group.moved = true;
    });
  }
}
