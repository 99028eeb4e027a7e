import type { Span } from '../text/span';
import { ANALYZER_VERSION } from './analyzerVersion';
import { inverseDocumentFrequency, saturationOfSlot } from './bm25';
import { buildSnippets } from './buildSnippets';
import type { CompiledPhrase, CompiledPrefix, CompiledQuery, CompiledTerm, CompiledWord } from './compiledQuery';
import { compileQuery } from './compileQuery';
import { calendarDay, documentFilter, sourceKey, type DocumentFilter } from './documentFilter';
import { packRecords, unpackRecords, type DocumentRecord } from './documentRecord';
import { DocumentScores } from './documentScores';
import { documentTerms } from './documentTerms';
import type { IndexableDocument } from './indexableDocument';
import { locateHits, mergeHits } from './locateHits';
import { parseQuery } from './parseQuery';
import { PostingIndex, documentFrequency, type SlottedPostings } from './postingIndex';
import { PrefixExpansion } from './prefixExpansion';
import { containsPhrase, proximityFeatures } from './proximity';
import type { QueryNotice } from './queryModel';
import { QueryMatcher } from './queryMatcher';
import {
  ADJACENT_BONUS,
  EXACT_ADJACENT_BONUS,
  EXACT_FULL_RUN_BONUS,
  EXACT_WEIGHT,
  FULL_RUN_BONUS,
  NEAR_BONUS,
  PHRASE_BONUS,
  PROXIMITY_WEIGHT_FLOOR,
  RERANK_DEPTH,
  STEM_WEIGHT,
  TITLE_WEIGHT,
} from './rankingWeights';
import type { SearchHit, SearchRequest, SearchResult } from './searchResult';
import { TermSequences } from './termSequences';
import { TermDocumentCounts } from './termDocumentCounts';
import { TermSlotCounter } from './termSlots';
import { TermVocabulary } from './termVocabulary';
import { topDocuments } from './topDocuments';

export interface CorpusIndexOptions {
  /**
   * The stored text of a document, for snippets and hit spans. The index keeps no texts: the
   * services layer reads them from disk (with a cache).
   */
  getText: (id: string) => string | undefined;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1_000;
/** Field lengths assumed before documents are seen, weighted like this many documents. */
const PRIOR_TEXT_LENGTH = 250;
const PRIOR_TITLE_LENGTH = 10;
const PRIOR_WEIGHT = 10;
/** Partial matches rank first by how many clauses they satisfy: this keeps the count dominant. */
const CLAUSE_COUNT_WEIGHT = 1e6;

const POSTING_NAMES = ['text', 'title'] as const;
type PostingName = (typeof POSTING_NAMES)[number];

const SNAPSHOT_FORMAT = 'format';
const SNAPSHOT_RECORDS = 'records';
const SNAPSHOT_VOCABULARY = 'vocabulary';
const SNAPSHOT_SEQUENCES = 'sequences';
const SNAPSHOT_POSTINGS = 'postings.';

interface FieldTotals {
  documents: number;
  textWords: number;
  titleWords: number;
}

/** Stale documents tolerated in imported postings before they are rebuilt. */
const MAX_STALE_DOCUMENTS = 64;
const MAX_STALE_SHARE = 0.05;

function newPostings(): Record<PostingName, PostingIndex> {
  return { text: new PostingIndex(), title: new PostingIndex() };
}

/** One query, compiled against this index, with what ranking and highlighting need. */
interface PreparedQuery {
  compiled: CompiledQuery;
  matcher: QueryMatcher;
  expansions: PrefixExpansion;
  /** Per clause, how informative it is (idf of its rarest word), weighing proximity bonuses. */
  clauseWeights: number[];
}

/**
 * Full-text search over a corpus of Arabic reports. FlexSearch indexes hold the postings (exact
 * normalized words and light10 stems, for titles and texts, with BM25 weights in their resolution
 * slots); the project's analyzer does all text analysis. Candidates are scored with BM25 (an exact
 * form outweighs a stem-only match), the best are re-ranked by the proximity of the query words in
 * each document's term sequence, and snippets are cut from the stored text with spans that point
 * into it. Everything is synchronous and in memory; `exportSnapshot` / `fromSnapshot` persist it.
 */
export class CorpusIndex {
  private readonly getText: (id: string) => string | undefined;
  private records: (DocumentRecord | undefined)[] = [];
  /** Per document number, the source key and calendar day that filters compare. */
  private readonly sourceKeys: (string | undefined)[] = [];
  private readonly days: (string | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private vocabulary = new TermVocabulary();
  private sequences = new TermSequences();
  private postings: Record<PostingName, PostingIndex> = newPostings();
  /**
   * Removing a document from FlexSearch without its fast updates scans every posting list (about
   * a second for this corpus), and fast updates cost a reference per posting and do not survive
   * its export. So a removed or replaced document only leaves stale postings, which the
   * live-record check skips, and once there are enough of them the postings are rebuilt from the
   * term sequences (no text analysis needed).
   */
  private stalePostings = 0;
  private totals: FieldTotals = { documents: 0, textWords: 0, titleWords: 0 };
  private readonly slotCounter = new TermSlotCounter();
  private documentCounts = new TermDocumentCounts();

  private readonly clauseScores = new DocumentScores();
  private readonly textScores = new DocumentScores();
  private readonly titleScores = new DocumentScores();
  private readonly termScores = new DocumentScores();
  private readonly phraseScores = new DocumentScores();
  private readonly phraseWords = new DocumentScores();
  private readonly unionScores = new DocumentScores();
  /** Sum of clause scores per document; its count is how many clauses the document matched. */
  private readonly totalScores = new DocumentScores();
  private readonly excludedDocuments = new DocumentScores();

  constructor(options: CorpusIndexOptions) {
    this.getText = options.getText;
  }

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /**
   * Indexes a document; a document already indexed under the same id is replaced. A replaced
   * document gets a new number, so stale postings of the old one can never be mistaken for it.
   */
  add(document: IndexableDocument): void {
    const existing = this.numbers.get(document.id);
    if (existing !== undefined) this.unindex(existing);
    this.index(this.records.length, document);
  }

  /** Replaces an indexed document (or adds it when it is not indexed yet). */
  update(document: IndexableDocument): void {
    this.add(document);
  }

  remove(id: string): boolean {
    const number = this.numbers.get(id);
    if (number === undefined) return false;
    this.unindex(number);
    this.numbers.delete(id);
    return true;
  }

  private averageLengths(): { text: number; title: number } {
    const { documents, textWords, titleWords } = this.totals;
    return {
      text: (textWords + PRIOR_TEXT_LENGTH * PRIOR_WEIGHT) / (documents + PRIOR_WEIGHT),
      title: (titleWords + PRIOR_TITLE_LENGTH * PRIOR_WEIGHT) / (documents + PRIOR_WEIGHT),
    };
  }

  private index(number: number, document: IndexableDocument): void {
    const terms = documentTerms(document, this.vocabulary);
    const { sequence, titleLength, bodyLength } = terms;
    const fields = this.addPostings(number, sequence, titleLength, this.averageLengths());
    this.documentCounts.change(fields, +1, this.vocabulary);
    this.sequences.set(number, sequence);
    const record: DocumentRecord = {
      id: document.id,
      title: document.title,
      titleLength,
      bodyLength,
      boilerplate: terms.boilerplate,
    };
    if (document.source !== undefined) record.source = document.source;
    if (document.category !== undefined) record.category = document.category;
    if (document.date !== undefined) record.date = document.date;
    this.remember(number, record);
    this.totals.documents++;
    this.totals.textWords += bodyLength;
    this.totals.titleWords += titleLength;
  }

  private remember(number: number, record: DocumentRecord): void {
    this.records[number] = record;
    this.numbers.set(record.id, number);
    this.sourceKeys[number] = record.source === undefined ? undefined : sourceKey(record.source);
    this.days[number] = calendarDay(record.date);
  }

  private unindex(number: number): void {
    const record = this.records[number];
    if (!record) return;
    this.stalePostings++;
    const sequence = this.sequences.get(number);
    if (sequence) this.documentCounts.change([sequence], -1, this.vocabulary);
    this.sequences.delete(number);
    this.records[number] = undefined;
    this.totals.documents--;
    this.totals.textWords -= record.bodyLength;
    this.totals.titleWords -= record.titleLength;
  }

  /** Rebuilds the postings when stale ones have piled up; runs before a search, not per update. */
  private compactIfStale(): void {
    if (this.stalePostings > Math.max(MAX_STALE_DOCUMENTS, MAX_STALE_SHARE * this.totals.documents)) {
      this.rebuildPostings();
    }
  }

  /** Re-creates the postings of every live document from its term sequence. */
  private rebuildPostings(): void {
    this.postings = newPostings();
    const average = this.averageLengths();
    this.records.forEach((record, number) => {
      const sequence = this.sequences.get(number);
      if (record && sequence) this.addPostings(number, sequence, record.titleLength, average);
    });
    this.stalePostings = 0;
  }

  /** Adds a document's postings; returns the distinct term numbers of its title and its text. */
  private addPostings(
    number: number,
    sequence: Uint32Array,
    titleLength: number,
    average: { text: number; title: number },
  ): number[][] {
    const title = this.slotCounter.count(sequence, 0, titleLength, this.vocabulary, average.title);
    this.postings.title.add(number, title.terms, title.slots);
    const text = this.slotCounter.count(sequence, titleLength + 1, sequence.length, this.vocabulary, average.text);
    this.postings.text.add(number, text.terms, text.slots);
    return [title.ids, text.ids];
  }

  // ---------------------------------------------------------------- scoring

  /** Documents containing the term (title or text). */
  private frequencyOfTerm = (term: string): number => {
    const id = this.vocabulary.idOf(term);
    return id === undefined ? 0 : this.documentCounts.term(id);
  };

  private frequencyOfTermId = (id: number): number => this.documentCounts.term(id);

  /** Documents containing any spelling of the word's stems (the larger count if it has two). */
  private frequencyOfStems(term: CompiledWord): number {
    let frequency = 0;
    for (const stem of term.stems) {
      const stemId = this.vocabulary.stemIdOf(stem);
      if (stemId !== undefined) frequency = Math.max(frequency, this.documentCounts.stem(stemId));
    }
    return frequency;
  }

  private inverseFrequency(documentFrequency: number): number {
    return inverseDocumentFrequency(documentFrequency, Math.max(1, this.totals.documents));
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
   * Adds the postings of every spelling of a stem as one term: the stem's idf (kept per stem at
   * index time), and for each document the best term-frequency part among its spellings.
   */
  private accumulateSpellings(
    scores: DocumentScores,
    index: PostingIndex,
    spellings: readonly number[],
    stemFrequency: number,
    weight: number,
  ): void {
    const scale = weight * this.inverseFrequency(stemFrequency);
    for (const id of spellings) {
      const postings = index.postings(this.vocabulary.term(id));
      if (!postings) continue;
      for (let slot = 0; slot < postings.length; slot++) {
        const documents = postings[slot];
        if (!documents || documents.length === 0) continue;
        const value = scale * saturationOfSlot(slot);
        for (let i = 0; i < documents.length; i++) scores.max(documents[i]!, value);
      }
    }
  }

  /**
   * Adds the postings of the words a prefix stands for as one term: their idf is that of the
   * union (counted while merging), each document keeping its best term-frequency part.
   */
  private accumulateUnion(scores: DocumentScores, index: PostingIndex, termIds: Iterable<number>, weight: number): void {
    const union = this.unionScores;
    for (const id of termIds) {
      const postings = index.postings(this.vocabulary.term(id));
      if (!postings) continue;
      for (let slot = 0; slot < postings.length; slot++) {
        const documents = postings[slot];
        if (!documents || documents.length === 0) continue;
        const saturation = saturationOfSlot(slot);
        for (let i = 0; i < documents.length; i++) union.max(documents[i]!, saturation);
      }
    }
    const scale = weight * this.inverseFrequency(union.size);
    for (let n = 0; n < union.size; n++) {
      const document = union.documentAt(n);
      scores.max(document, scale * union.get(document));
    }
    union.clear();
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

  /** Every spelling that shares a stem with the word: what a stem-only match can be. */
  private stemSpellings(term: CompiledWord): number[] {
    const spellings: number[] = [];
    for (const stem of term.stems) spellings.push(...this.vocabulary.termsWithStem(stem));
    return term.stems.length > 1 ? [...new Set(spellings)] : spellings;
  }

  /**
   * A word scores as its exact normalized form or, with the lower STEM_WEIGHT, as any spelling
   * sharing its stem: «الاجتماع» finds «اجتماع», «واجتماع», «اجتماعات», but a document with the
   * very form asked for ranks above one that only has a relative.
   */
  private scoreWord(term: CompiledWord, into: DocumentScores, alone: boolean): void {
    const spellings = this.stemSpellings(term);
    const stemFrequency = this.frequencyOfStems(term);
    if (term.field === 'any') {
      const text = this.textTarget(into, alone);
      this.accumulate(text, this.postings.text.postings(term.exact), EXACT_WEIGHT);
      this.accumulateSpellings(text, this.postings.text, spellings, stemFrequency, STEM_WEIGHT);
    }
    this.accumulate(this.titleScores, this.postings.title.postings(term.exact), EXACT_WEIGHT);
    this.accumulateSpellings(this.titleScores, this.postings.title, spellings, stemFrequency, STEM_WEIGHT);
    this.finishTerm(into, alone);
  }

  private scorePrefix(term: CompiledPrefix, expansions: PrefixExpansion, into: DocumentScores, alone: boolean): void {
    const words = expansions.expand(term.prefix);
    if (term.field === 'any') this.accumulateUnion(this.textTarget(into, alone), this.postings.text, words, STEM_WEIGHT);
    this.accumulateUnion(this.titleScores, this.postings.title, words, STEM_WEIGHT);
    this.finishTerm(into, alone);
  }

  /** Documents holding every word of the phrase, then checked on their term sequences. */
  private scorePhrase(term: CompiledPhrase, into: DocumentScores): void {
    const { phraseScores, phraseWords, termScores } = this;
    const ids = term.words.map((word) => this.vocabulary.idOf(word));
    if (ids.some((id) => id === undefined)) return;
    let idfSum = 0;
    for (const word of term.words) {
      idfSum += this.inverseFrequency(this.frequencyOfTerm(word));
      if (term.field === 'any') this.accumulate(this.textScores, this.postings.text.postings(word), EXACT_WEIGHT);
      this.accumulate(this.titleScores, this.postings.title.postings(word), EXACT_WEIGHT);
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
      const sequence = this.sequences.get(document);
      const record = this.records[document];
      if (!sequence || !record) continue;
      if (containsPhrase(sequence, record.titleLength, ids, term.field === 'title')) {
        into.max(document, phraseScores.get(document) + bonus);
      }
    }
    phraseScores.clear();
    phraseWords.clear();
  }

  /** `alone`: the term is its clause's only alternative and `into` is still empty. */
  private scoreTerm(term: CompiledTerm, expansions: PrefixExpansion, into: DocumentScores, alone = false): void {
    if (term.kind === 'word') this.scoreWord(term, into, alone);
    else if (term.kind === 'prefix') this.scorePrefix(term, expansions, into, alone);
    else this.scorePhrase(term, into);
  }

  private prepare(query: string, notices: QueryNotice[]): PreparedQuery & { filterSources: string[]; after?: string; before?: string } {
    const parsed = parseQuery(query);
    notices.push(...parsed.notices);
    const compiled = compileQuery(parsed, this.frequencyOfTerm);
    const expansions = new PrefixExpansion(this.vocabulary, this.frequencyOfTermId);
    const matcher = new QueryMatcher(compiled, this.vocabulary, expansions);
    // A clause weighs what its rarer reading weighs: the form typed, or its stem (light10 can
    // conflate a word with a very common one: «الولايات» with «ولا»), never less than a floor, so
    // that a passage of common words still counts when found as a run.
    const clauseWeights = compiled.clauses.map((clause) => {
      let weight = 0;
      for (const term of clause.alternatives) {
        if (term.kind !== 'word') continue;
        const typed = this.frequencyOfTerm(term.exact);
        const rarer = typed > 0 ? Math.min(typed, this.frequencyOfStems(term)) : this.frequencyOfStems(term);
        weight = Math.max(weight, this.inverseFrequency(rarer));
      }
      return Math.max(weight, PROXIMITY_WEIGHT_FLOOR);
    });
    return { compiled, matcher, expansions, clauseWeights, filterSources: parsed.sources, after: parsed.after, before: parsed.before };
  }

  /** Re-ranking bonus from where the query's words sit in one document. */
  private proximityBonus(document: number, prepared: PreparedQuery): number {
    const clauses = prepared.matcher.clauseCount;
    if (clauses < 2) return 0;
    const sequence = this.sequences.get(document);
    const record = this.records[document];
    if (!sequence || !record) return 0;
    const features = proximityFeatures(sequence, record.titleLength, prepared.matcher);
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

  private accepts(document: number, filter: DocumentFilter): boolean {
    const record = this.records[document];
    if (!record) return false;
    if (this.excludedDocuments.has(document)) return false;
    if (!filter.active) return true;
    return filter.accepts(this.sourceKeys[document], this.days[document]);
  }

  // ---------------------------------------------------------------- search

  search(request: SearchRequest): SearchResult {
    const offset = Math.max(0, Math.floor(request.offset ?? 0));
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)));
    const notices: QueryNotice[] = [];
    this.compactIfStale();
    const prepared = this.prepare(request.query, notices);
    const filter = documentFilter({
      sourceLists: [request.sources ?? [], prepared.filterSources],
      after: this.validDay(request.after, notices) ?? prepared.after,
      before: this.validDay(request.before, notices) ?? prepared.before,
    });
    const result: SearchResult = { query: request.query, total: 0, offset, limit, partial: false, hits: [] };
    this.reserveScratch();
    try {
      for (const term of prepared.compiled.excluded) this.scoreTerm(term, prepared.expansions, this.excludedDocuments);
      const ranked =
        prepared.compiled.clauses.length > 0
          ? this.rankMatches(prepared, filter, offset + limit)
          : filter.active
            ? this.browse(filter)
            : { documents: [], scores: [], matched: [], total: 0, partial: false };
      result.total = ranked.total;
      result.partial = ranked.partial;
      const clauses = prepared.compiled.clauses.length;
      for (let rank = offset; rank < Math.min(ranked.documents.length, offset + limit); rank++) {
        result.hits.push(this.hit(ranked.documents[rank]!, ranked.scores[rank]!, ranked.matched[rank]! < clauses, prepared));
      }
    } finally {
      this.excludedDocuments.clear();
    }
    if (notices.length > 0) result.notice = notices.map((notice) => notice.message).join(' ');
    return result;
  }

  private reserveScratch(): void {
    const capacity = this.records.length;
    for (const scores of [
      this.clauseScores,
      this.textScores,
      this.titleScores,
      this.termScores,
      this.phraseScores,
      this.phraseWords,
      this.unionScores,
      this.totalScores,
      this.excludedDocuments,
    ]) {
      scores.reserve(capacity);
    }
  }

  private validDay(value: string | undefined, notices: QueryNotice[]): string | undefined {
    if (value === undefined || value === '') return undefined;
    const parsed = parseQuery(`after:${value}`);
    notices.push(...parsed.notices);
    return parsed.after;
  }

  private rankMatches(
    prepared: PreparedQuery,
    filter: DocumentFilter,
    wanted: number,
  ): { documents: number[]; scores: number[]; matched: number[]; total: number; partial: boolean } {
    const { totalScores, clauseScores } = this;
    const clauses = prepared.compiled.clauses;
    try {
      for (const clause of clauses) {
        const alone = clause.alternatives.length === 1;
        for (const term of clause.alternatives) this.scoreTerm(term, prepared.expansions, clauseScores, alone);
        clauseScores.addAllTo(totalScores);
        clauseScores.clear();
      }
      let candidates: number[] = [];
      let keys: number[] = [];
      for (let n = 0; n < totalScores.size; n++) {
        const document = totalScores.documentAt(n);
        if (totalScores.count(document) === clauses.length && this.accepts(document, filter)) {
          candidates.push(document);
          keys.push(totalScores.get(document));
        }
      }
      // Nothing matches every clause: the best partial matches, most clauses matched first.
      const partial = candidates.length === 0;
      if (partial) {
        candidates = [];
        keys = [];
        for (let n = 0; n < totalScores.size; n++) {
          const document = totalScores.documentAt(n);
          if (!this.accepts(document, filter)) continue;
          candidates.push(document);
          keys.push(totalScores.count(document) * CLAUSE_COUNT_WEIGHT + totalScores.get(document));
        }
      }
      const depth = Math.max(RERANK_DEPTH, wanted);
      const best = topDocuments(candidates, keys, depth);
      const scored = best.map((document) => {
        const base = totalScores.get(document);
        const score = base + this.proximityBonus(document, prepared);
        const matched = totalScores.count(document);
        return { document, score, matched, key: (partial ? matched * CLAUSE_COUNT_WEIGHT : 0) + score };
      });
      scored.sort((a, b) => b.key - a.key || a.document - b.document);
      return {
        documents: scored.map(({ document }) => document),
        scores: scored.map(({ score }) => score),
        matched: scored.map(({ matched }) => matched),
        total: candidates.length,
        partial: partial && candidates.length > 0,
      };
    } finally {
      totalScores.clear();
      clauseScores.clear();
    }
  }

  /** A query of filters only: every accepted document, newest first. */
  private browse(filter: DocumentFilter): { documents: number[]; scores: number[]; matched: number[]; total: number; partial: boolean } {
    const documents: number[] = [];
    for (let document = 0; document < this.records.length; document++) {
      if (this.accepts(document, filter)) documents.push(document);
    }
    const dayOf = (document: number) => this.days[document] ?? '';
    documents.sort((a, b) => {
      const dayA = dayOf(a);
      const dayB = dayOf(b);
      return dayA === dayB ? a - b : dayA < dayB ? 1 : -1;
    });
    return { documents, scores: documents.map(() => 0), matched: documents.map(() => 0), total: documents.length, partial: false };
  }

  private hit(document: number, score: number, partial: boolean, prepared: PreparedQuery): SearchHit {
    const record = this.records[document]!;
    const hit: SearchHit = { id: record.id, title: record.title, score, partial, snippets: [] };
    if (record.source !== undefined) hit.source = record.source;
    if (record.date !== undefined) hit.date = record.date;
    const text = this.getText(record.id);
    if (text !== undefined) {
      hit.snippets = buildSnippets(text, record.boilerplate, locateHits(text, record.boilerplate, prepared.matcher));
    }
    return hit;
  }

  /** Every hit of the query in one document, in text order, overlapping hits merged. */
  documentHits(id: string, query: string): Span[] {
    const number = this.numbers.get(id);
    const record = number === undefined ? undefined : this.records[number];
    if (!record) return [];
    const text = this.getText(id);
    if (text === undefined) return [];
    const prepared = this.prepare(query, []);
    return mergeHits(locateHits(text, record.boilerplate, prepared.matcher));
  }

  // ---------------------------------------------------------------- persistence

  /**
   * The whole index as strings (FlexSearch's own export for the postings), for the services layer
   * to write to disk and hand back to `fromSnapshot` while the corpus is unchanged.
   */
  exportSnapshot(): Record<string, string> {
    const snapshot: Record<string, string> = {
      [SNAPSHOT_FORMAT]: JSON.stringify({ version: ANALYZER_VERSION, totals: this.totals, stale: this.stalePostings }),
      [SNAPSHOT_RECORDS]: packRecords(this.records),
      ...Object.fromEntries(Object.entries(this.vocabulary.pack()).map(([key, value]) => [`${SNAPSHOT_VOCABULARY}.${key}`, value])),
      [SNAPSHOT_SEQUENCES]: this.sequences.pack(),
    };
    for (const name of POSTING_NAMES) {
      this.postings[name].export((key, data) => {
        snapshot[`${SNAPSHOT_POSTINGS}${name}.${key}`] = data;
      });
    }
    return snapshot;
  }

  /** Rebuilds an index from `exportSnapshot` output. Throws if the snapshot is from another version. */
  static fromSnapshot(snapshot: Record<string, string>, options: CorpusIndexOptions): CorpusIndex {
    const format = JSON.parse(snapshot[SNAPSHOT_FORMAT] ?? '{}') as { version?: unknown; totals?: FieldTotals; stale?: number };
    if (format.version !== ANALYZER_VERSION || !format.totals) {
      throw new Error(`search snapshot has format ${String(format.version)}, expected ${ANALYZER_VERSION}`);
    }
    const index = new CorpusIndex(options);
    index.totals = { ...format.totals };
    index.stalePostings = format.stale ?? 0;
    unpackRecords(snapshot[SNAPSHOT_RECORDS] ?? '[]').forEach((record, number) => {
      if (record) index.remember(number, record);
      else index.records[number] = undefined;
    });
    index.vocabulary = TermVocabulary.unpack({
      terms: snapshot[`${SNAPSHOT_VOCABULARY}.terms`] ?? '',
      stems: snapshot[`${SNAPSHOT_VOCABULARY}.stems`] ?? '',
      stemSlots: snapshot[`${SNAPSHOT_VOCABULARY}.stemSlots`] ?? '',
    });
    index.sequences = TermSequences.unpack(snapshot[SNAPSHOT_SEQUENCES] ?? '');
    index.records.forEach((record, number) => {
      const sequence = index.sequences.get(number);
      if (record && sequence) index.documentCounts.change([sequence], +1, index.vocabulary);
    });
    for (const [key, data] of Object.entries(snapshot)) {
      if (!key.startsWith(SNAPSHOT_POSTINGS)) continue;
      const rest = key.slice(SNAPSHOT_POSTINGS.length);
      const dot = rest.indexOf('.');
      const name = rest.slice(0, dot) as PostingName;
      if (POSTING_NAMES.includes(name)) index.postings[name].import(rest.slice(dot + 1), data);
    }
    return index;
  }
}
