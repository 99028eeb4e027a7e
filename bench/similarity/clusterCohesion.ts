import {
  DEFAULT_CLUSTER_SIMILARITY,
  distinctShingles,
  keywordVector,
  shingleSequence,
  storyLink,
  type StoryLinkSide,
} from '../../src-main/core/similarity';
import { seededRandom } from '../../tests/helpers/seededRandom';

/** Pairs drawn from one cluster at most: enough for a share, bounded for the clusters of hundreds. */
const PAIRS_A_CLUSTER = 300;

/**
 * How much a story cluster is one story: of two reports drawn from the same cluster, how often
 * they are alike enough to have been linked directly (combined similarity >= the default
 * threshold). Chained clusters, where each report is like the next but not like the rest, score
 * low. Every pair is counted in clusters of up to 25 reports, a seeded sample in larger ones.
 */
export function clusterCohesion(
  clusters: string[][],
  wordsOf: (id: string) => Uint32Array | undefined,
): { pairs: number; alikeShare: number } {
  const sides = new Map<string, StoryLinkSide>();
  const side = (id: string): StoryLinkSide => {
    let found = sides.get(id);
    if (!found) {
      const words = wordsOf(id) ?? new Uint32Array(0);
      found = { shingles: distinctShingles(shingleSequence(words)), keywords: keywordVector(words) };
      sides.set(id, found);
    }
    return found;
  };
  const random = seededRandom(11);
  let pairs = 0;
  let alike = 0;
  const weigh = (a: string, b: string) => {
    pairs++;
    if (storyLink(side(a), side(b)).similarity >= DEFAULT_CLUSTER_SIMILARITY) alike++;
  };
  for (const cluster of clusters) {
    const n = cluster.length;
    if ((n * (n - 1)) / 2 <= PAIRS_A_CLUSTER) {
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) weigh(cluster[i]!, cluster[j]!);
      continue;
    }
    for (let drawn = 0; drawn < PAIRS_A_CLUSTER; drawn++) {
      const i = Math.floor(random() * n);
      const j = (i + 1 + Math.floor(random() * (n - 1))) % n;
      weigh(cluster[i]!, cluster[j]!);
    }
  }
  return { pairs, alikeShare: pairs === 0 ? 0 : alike / pairs };
}
