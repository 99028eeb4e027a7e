import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  dayNumber,
  packSimilarity,
  SimilarityIndex,
  unpackSimilarity,
  type ClusterOptions,
  type SimilarMatch,
} from '../../core/similarity';
import { runInTurns } from '../eventLoopTurns';
import { clusterOptionsKey } from './savedClusters';
import { writeFileDurably } from '../persistence';
import { TermStemHashes, type IndexedTerms } from './termStemHashes';

/** The signatures' file, inside the search index's folder: a cache of the library like the index. */
export const SIGNATURES_FILE = 'similarity.bin';

export interface SignedDocument {
  id: string;
  date?: string;
}

/**
 * Similarity signatures beside the search index, in the search worker: built from the index's term
 * sequences as documents are indexed (no second analysis of the text), persisted with the index
 * under the same corpus fingerprint, and rebuilt from the sequences only when the file is missing,
 * damaged, of another version or of another corpus.
 */
export class SimilarityHost {
  private readonly stems: TermStemHashes;
  private similarity: SimilarityIndex;
  /**
   * Clusters asked for (or being computed) since the signatures last changed, by their options:
   * every page load of the empty reader asks for them again, and over ANT they take seconds.
   */
  private clustersByOptions = new Map<string, Promise<string[][]>>();

  constructor(searchIndex: () => IndexedTerms) {
    this.stems = new TermStemHashes(searchIndex);
    this.similarity = this.emptyIndex();
  }

  private emptyIndex(): SimilarityIndex {
    return new SimilarityIndex({ wordsOf: (id) => this.stems.wordsOf(id) });
  }

  /** Takes the persisted signatures when they match `fingerprint`, else signs every document again. */
  async open(params: {
    indexDir: string;
    fingerprint: string;
    /** Every document, for signing them again; a function when listing them has a cost. */
    documents: SignedDocument[] | (() => SignedDocument[]);
  }): Promise<'snapshot' | 'rebuilt'> {
    this.reset();
    const snapshot = await readFile(join(params.indexDir, SIGNATURES_FILE))
      .then((bytes) => unpackSimilarity(bytes))
      // Missing, damaged or outdated signatures only cost a rebuild: they are a cache.
      .catch(() => undefined);
    if (snapshot?.fingerprint === params.fingerprint) {
      const similarity = this.similarity;
      await runInTurns(
        (function* () {
          for (const { id, day, signature } of snapshot.documents) {
            similarity.addSignature(id, signature, day);
            yield;
          }
        })(),
      );
      this.similarity.maintain();
      return 'snapshot';
    }
    this.update(typeof params.documents === 'function' ? params.documents() : params.documents);
    await this.persist(params);
    return 'rebuilt';
  }

  /** Forgets every signature, for a search index that is replaced (its term numbers change). */
  reset(): void {
    this.stems.reset();
    this.similarity = this.emptyIndex();
    this.clustersByOptions.clear();
  }

  /**
   * Signs documents just (re-)indexed in the search index, replacing their old signatures. Their
   * postings wait outside the sorted base until a question needs them sorted, or `settle`: a bulk
   * import sends thousands of batches, and folding them in as they came rebuilt the base a
   * logarithmic number of times (twice the final postings sorted, a second of ANT's import).
   * Questions asked meanwhile see them all the same (`FingerprintPostings.visit`).
   */
  update(documents: SignedDocument[]): void {
    for (const document of documents) {
      // Read once by `add`, which keeps only the signature computed from them.
      const words = this.stems.wordsToSign(document.id);
      if (words) this.similarity.add(document.id, words, dayNumber(document.date));
      else this.similarity.remove(document.id);
    }
    this.clustersByOptions.clear();
  }

  /** Folds the signatures added since the last question into the sorted postings, nobody waiting. */
  settle(): void {
    this.similarity.maintain();
  }

  remove(ids: string[]): void {
    for (const id of ids) this.similarity.remove(id);
    this.clustersByOptions.clear();
  }

  async persist(params: { indexDir: string; fingerprint: string }): Promise<void> {
    await writeFileDurably(join(params.indexDir, SIGNATURES_FILE), packSimilarity(this.similarity, params.fingerprint));
  }

  /** A document's words as the signatures see them (stem hashes, boilerplate as breaks). */
  wordsOf(id: string): Uint32Array | undefined {
    return this.stems.wordsOf(id);
  }

  get size(): number {
    return this.similarity.size;
  }

  similar(params: { id: string; limit: number }): SimilarMatch[] | null {
    return this.similarity.similar(params.id, params.limit) ?? null;
  }

  /**
   * Story clusters, computed a few milliseconds at a time (`runInTurns`) so that the searches this
   * worker answers never wait behind them; the same question asked again before the signatures
   * change shares the answer.
   */
  clusters(params: ClusterOptions): Promise<string[][]> {
    const key = clusterOptionsKey(params);
    const known = this.clustersByOptions.get(key);
    if (known) return known;
    const computing = runInTurns(this.similarity.clusterSteps(params));
    const byOptions = this.clustersByOptions;
    byOptions.set(key, computing);
    // A failure is not kept: the next question computes them again. A change to the signatures
    // meanwhile has emptied the map already, so this answer, of the corpus before it, is not kept.
    computing.catch(() => {
      if (byOptions.get(key) === computing) byOptions.delete(key);
    });
    return computing;
  }
}
