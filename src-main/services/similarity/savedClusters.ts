import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClusterOptions } from '../../core/similarity';
import { writeFileDurably } from '../persistence';

/** Story clusters as last computed, inside the search index's folder: a cache of the library like the index. */
export const CLUSTERS_FILE = 'clusters.json';

/**
 * Raised when the same corpus would cluster differently, so that answers saved by an older Qarin
 * are computed again. 2: groups join only when their leaders are alike (`LeaderGroups`).
 */
export const SAVED_CLUSTERS_VERSION = 2;

interface SavedClusters {
  version: number;
  /** The corpus the clusters were computed from (see `corpusFingerprint`). */
  fingerprint: string;
  /** Id groups by `clusterOptionsKey`. */
  answers: Record<string, string[][]>;
}

/** One key for each distinct question: defaults left out, as `compare.clusters` leaves them. */
export function clusterOptionsKey(options: ClusterOptions): string {
  return JSON.stringify([options.minSimilarity ?? null, options.days ?? null]);
}

async function readSaved(indexDir: string): Promise<SavedClusters | undefined> {
  try {
    const saved = JSON.parse(await readFile(join(indexDir, CLUSTERS_FILE), 'utf8')) as Partial<SavedClusters>;
    const wellFormed =
      saved.version === SAVED_CLUSTERS_VERSION &&
      typeof saved.fingerprint === 'string' &&
      typeof saved.answers === 'object' &&
      saved.answers !== null &&
      Object.values(saved.answers).every(
        (groups) =>
          Array.isArray(groups) &&
          groups.every((group) => Array.isArray(group) && group.every((id) => typeof id === 'string')),
      );
    return wellFormed ? (saved as SavedClusters) : undefined;
  } catch {
    // Missing or damaged: the clusters are computed again, as they are a cache.
    return undefined;
  }
}

/**
 * The clusters saved for this corpus and question, if any: over ANT computing them takes seconds
 * of the search worker and the signatures' memory, at every start, for the same answer.
 */
export async function readSavedClusters(
  indexDir: string,
  fingerprint: string,
  options: ClusterOptions,
): Promise<string[][] | undefined> {
  const saved = await readSaved(indexDir);
  return saved?.fingerprint === fingerprint ? saved.answers[clusterOptionsKey(options)] : undefined;
}

/** Saves one answer beside the others of the same corpus; the answers of another corpus are dropped. */
export async function saveClusters(
  indexDir: string,
  fingerprint: string,
  options: ClusterOptions,
  groups: string[][],
): Promise<void> {
  const saved = await readSaved(indexDir);
  const answers = saved?.fingerprint === fingerprint ? saved.answers : {};
  answers[clusterOptionsKey(options)] = groups;
  const next: SavedClusters = { version: SAVED_CLUSTERS_VERSION, fingerprint, answers };
  await writeFileDurably(join(indexDir, CLUSTERS_FILE), JSON.stringify(next));
}
