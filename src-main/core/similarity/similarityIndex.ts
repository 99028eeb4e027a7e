import { FingerprintPostings, MAX_DOCUMENT_NUMBER } from './fingerprintPostings';
import { keywordCosine, keywordVector, type KeywordVector } from './keywordVector';
import { countShared, countSharedPassages } from './sharedText';
import { distinctShingles, shingleSequence, shinglesInto, SHINGLE_WORDS } from './shingles';
import { NearestNeighbours } from './nearestNeighbours';
import { LeaderGroups } from './leaderGroups';
import { winnow } from './winnow';
import { float32Slab, uint32Slab } from '../search/arraySlab';

export interface SimilarityIndexOptions {
  /**
   * A document's words as stem hashes in reading order, boilerplate as WORD_BREAK. The index keeps
   * only signatures; exact shares of text are computed from the words of the few candidates.
   */
  wordsOf: (id: string) => Uint32Array | undefined;
}

/** What the index keeps of a document: small, and enough to find its candidates. */
export interface SimilaritySignature {
  /** Winnowed shingle hashes, ascending (see `winnow`). */
  fingerprints: Uint32Array;
  keywords: KeywordVector;
}

export interface SimilarMatch {
  id: string;
  /** 1 − (1 − textShare)(1 − vocabularyShare): high when either is, higher when both are. */
  similarity: number;
  /** Share of the queried report's distinct shingles (five-word runs) that this report contains. */
  textShare: number;
  /** Cosine of the two reports' keyword vectors. */
  vocabularyShare: number;
  sharedPassages: number;
}

export interface ClusterOptions {
  /** Least combined similarity of a link (default DEFAULT_CLUSTER_SIMILARITY). */
  minSimilarity?: number;
  /** Reports further apart than this many days are not linked (undated reports link to any). */
  days?: number;
}

export const DEFAULT_CLUSTER_SIMILARITY = 0.3;
/** A signature term listed under more documents than this is a stock phrase or word, not evidence. */
const MAX_POSTING_DOCUMENTS = 1_000;
/**
 * The same for clustering, where every document is a query and long lists would cost seconds: a
 * word in more reports than this names a topic (a country, a club), not one story.
 */
const MAX_CLUSTER_POSTING_DOCUMENTS = 150;
/** Candidates by shared fingerprints, then by shared keywords, whose exact similarity `similar` computes. */
const TEXT_CANDIDATES = 200;
const VOCABULARY_CANDIDATES = 100;
/**
 * Reports reusing a passage this long (the length winnowing is sure to find) come before reports
 * that share only vocabulary, whatever their shares: text taken from a report is the stronger tie,
 * and in a long report a reused paragraph is a small share that topical neighbours would outrank
 * (on ANT, a tenth of the pairs sharing a 25-word passage fell out of the top 10 that way).
 * Among themselves they are ordered by how much of the report's text they share, not by the
 * combined similarity: in a story covered by many outlets every report shares the names, so the
 * vocabulary share lifted reports reusing a sentence or two above the one that took a paragraph
 * (on ANT, 3.6 % of 25-word reuse pairs missed the top 10 that way; by text share, 2.0 %).
 */
const REUSE_PASSAGE_WORDS = 12;
/** Fewer shared shingles than this (a 6-word phrase) is chance, not reused text. */
const MIN_SHARED_SHINGLES = 2;
/** For cluster links: at least a shared passage of MIN_PASSAGE_WORDS words (8 − 5 + 1 shingles). */
const MIN_LINK_SHINGLES = 4;
/** Reports sharing this much of the shorter one's text are copies: they link without the mutual test. */
const NEAR_DUPLICATE_SHARE = 0.5;
/** How many nearest reports of each count for the mutual-neighbour test of a cluster link. */
const CLUSTER_NEIGHBOURS = 5;
/** A cluster link by vocabulary alone needs this many shared keywords. */
const MIN_LINK_KEYWORDS = 3;
/** Links weighed between two steps of `clusterSteps`: each may compare two reports' texts. */
const LINKS_A_STEP = 256;
/**
 * Additions (in postings) tolerated outside the sorted base before it is rebuilt: as many as the
 * base holds, so a bulk import rebuilds a logarithmic number of times (about twice its final size
 * sorted in all), and the map of recent additions never outgrows the base.
 */
const MIN_PENDING_BEFORE_REBUILD = 100_000;
const PENDING_SHARE_BEFORE_REBUILD = 1;

/** Combines the two shares as independent evidence. */
export function combineShares(textShare: number, vocabularyShare: number): number {
  return 1 - (1 - textShare) * (1 - vocabularyShare);
}

/** What a story link weighs of a report: its distinct shingles (`distinctShingles`) and keywords. */
export interface StoryLinkSide {
  shingles: Uint32Array | undefined;
  keywords: KeywordVector;
}

/**
 * How alike two reports are for a story cluster: the combined similarity, with the text share
 * taken of the shorter report (so that a report reprinted inside a longer one links) and counted
 * only from a shared passage of MIN_PASSAGE_WORDS words on.
 */
export function storyLink(a: StoryLinkSide, b: StoryLinkSide): { similarity: number; textShare: number } {
  const shared = a.shingles && b.shingles ? countShared(a.shingles, b.shingles) : 0;
  const shorter = a.shingles && b.shingles ? Math.min(a.shingles.length, b.shingles.length) : 0;
  const textShare = shared >= MIN_LINK_SHINGLES && shorter > 0 ? shared / shorter : 0;
  return { similarity: combineShares(textShare, keywordCosine(a.keywords, b.keywords)), textShare };
}

/** The shingles of the report being signed, kept from report to report (see `shinglesInto`). */
let signingShingles = new Uint32Array(4096);

/** A document's signature from its word hashes. */
export function signatureOf(words: Uint32Array): SimilaritySignature {
  if (signingShingles.length < words.length) signingShingles = new Uint32Array(words.length);
  return { fingerprints: winnow(shinglesInto(words, signingShingles)), keywords: keywordVector(words) };
}

/**
 * Similar reports and story clusters over a corpus. Two signatures per document, each in an
 * inverted index of typed arrays: winnowed shingle fingerprints find reused text (a shared passage
 * of 12 words or more is guaranteed to share one; see `winnow` for why not MinHash), keyword
 * vectors find independent reports of the same story. Candidates from both are scored exactly.
 * Documents are numbered as they come; a replaced document gets a new number, so the postings of
 * its old text are skipped until the next rebuild.
 */
export class SimilarityIndex {
  private readonly wordsOf: (id: string) => Uint32Array | undefined;
  private ids: (string | undefined)[] = [];
  private signatures: (SimilaritySignature | undefined)[] = [];
  private days: (number | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private fingerprintPostings = new FingerprintPostings();
  private keywordPostings = new FingerprintPostings();
  private deadPostings = 0;
  private votes = new Uint16Array(0);
  /** Where signatures computed here are kept, three small arrays a report (see ArraySlab). */
  private uint32s = uint32Slab();
  private float32s = float32Slab();

  constructor(options: SimilarityIndexOptions) {
    this.wordsOf = options.wordsOf;
  }

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Indexes (or re-indexes) a document from its word hashes; `day` is its `dayNumber`. */
  add(id: string, words: Uint32Array, day?: number): void {
    this.addSignature(id, this.kept(signatureOf(words)), day);
  }

  /** A copy of `signature` in this index's slabs. */
  private kept(signature: SimilaritySignature): SimilaritySignature {
    const { fingerprints, keywords } = signature;
    return {
      fingerprints: this.uint32s.copyOf(fingerprints),
      keywords: { terms: this.uint32s.copyOf(keywords.terms), weights: this.float32s.copyOf(keywords.weights) },
    };
  }

  /** Indexes a document from a signature computed earlier (a persisted snapshot). */
  addSignature(id: string, signature: SimilaritySignature, day?: number): void {
    this.remove(id);
    if (this.ids.length > MAX_DOCUMENT_NUMBER) this.rebuild();
    const number = this.ids.length;
    this.ids.push(id);
    this.signatures.push(signature);
    this.days.push(day);
    this.numbers.set(id, number);
    this.fingerprintPostings.add(number, signature.fingerprints);
    this.keywordPostings.add(number, signature.keywords.terms);
  }

  remove(id: string): boolean {
    const number = this.numbers.get(id);
    if (number === undefined) return false;
    const signature = this.signatures[number];
    this.deadPostings += (signature?.fingerprints.length ?? 0) + (signature?.keywords.terms.length ?? 0);
    this.ids[number] = undefined;
    this.signatures[number] = undefined;
    this.days[number] = undefined;
    this.numbers.delete(id);
    return true;
  }

  /** Every document with its day and signature, in indexing order (what a snapshot stores). */
  *entries(): Generator<{ id: string; day: number | undefined; signature: SimilaritySignature }> {
    for (let number = 0; number < this.ids.length; number++) {
      const id = this.ids[number];
      const signature = this.signatures[number];
      if (id !== undefined && signature) yield { id, day: this.days[number], signature };
    }
  }

  /** The reports most similar to `id`, best first; undefined when `id` is not indexed. */
  similar(id: string, limit: number): SimilarMatch[] | undefined {
    this.maintain();
    const number = this.numbers.get(id);
    const words = this.wordsOf(id);
    const signature = number === undefined ? undefined : this.signatures[number];
    if (number === undefined || !words || !signature) return undefined;
    const candidates = new Set<number>();
    const accepts = (document: number) => document !== number;
    const byText = this.voted(
      this.fingerprintPostings,
      this.ids,
      signature.fingerprints,
      MAX_POSTING_DOCUMENTS,
      accepts,
    );
    for (const { document } of byText.slice(0, TEXT_CANDIDATES)) candidates.add(document);
    const byWords = this.voted(
      this.keywordPostings,
      this.ids,
      signature.keywords.terms,
      MAX_POSTING_DOCUMENTS,
      accepts,
    );
    for (const { document } of byWords.slice(0, VOCABULARY_CANDIDATES)) candidates.add(document);
    const sequence = shingleSequence(words);
    const own = distinctShingles(sequence);
    const scored: (SimilarMatch & { others: Uint32Array; reuses: boolean })[] = [];
    for (const candidate of candidates) {
      const candidateId = this.ids[candidate]!;
      const theirWords = this.wordsOf(candidateId);
      const theirSignature = this.signatures[candidate];
      if (!theirWords || !theirSignature) continue;
      const others = distinctShingles(shingleSequence(theirWords));
      const shared = countShared(own, others);
      const textShare = shared >= MIN_SHARED_SHINGLES && own.length > 0 ? shared / own.length : 0;
      const vocabularyShare = keywordCosine(signature.keywords, theirSignature.keywords);
      const similarity = combineShares(textShare, vocabularyShare);
      if (similarity <= 0) continue;
      const reuses =
        shared >= REUSE_PASSAGE_WORDS - SHINGLE_WORDS + 1 &&
        countSharedPassages(sequence, others, REUSE_PASSAGE_WORDS) > 0;
      scored.push({ id: candidateId, similarity, textShare, vocabularyShare, sharedPassages: 0, others, reuses });
    }
    scored.sort(
      (a, b) =>
        Number(b.reuses) - Number(a.reuses) ||
        (a.reuses ? b.textShare - a.textShare : 0) ||
        b.similarity - a.similarity ||
        b.textShare - a.textShare ||
        (a.id < b.id ? -1 : 1),
    );
    return scored.slice(0, limit).map(({ others, reuses: _reuses, ...match }) => ({
      ...match,
      sharedPassages: countSharedPassages(sequence, others),
    }));
  }

  /**
   * Story clusters: groups of two or more reports, each linked to another of its group with a
   * combined similarity of at least `minSimilarity` (the text share taken of the shorter report,
   * so that a report reprinted inside a longer one links), within `days` when given. Plain
   * threshold links chain: on ANT, topics full of recurring names (a league, a war) merged a
   * third of the corpus into one component. So a link by vocabulary must be mutual, each report
   * among the other's CLUSTER_NEIGHBOURS most similar; copies (most of the shorter text shared)
   * link outright. Mutual links chain too (1,849 economy reports over nine months made one group),
   * so links join groups strongest first, and only when the groups' leaders are alike as well
   * (`LeaderGroups`): of two reports drawn from one cluster, 70 % are alike, against 34 % before.
   */
  clusters(options: ClusterOptions = {}): string[][] {
    const steps = this.clusterSteps(options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `clusters` one report at a time: each step reads or links one report, so that the caller can
   * answer other requests between steps (over ANT the whole takes seconds, and a search typed
   * meanwhile must not wait for it). The steps work on the index as it was at the first step:
   * documents added or removed meanwhile count from the next call on.
   */
  *clusterSteps(options: ClusterOptions = {}): Generator<void, string[][], void> {
    const minSimilarity = options.minSimilarity ?? DEFAULT_CLUSTER_SIMILARITY;
    this.renumberDensely();
    // Copies: an import or removal between two steps changes the index's own arrays.
    const ids = this.ids.slice();
    const signatures = this.signatures.slice();
    const days = this.days.slice();
    const fingerprintPostings = this.fingerprintPostings;
    const keywordPostings = this.keywordPostings;
    const count = ids.length;
    const distinct: (Uint32Array | undefined)[] = [];
    for (const id of ids) {
      const words = id === undefined ? undefined : this.wordsOf(id);
      distinct.push(words ? distinctShingles(shingleSequence(words)) : undefined);
      yield;
    }
    const compare = (a: number, b: number) =>
      storyLink(
        { shingles: distinct[a], keywords: signatures[a]!.keywords },
        { shingles: distinct[b], keywords: signatures[b]!.keywords },
      );
    const links: { a: number; b: number; similarity: number }[] = [];
    const neighbours = new NearestNeighbours(count, CLUSTER_NEIGHBOURS);
    for (let number = 0; number < count; number++) {
      const signature = signatures[number];
      if (!signature) continue;
      const day = days[number];
      const accepts = (other: number): boolean => {
        if (other <= number) return false;
        if (options.days === undefined || day === undefined) return true;
        const otherDay = days[other];
        return otherDay === undefined || Math.abs(otherDay - day) <= options.days;
      };
      const candidates = new Set<number>();
      const limit = MAX_CLUSTER_POSTING_DOCUMENTS;
      const byText = this.voted(fingerprintPostings, ids, signature.fingerprints, limit, accepts);
      for (const { document, votes } of byText) {
        // Winnowing keeps a similar share of every text, so a share of fingerprints far below the
        // threshold means a share of shingles below it too: those pairs skip the exact count.
        const theirs = signatures[document]!.fingerprints.length;
        if (votes >= 0.5 * minSimilarity * Math.min(signature.fingerprints.length, theirs)) candidates.add(document);
      }
      const byWords = this.voted(keywordPostings, ids, signature.keywords.terms, limit, accepts);
      for (const { document, votes } of byWords) if (votes >= MIN_LINK_KEYWORDS) candidates.add(document);
      for (const document of candidates) {
        const { similarity, textShare } = compare(number, document);
        if (similarity < minSimilarity) continue;
        if (textShare >= NEAR_DUPLICATE_SHARE) links.push({ a: number, b: document, similarity });
        else neighbours.offer(number, document, similarity);
      }
      yield;
    }
    neighbours.forEachMutual((a, b, similarity) => links.push({ a, b, similarity }));
    // Strongest links first, so that a group's leader is a report its closest members are alike.
    links.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
    const groups = new LeaderGroups(count, (a, b) => compare(a, b).similarity >= minSimilarity);
    for (let link = 0; link < links.length; link++) {
      groups.join(links[link]!.a, links[link]!.b);
      if (link % LINKS_A_STEP === LINKS_A_STEP - 1) yield;
    }
    const members = new Map<number, string[]>();
    for (let number = 0; number < count; number++) {
      const id = ids[number];
      if (id === undefined) continue;
      const root = groups.find(number);
      const list = members.get(root);
      if (list) list.push(id);
      else members.set(root, [id]);
    }
    return [...members.values()].filter((group) => group.length >= 2);
  }

  /** Documents sharing a signature term with `terms` (accepted by `accepts`), most shared first. */
  private voted(
    postings: FingerprintPostings,
    ids: readonly (string | undefined)[],
    terms: Uint32Array,
    maxDocuments: number,
    accepts: (document: number) => boolean,
  ): { document: number; votes: number }[] {
    if (this.votes.length < ids.length) this.votes = new Uint16Array(Math.max(1024, ids.length * 2));
    const votes = this.votes;
    const touched: number[] = [];
    for (const term of terms) {
      postings.visit(term, maxDocuments, (document) => {
        // Documents numbered after `ids` was taken are not in this question's corpus.
        if (document >= ids.length || ids[document] === undefined || !accepts(document)) return;
        if (votes[document] === 0) touched.push(document);
        if (votes[document]! < 0xffff) votes[document] = votes[document]! + 1;
      });
    }
    const voted = touched.map((document) => ({ document, votes: votes[document]! }));
    for (const document of touched) votes[document] = 0;
    return voted.sort((a, b) => b.votes - a.votes || a.document - b.document);
  }

  /** Folds recent additions into the sorted postings once they rival them; cheap otherwise. */
  maintain(): void {
    const base = this.fingerprintPostings.baseSize + this.keywordPostings.baseSize;
    const pending = this.fingerprintPostings.pendingAdditions + this.keywordPostings.pendingAdditions;
    const limit = Math.max(MIN_PENDING_BEFORE_REBUILD, PENDING_SHARE_BEFORE_REBUILD * base);
    if (pending > limit || this.deadPostings > limit) this.rebuild();
  }

  /**
   * Rebuilds unless the numbers are already dense and every posting sorted, which is the same
   * (after a snapshot is opened, or a previous call): sorting the postings of ANT costs a second.
   */
  private renumberDensely(): void {
    const pending = this.fingerprintPostings.pendingAdditions + this.keywordPostings.pendingAdditions;
    if (pending > 0 || this.numbers.size !== this.ids.length) this.rebuild();
  }

  /** Renumbers the live documents densely and rebuilds the sorted postings from them. */
  private rebuild(): void {
    const live = [...this.entries()];
    const someDropped = live.length < this.ids.length;
    this.ids = live.map((entry) => entry.id);
    if (someDropped) {
      // Copied into new slabs, so that the buffers of the signatures dropped can be freed.
      this.uint32s = uint32Slab();
      this.float32s = float32Slab();
    }
    this.signatures = live.map((entry) => (someDropped ? this.kept(entry.signature) : entry.signature));
    this.days = live.map((entry) => entry.day);
    this.numbers.clear();
    live.forEach((entry, number) => this.numbers.set(entry.id, number));
    this.fingerprintPostings = new FingerprintPostings();
    this.fingerprintPostings.rebuild(this.signatures.map((signature) => signature?.fingerprints));
    this.keywordPostings = new FingerprintPostings();
    this.keywordPostings.rebuild(this.signatures.map((signature) => signature?.keywords.terms));
    this.deadPostings = 0;
  }
}
