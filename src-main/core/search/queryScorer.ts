import { inverseDocumentFrequency, saturationOfSlot } from './bm25';
import type {
  CompiledPhrase,
  CompiledPrefix,
  CompiledQuery,
  CompiledTerm,
  CompiledWord,
  ReadingOf,
} from './compiledQuery';
import { compileQuery, type CompileOptions } from './compileQuery';
import { DocumentScores } from './documentScores';
import type { IndexedCorpus, PostingSource } from './indexedCorpus';
import { documentFrequency, type SlottedPostings } from './slottedPostings';
import { PrefixExpansion } from './prefixExpansion';
import type { PostingUnions } from './postingUnions';
import { containsPhrase, proximityFeatures } from './proximity';
import { QueryMatcher } from './queryMatcher';
import { spellingsOf } from './stemSpellings';
import { TermMasks } from './termMasks';
import type { ParsedQuery } from './queryModel';
import {
  ADJACENT_BONUS,
  EXACT_ADJACENT_BONUS,
  EXACT_FULL_RUN_BONUS,
  EXACT_WEIGHT,
  FULL_RUN_BONUS,
  NEAR_BONUS,
  PHRASE_BONUS,
  PROXIMITY_WEIGHT_FLOOR,
  STEM_WEIGHT,
  TITLE_WEIGHT,
  TYPO_READING_WEIGHT,
} from './rankingWeights';

/** One query, compiled against the index, with what ranking and highlighting need. */
export interface PreparedQuery {
  compiled: CompiledQuery;
  matcher: QueryMatcher;
  expansions: PrefixExpansion;
  /** Per clause, how informative it is, weighing its proximity bonuses (set while scoring). */
  clauseWeights: number[];
}

/**
 * Scores documents for a query: BM25 per field from the postings (the exact form at full weight,
 * any spelling sharing its stem at STEM_WEIGHT), the sum over clauses, and the proximity bonus
 * that re-ranks the best candidates. Scratch score arrays are kept between queries; a scorer
 * serves one query at a time.
 */
export class QueryScorer {
  private readonly textScores = new DocumentScores();
  private readonly titleScores = new DocumentScores();
  private readonly termScores = new DocumentScores();
  private readonly phraseScores = new DocumentScores();
  private readonly phraseWords = new DocumentScores();
  private readonly unionScores = new DocumentScores();
  private readonly clauseScores = new DocumentScores();
  /** The term masks of the query being answered (see `QueryMatcher`), reused across queries. */
  private readonly masks = new TermMasks();

  /**
   * `unions` keeps the largest posting unions from query to query: only for a corpus that never
   * changes, as nothing tells it when postings do.
   */
  constructor(
    private readonly corpus: IndexedCorpus,
    private readonly unions?: PostingUnions,
  ) {}

  /** Makes the scratch arrays cover document numbers below `capacity`. */
  reserve(capacity: number): void {
    for (const scores of [
      this.textScores,
      this.titleScores,
      this.termScores,
      this.phraseScores,
      this.phraseWords,
      this.unionScores,
      this.clauseScores,
    ]) {
      scores.reserve(capacity);
    }
  }

  /** Documents containing the term (title or text). */
  private frequencyOfTerm = (term: string): number => {
    const id = this.corpus.vocabulary.idOf(term);
    return id === undefined ? 0 : this.corpus.documentCounts.term(id);
  };

  private frequencyOfTermId = (id: number): number => this.corpus.documentCounts.term(id);

  private inverseFrequency(documentFrequency: number): number {
    return inverseDocumentFrequency(documentFrequency, Math.max(1, this.corpus.documentCount));
  }

  /** The query compiled against the index; it answers until the next `prepare` (see `TermMasks`). */
  prepare(parsed: ParsedQuery, options?: CompileOptions): PreparedQuery {
    const { vocabulary } = this.corpus;
    const compiled = compileQuery(parsed, this.frequencyOfTerm, options);
    const expansions = new PrefixExpansion(vocabulary, this.frequencyOfTermId);
    const matcher = new QueryMatcher(compiled, vocabulary, expansions, this.masks);
    return { compiled, matcher, expansions, clauseWeights: compiled.clauses.map(() => PROXIMITY_WEIGHT_FLOOR) };
  }

  /**
   * Sums each clause's score into `totals`, whose count per document is the clauses it matched,
   * and sets each clause's proximity weight (its most informative alternative).
   */
  scoreClauses(prepared: PreparedQuery, totals: DocumentScores): void {
    const { clauseScores } = this;
    prepared.compiled.clauses.forEach((clause, index) => {
      const alone = clause.alternatives.length === 1;
      let weight = PROXIMITY_WEIGHT_FLOOR;
      for (const term of clause.alternatives)
        weight = Math.max(weight, this.scoreTerm(term, prepared.expansions, clauseScores, alone));
      prepared.clauseWeights[index] = weight;
      clauseScores.addAllTo(totals);
      clauseScores.clear();
    });
  }

  /** Marks in `excluded` every document matching one of the query's exclusions. */
  markExclusions(prepared: PreparedQuery, excluded: DocumentScores): void {
    for (const term of prepared.compiled.excluded) this.scoreTerm(term, prepared.expansions, excluded);
  }

  /** Re-ranking bonus from where the query's words sit in one document. */
  proximityBonus(document: number, prepared: PreparedQuery): number {
    const clauses = prepared.matcher.clauseCount;
    if (clauses < 2) return 0;
    const indexed = this.corpus.sequenceOf(document);
    if (!indexed) return 0;
    const features = proximityFeatures(indexed.sequence, indexed.titleLength, prepared.matcher);
    const weights = prepared.clauseWeights;
    let bonus = 0;
    for (let clause = 1; clause < clauses; clause++) {
      const pairWeight = (weights[clause - 1]! + weights[clause]!) / 2;
      if (features.adjacentPairs & (1 << clause)) bonus += ADJACENT_BONUS * pairWeight;
      else if (features.nearPairs & (1 << clause)) bonus += NEAR_BONUS * pairWeight;
      if (features.exactAdjacentPairs & (1 << clause)) bonus += EXACT_ADJACENT_BONUS * pairWeight;
    }
    let sum = 0;
    for (let clause = 0; clause < clauses; clause++) sum += weights[clause]!;
    if (features.longestRun >= clauses) bonus += FULL_RUN_BONUS * sum;
    if (features.longestExactRun >= clauses) bonus += EXACT_FULL_RUN_BONUS * sum;
    return bonus;
  }

  /**
   * The most `proximityBonus` can give any document for this query: every pair adjacent in exactly
   * the forms asked for, and the whole query one exact run. Re-ranking stops at the first candidate
   * that could not reach the page even with it.
   */
  proximityBonusBound(prepared: PreparedQuery): number {
    const clauses = prepared.matcher.clauseCount;
    if (clauses < 2) return 0;
    const weights = prepared.clauseWeights;
    const pairBonus = Math.max(ADJACENT_BONUS, NEAR_BONUS) + EXACT_ADJACENT_BONUS;
    let bound = 0;
    let sum = 0;
    for (let clause = 0; clause < clauses; clause++) {
      sum += weights[clause]!;
      if (clause > 0) bound += (pairBonus * (weights[clause - 1]! + weights[clause]!)) / 2;
    }
    return bound + (FULL_RUN_BONUS + EXACT_FULL_RUN_BONUS) * sum;
  }

  /** Adds one term's postings to `scores`, keeping per document the best weight seen. */
  private accumulate(scores: DocumentScores, postings: SlottedPostings | undefined, weight: number): void {
    if (!postings) return;
    const scale = weight * this.inverseFrequency(documentFrequency(postings));
    for (let slot = 0; slot < postings.length; slot++) {
      const documents = postings[slot];
      if (!documents || documents.length === 0) continue;
      const value = scale * saturationOfSlot(slot);
      for (let i = 0; i < documents.length; i++) scores.max(documents[i]!, value);
    }
  }

  /**
   * Adds the postings of several terms as one: every spelling of a stem, or the words a prefix
   * stands for. Their idf is that of the union, counted while merging (so no per-stem counts are
   * kept at index time), and each document keeps its best term-frequency part among them.
   * Returns how many documents the union holds.
   */
  private accumulateUnion(
    scores: DocumentScores,
    index: PostingSource,
    termIds: readonly number[],
    weight: number,
  ): number {
    const kept = this.unions?.find(index, termIds);
    if (kept) {
      const { documents, saturations } = kept;
      const scale = weight * this.inverseFrequency(documents.length);
      for (let n = 0; n < documents.length; n++) scores.max(documents[n]!, scale * saturations[n]!);
      return documents.length;
    }
    const union = this.unionScores;
    for (const id of termIds) {
      const postings = index.postings(this.corpus.vocabulary.term(id));
      if (!postings) continue;
      for (let slot = 0; slot < postings.length; slot++) {
        const documents = postings[slot];
        if (!documents || documents.length === 0) continue;
        const saturation = saturationOfSlot(slot);
        for (let i = 0; i < documents.length; i++) union.max(documents[i]!, saturation);
      }
    }
    const frequency = union.size;
    this.unions?.offer(index, termIds, union);
    const scale = weight * this.inverseFrequency(frequency);
    for (let n = 0; n < frequency; n++) {
      const document = union.documentAt(n);
      scores.max(document, scale * union.get(document));
    }
    union.clear();
    return frequency;
  }

  /**
   * Where a term's text scores go: straight into the clause's scores when the term is the clause's
   * only alternative (one pass less over long posting lists), else into a scratch combined later.
   */
  private textTarget(into: DocumentScores, alone: boolean): DocumentScores {
    return alone ? into : this.textScores;
  }

  /** Adds the weighted title score of the current term to its text score in `into`. */
  private finishTerm(into: DocumentScores, alone: boolean): void {
    if (!alone) {
      this.combineFields(into);
      return;
    }
    const { titleScores } = this;
    for (let n = 0; n < titleScores.size; n++) {
      const document = titleScores.documentAt(n);
      into.add(document, TITLE_WEIGHT * titleScores.get(document));
    }
    titleScores.clear();
  }

  /** text + weighted title score of the current term, folded into `into` keeping the maximum. */
  private combineFields(into: DocumentScores): void {
    const { textScores, titleScores } = this;
    for (let n = 0; n < textScores.size; n++) {
      const document = textScores.documentAt(n);
      into.max(document, textScores.get(document) + TITLE_WEIGHT * titleScores.get(document));
    }
    for (let n = 0; n < titleScores.size; n++) {
      const document = titleScores.documentAt(n);
      if (!textScores.has(document)) into.max(document, TITLE_WEIGHT * titleScores.get(document));
    }
    textScores.clear();
    titleScores.clear();
  }

  /**
   * A word scores as its exact normalized form or, with the lower STEM_WEIGHT, as any spelling
   * sharing its stem: «الاجتماع» finds «اجتماع», «واجتماع», «اجتماعات», but a document with the
   * very form asked for ranks above one that only has a relative.
   */
  /** Returns how many documents hold some spelling of the word's stems (in the field searched). */
  private scoreWord(term: CompiledWord, into: DocumentScores, alone: boolean): number {
    const { textPostings, titlePostings } = this.corpus;
    const spellings = spellingsOf(term, this.corpus.vocabulary);
    const scale = term.reading ? this.readingWeight(term.exact, term.reading) : 1;
    let stemFrequency = 0;
    if (term.field === 'any') {
      const text = this.textTarget(into, alone);
      this.accumulate(text, textPostings.postings(term.exact), scale * EXACT_WEIGHT);
      stemFrequency = this.accumulateUnion(text, textPostings, spellings, scale * STEM_WEIGHT);
    }
    this.accumulate(this.titleScores, titlePostings.postings(term.exact), scale * EXACT_WEIGHT);
    const titleFrequency = this.accumulateUnion(this.titleScores, titlePostings, spellings, scale * STEM_WEIGHT);
    this.finishTerm(into, alone);
    return Math.max(stemFrequency, titleFrequency);
  }

  /**
   * What a reading of a mistyped word weighs, exact or through its stem: less than anything typed;
   * with its odds (a query of that word alone), less again the less likely it is, and scaled down
   * to the idf of the likeliest reading when it is a rarer word. Weighed alike, the rarest reading
   * ranked first by its idf alone: «نطيجة» read as the rare «نطيرة» before «نتيجة», «حفطر» as «افطر»
   * before «حفتر».
   */
  private readingWeight(word: string, { odds }: ReadingOf): number {
    if (!odds) return TYPO_READING_WEIGHT;
    const rarity = this.inverseFrequency(odds.likeliestFrequency) / this.inverseFrequency(this.frequencyOfTerm(word));
    return TYPO_READING_WEIGHT * odds.likelihood * Math.min(1, rarity);
  }

  private scorePrefix(term: CompiledPrefix, expansions: PrefixExpansion, into: DocumentScores, alone: boolean): void {
    const words = expansions.expand(term.prefix);
    if (term.field === 'any')
      this.accumulateUnion(this.textTarget(into, alone), this.corpus.textPostings, words, STEM_WEIGHT);
    this.accumulateUnion(this.titleScores, this.corpus.titlePostings, words, STEM_WEIGHT);
    this.finishTerm(into, alone);
  }

  /** Documents holding every word of the phrase, then checked on their term sequences. */
  private scorePhrase(term: CompiledPhrase, into: DocumentScores): void {
    const { phraseScores, phraseWords, termScores } = this;
    const { vocabulary, textPostings, titlePostings } = this.corpus;
    const ids = term.words.map((word) => vocabulary.idOf(word));
    if (ids.some((id) => id === undefined)) return;
    let idfSum = 0;
    for (const word of term.words) {
      idfSum += this.inverseFrequency(this.frequencyOfTerm(word));
      if (term.field === 'any') this.accumulate(this.textScores, textPostings.postings(word), EXACT_WEIGHT);
      this.accumulate(this.titleScores, titlePostings.postings(word), EXACT_WEIGHT);
      this.combineFields(termScores);
      for (let n = 0; n < termScores.size; n++) {
        const document = termScores.documentAt(n);
        phraseScores.add(document, termScores.get(document));
        phraseWords.add(document, 1);
      }
      termScores.clear();
    }
    const bonus = PHRASE_BONUS * idfSum;
    for (let n = 0; n < phraseWords.size; n++) {
      const document = phraseWords.documentAt(n);
      if (phraseWords.get(document) !== term.words.length) continue;
      const indexed = this.corpus.sequenceOf(document);
      if (indexed && containsPhrase(indexed.sequence, indexed.titleLength, ids, term.field === 'title')) {
        into.max(document, phraseScores.get(document) + bonus);
      }
    }
    phraseScores.clear();
    phraseWords.clear();
  }

  /**
   * `alone`: the term is its clause's only alternative and `into` is still empty. Returns the
   * term's weight in proximity bonuses: what its rarer reading weighs, the form typed or its stem
   * (light10 can conflate a word with a very common one: «الولايات» with «ولا»), never less than
   * a floor, so that a passage of common words still counts when found as a run.
   */
  private scoreTerm(term: CompiledTerm, expansions: PrefixExpansion, into: DocumentScores, alone = false): number {
    if (term.kind === 'prefix') this.scorePrefix(term, expansions, into, alone);
    if (term.kind === 'phrase') this.scorePhrase(term, into);
    if (term.kind !== 'word') return PROXIMITY_WEIGHT_FLOOR;
    const stems = this.scoreWord(term, into, alone);
    // A word found nowhere (a mistyped one, read as something else) must not lend its clause the
    // weight of the rarest word there is.
    if (stems === 0) return PROXIMITY_WEIGHT_FLOOR;
    const typed = this.frequencyOfTerm(term.exact);
    return Math.max(PROXIMITY_WEIGHT_FLOOR, this.inverseFrequency(typed > 0 ? Math.min(typed, stems) : stems));
  }
}
