import type { Span } from '../text/span';
import { buildSnippets } from './buildSnippets';
import { readSnapshot, writeSnapshot, type CorpusTotals } from './corpusSnapshot';
import { calendarDay, documentFilter, sourceKey, type DocumentFilter } from './documentFilter';
import { packRecords, unpackRecords, type DocumentRecord } from './documentRecord';
import { DocumentScores } from './documentScores';
import { documentTerms } from './documentTerms';
import type { IndexableDocument } from './indexableDocument';
import { locateHits, mergeHits } from './locateHits';
import { parseQuery } from './parseQuery';
import { PostingIndex } from './postingIndex';
import type { QueryNotice } from './queryModel';
import { QueryScorer, type IndexedCorpus, type PreparedQuery } from './queryScorer';
import { RERANK_DEPTH } from './rankingWeights';
import { readingsShown } from './readingsShown';
import type { SpellingCorrection } from './spellingCorrections';
import type { SearchHit, SearchRequest, SearchResult } from './searchResult';
import { TermDocumentCounts } from './termDocumentCounts';
import { TermSequences } from './termSequences';
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
/** Removed documents tolerated in the postings before they are rebuilt. */
const MAX_STALE_DOCUMENTS = 64;
const MAX_STALE_SHARE = 0.05;

interface Ranked {
  documents: number[];
  scores: number[];
  /** Per document, how many of the query's clauses it matched. */
  matched: number[];
  total: number;
  partial: boolean;
}

function typoNotice(corrections: readonly SpellingCorrection[]): QueryNotice {
  const readings = corrections.map(({ typed, readAs }) => `«${readAs}» for «${typed}»`).join(', ');
  return { code: 'typo-corrected', message: `Also showing results for ${readings}.` };
}

const NOTHING: Ranked = { documents: [], scores: [], matched: [], total: 0, partial: false };

/**
 * Full-text search over a corpus of Arabic reports, synchronous and in memory. The project's
 * analyzer does all text analysis; FlexSearch holds the postings of every normalized word (title
 * and text apart), with each document's BM25 term weight carried by its resolution slot; a stem
 * dictionary leads from a word to every spelling sharing its light10 stem; and each document's
 * term sequence serves proximity ranking and phrase checks. Texts stay with the caller
 * (`getText`), read only for snippets and hit spans of the results shown.
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
  private documentCounts = new TermDocumentCounts();
  private textPostings = new PostingIndex();
  private titlePostings = new PostingIndex();
  /**
   * Removing a document from FlexSearch without its fast updates scans every posting list (about
   * a second for this corpus), and fast updates cost a reference per posting and do not survive
   * its export. So a removed or replaced document only leaves stale postings, which the
   * live-record check skips, and once there are enough of them the postings are rebuilt from the
   * term sequences (no text analysis needed).
   */
  private stalePostings = 0;
  private totals: CorpusTotals = { documents: 0, textWords: 0, titleWords: 0 };
  private readonly slotCounter = new TermSlotCounter();
  private readonly scorer: QueryScorer;
  /** Sum of clause scores per document; its count is how many clauses the document matched. */
  private readonly totalScores = new DocumentScores();
  private readonly excludedDocuments = new DocumentScores();

  constructor(options: CorpusIndexOptions) {
    this.getText = options.getText;
    const index = this;
    const corpus: IndexedCorpus = {
      get vocabulary() {
        return index.vocabulary;
      },
      get textPostings() {
        return index.textPostings;
      },
      get titlePostings() {
        return index.titlePostings;
      },
      get documentCounts() {
        return index.documentCounts;
      },
      get documentCount() {
        return index.totals.documents;
      },
      sequenceOf(document) {
        const record = index.records[document];
        const sequence = index.sequences.get(document);
        return record && sequence ? { sequence, titleLength: record.titleLength } : undefined;
      },
    };
    this.scorer = new QueryScorer(corpus);
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
    const { sequence, titleLength, bodyLength, boilerplate } = documentTerms(document, this.vocabulary);
    const distinctTerms = this.addPostings(number, sequence, titleLength, this.averageLengths());
    this.documentCounts.change(distinctTerms, +1);
    this.sequences.set(number, sequence);
    const record: DocumentRecord = { id: document.id, title: document.title, titleLength, bodyLength, boilerplate };
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
    if (sequence) this.documentCounts.change([sequence], -1);
    this.sequences.delete(number);
    this.records[number] = undefined;
    this.totals.documents--;
    this.totals.textWords -= record.bodyLength;
    this.totals.titleWords -= record.titleLength;
  }

  /** Rebuilds the postings when stale ones have piled up; runs before a search, not per update. */
  private compactIfStale(): void {
    if (this.stalePostings <= Math.max(MAX_STALE_DOCUMENTS, MAX_STALE_SHARE * this.totals.documents)) return;
    this.textPostings = new PostingIndex();
    this.titlePostings = new PostingIndex();
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
    this.titlePostings.add(number, title);
    const text = this.slotCounter.count(sequence, titleLength + 1, sequence.length, this.vocabulary, average.text);
    this.textPostings.add(number, text);
    return [title.ids, text.ids];
  }

  // ---------------------------------------------------------------- search

  search(request: SearchRequest): SearchResult {
    const offset = Math.max(0, Math.floor(request.offset ?? 0));
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)));
    const notices: QueryNotice[] = [];
    this.compactIfStale();
    const parsed = parseQuery(request.query);
    notices.push(...parsed.notices);
    const prepared = this.scorer.prepare(parsed, { tolerateTypos: request.exactSpelling !== true });
    let corrections: SpellingCorrection[] = [];
    const filter = documentFilter({
      sourceLists: [request.sources ?? [], parsed.sources],
      after: this.validDay(request.after, notices) ?? parsed.after,
      before: this.validDay(request.before, notices) ?? parsed.before,
    });
    const result: SearchResult = { query: request.query, total: 0, offset, limit, partial: false, hits: [] };
    const capacity = this.records.length;
    this.scorer.reserve(capacity);
    this.totalScores.reserve(capacity);
    this.excludedDocuments.reserve(capacity);
    try {
      this.scorer.markExclusions(prepared, this.excludedDocuments);
      const clauses = prepared.compiled.clauses.length;
      const ranked =
        clauses > 0
          ? this.rankMatches(prepared, filter, offset + limit)
          : filter.active
            ? this.browse(filter)
            : NOTHING;
      result.total = ranked.total;
      result.partial = ranked.partial;
      for (let rank = offset; rank < Math.min(ranked.documents.length, offset + limit); rank++) {
        result.hits.push(
          this.hit(ranked.documents[rank]!, ranked.scores[rank]!, ranked.matched[rank]! < clauses, prepared),
        );
      }
      // The notice speaks of the best result: lower ones may lack a typed word for other reasons.
      const best = ranked.documents[0] === undefined ? undefined : this.sequences.get(ranked.documents[0]);
      corrections = readingsShown(prepared.compiled, this.vocabulary, best ? [best] : []);
      if (corrections.length > 0) notices.push(typoNotice(corrections));
    } finally {
      this.excludedDocuments.clear();
    }
    if (notices.length > 0) {
      result.notice = notices.map((notice) => notice.message).join(' ');
      result.noticeCodes = [...new Set(notices.map((notice) => notice.code))];
    }
    if (corrections.length > 0) result.corrections = corrections.map(({ typed, readAs }) => ({ typed, readAs }));
    return result;
  }

  /** A date from the request's own filter fields, checked like after: in a query. */
  private validDay(value: string | undefined, notices: QueryNotice[]): string | undefined {
    if (value === undefined || value === '') return undefined;
    const parsed = parseQuery(`after:${value}`);
    notices.push(...parsed.notices);
    return parsed.after;
  }

  private accepts(document: number, filter: DocumentFilter): boolean {
    if (!this.records[document] || this.excludedDocuments.has(document)) return false;
    return !filter.active || filter.accepts(this.sourceKeys[document], this.days[document]);
  }

  /**
   * Documents matching every clause, by BM25; the best `RERANK_DEPTH` (or as many as the page
   * needs) re-ranked with the proximity bonus. When none matches every clause, the documents
   * matching the most clauses instead, flagged partial.
   */
  private rankMatches(prepared: PreparedQuery, filter: DocumentFilter, wanted: number): Ranked {
    const { totalScores } = this;
    const clauses = prepared.compiled.clauses.length;
    try {
      this.scorer.scoreClauses(prepared, totalScores);
      const candidates = new Int32Array(totalScores.size);
      const keys = new Float64Array(totalScores.size);
      let count = 0;
      for (let n = 0; n < totalScores.size; n++) {
        const document = totalScores.documentAt(n);
        if (totalScores.count(document) === clauses && this.accepts(document, filter)) {
          candidates[count] = document;
          keys[count++] = totalScores.get(document);
        }
      }
      const partial = count === 0;
      if (partial) {
        for (let n = 0; n < totalScores.size; n++) {
          const document = totalScores.documentAt(n);
          if (!this.accepts(document, filter)) continue;
          candidates[count] = document;
          keys[count++] = totalScores.count(document) * CLAUSE_COUNT_WEIGHT + totalScores.get(document);
        }
      }
      // With a single clause there is no proximity to re-rank by: the page is all that is needed.
      const depth = prepared.matcher.clauseCount > 1 ? Math.max(RERANK_DEPTH, wanted) : wanted;
      const scored = topDocuments(candidates.subarray(0, count), keys.subarray(0, count), depth).map((document) => {
        const score = totalScores.get(document) + this.scorer.proximityBonus(document, prepared);
        const matched = totalScores.count(document);
        return { document, score, matched, key: (partial ? matched * CLAUSE_COUNT_WEIGHT : 0) + score };
      });
      scored.sort((a, b) => b.key - a.key || a.document - b.document);
      return {
        documents: scored.map(({ document }) => document),
        scores: scored.map(({ score }) => score),
        matched: scored.map(({ matched }) => matched),
        total: count,
        partial: partial && count > 0,
      };
    } finally {
      totalScores.clear();
    }
  }

  /** A query of filters only: every accepted document, newest first. */
  private browse(filter: DocumentFilter): Ranked {
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
    return {
      documents,
      scores: documents.map(() => 0),
      matched: documents.map(() => 0),
      total: documents.length,
      partial: false,
    };
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
  /**
   * A document's text words as term numbers in reading order (boilerplate as SEQUENCE_BREAK), its
   * title left out: what near-duplicate signatures are built from without analyzing the text again.
   */
  textTerms(id: string): Uint32Array | undefined {
    const number = this.numbers.get(id);
    const record = number === undefined ? undefined : this.records[number];
    const sequence = number === undefined ? undefined : this.sequences.get(number);
    return record && sequence ? sequence.subarray(record.titleLength + 1) : undefined;
  }

  /** The normalized word a term number stands for. */
  termText(term: number): string {
    return this.vocabulary.term(term);
  }

  documentHits(id: string, query: string): Span[] {
    const number = this.numbers.get(id);
    const record = number === undefined ? undefined : this.records[number];
    if (!record) return [];
    const text = this.getText(id);
    if (text === undefined) return [];
    const prepared = this.scorer.prepare(parseQuery(query));
    return mergeHits(locateHits(text, record.boilerplate, prepared.matcher));
  }

  // ---------------------------------------------------------------- persistence

  /**
   * The whole index as strings (FlexSearch's own export for the postings), for the services layer
   * to write to disk and hand back to `fromSnapshot` while the corpus is unchanged.
   */
  exportSnapshot(): Record<string, string> {
    const exported = (postings: PostingIndex): Record<string, string> => {
      const parts: Record<string, string> = {};
      postings.export((key, data) => (parts[key] = data));
      return parts;
    };
    return writeSnapshot({
      totals: this.totals,
      stale: this.stalePostings,
      records: packRecords(this.records),
      vocabulary: this.vocabulary.pack(),
      sequences: this.sequences.pack(),
      postings: { text: exported(this.textPostings), title: exported(this.titlePostings) },
    });
  }

  /**
   * An index restored from `exportSnapshot` output, without analyzing any text again. Throws if
   * the snapshot comes from another version or is incomplete; the caller then rebuilds.
   */
  static fromSnapshot(snapshot: Record<string, string>, options: CorpusIndexOptions): CorpusIndex {
    const contents = readSnapshot(snapshot);
    const index = new CorpusIndex(options);
    index.totals = { ...contents.totals };
    index.stalePostings = contents.stale;
    unpackRecords(contents.records).forEach((record, number) => {
      if (record) index.remember(number, record);
      else index.records[number] = undefined;
    });
    index.vocabulary = TermVocabulary.unpack(contents.vocabulary);
    index.sequences = TermSequences.unpack(contents.sequences);
    index.records.forEach((record, number) => {
      const sequence = index.sequences.get(number);
      if (record && sequence) index.documentCounts.change([sequence], +1);
    });
    for (const [key, data] of Object.entries(contents.postings.text ?? {})) index.textPostings.import(key, data);
    for (const [key, data] of Object.entries(contents.postings.title ?? {})) index.titlePostings.import(key, data);
    return index;
  }
}
