import type { Span } from '../text/span';
import { readSnapshot, writeSnapshot, type CorpusTotals } from './corpusSnapshot';
import { CorpusSearch, type SearchableCorpus } from './corpusSearch';
import type { CorpusTables } from './corpusTables';
import { calendarDay, sourceKey } from './documentFilter';
import { packRecords, unpackRecords, type DocumentRecord } from './documentRecord';
import { documentTerms } from './documentTerms';
import type { FreshPostings, IndexParts } from './indexParts';
import type { IndexableDocument } from './indexableDocument';
import { locateHits, mergeHits } from './locateHits';
import { parseQuery } from './parseQuery';
import { PostingIndex } from './postingIndex';
import type { SearchRequest, SearchResult } from './searchResult';
import { TermDocumentCounts } from './termDocumentCounts';
import { TermSequences } from './termSequences';
import { TermSlotCounter } from './termSlots';
import { TermVocabulary } from './termVocabulary';

export interface CorpusIndexOptions {
  /**
   * The stored text of a document, for snippets and hit spans. The index keeps no texts: the
   * services layer reads them from disk (with a cache).
   */
  getText: (id: string) => string | undefined;
}

/** Field lengths assumed before documents are seen, weighted like this many documents. */
const PRIOR_TEXT_LENGTH = 250;
const PRIOR_TITLE_LENGTH = 10;
const PRIOR_WEIGHT = 10;
/** Removed documents tolerated in the postings before they are rebuilt. */
const MAX_STALE_DOCUMENTS = 64;
const MAX_STALE_SHARE = 0.05;

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
  private textPostings = new PostingIndex((termId) => this.termText(termId));
  private titlePostings = new PostingIndex((termId) => this.termText(termId));
  /**
   * Removing a document from FlexSearch without its fast updates scans every posting list (about
   * a second for this corpus), and fast updates cost a reference per posting and do not survive
   * its export. So a removed or replaced document only leaves stale postings, which the
   * live-record check skips, and once there are enough of them the postings are rebuilt from the
   * term sequences (no text analysis needed).
   */
  private stalePostings = 0;
  private totals: CorpusTotals = { documents: 0, textWords: 0, titleWords: 0 };
  /** One for each field: a document's title and text terms are both in use until it is indexed. */
  private readonly titleSlots = new TermSlotCounter();
  private readonly textSlots = new TermSlotCounter();
  private readonly searcher: CorpusSearch;

  constructor(options: CorpusIndexOptions) {
    this.getText = options.getText;
    const index = this;
    const corpus: SearchableCorpus = {
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
      get capacity() {
        return index.records.length;
      },
      isLive: (document) => index.records[document] !== undefined,
      sourceKeyOf: (document) => index.sourceKeys[document],
      dayOf: (document) => index.days[document],
      hitDocument(document) {
        const record = index.records[document];
        return record && { ...record, text: index.getText(record.id) };
      },
    };
    this.searcher = new CorpusSearch(corpus);
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
    this.sequences.add(number, sequence);
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
    this.textPostings = new PostingIndex((termId) => this.termText(termId));
    this.titlePostings = new PostingIndex((termId) => this.termText(termId));
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
  ): Uint32Array[] {
    const title = this.titleSlots.count(sequence, 0, titleLength, this.vocabulary, average.title);
    this.titlePostings.add(number, title);
    const text = this.textSlots.count(sequence, titleLength + 1, sequence.length, this.vocabulary, average.text);
    this.textPostings.add(number, text);
    return [title.ids, text.ids];
  }

  // ---------------------------------------------------------------- search

  search(request: SearchRequest): SearchResult {
    this.compactIfStale();
    return this.searcher.search(request);
  }

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

  /** Every hit of the query in one document, in text order, overlapping hits merged. */
  documentHits(id: string, query: string): Span[] {
    const number = this.numbers.get(id);
    const record = number === undefined ? undefined : this.records[number];
    if (!record) return [];
    const text = this.getText(id);
    if (text === undefined) return [];
    const prepared = this.searcher.prepare(parseQuery(query));
    return mergeHits(locateHits(text, record.boilerplate, prepared.matcher));
  }

  // ---------------------------------------------------------------- persistence

  /**
   * The index's parts as a search sees them (stale postings compacted first, as a search would),
   * for the services layer to write the on-disk tables of one-shot commands. Valid until the
   * index next changes.
   */
  tables(): CorpusTables {
    this.compactIfStale();
    const { vocabulary, documentCounts, textPostings, titlePostings, records, sequences } = this;
    return {
      totals: { ...this.totals },
      capacity: records.length,
      termCount: vocabulary.size,
      term: (termId) => vocabulary.term(termId),
      forEachStem: (visit) => vocabulary.forEachStem(visit),
      termFrequency: (termId) => documentCounts.term(termId),
      textPostings: (termId) => textPostings.tablePostings(termId, vocabulary.term(termId)),
      titlePostings: (termId) => titlePostings.tablePostings(termId, vocabulary.term(termId)),
      record: (document) => records[document],
      sequence: (document) => (records[document] ? sequences.get(document) : undefined),
    };
  }

  /**
   * Lets go of what taking the tables counted (see `tables`), once they are written: over a large
   * corpus, a hundred megabytes and more the index would otherwise hold until its first search.
   */
  releaseTables(): void {
    this.textPostings.releaseTablePostings();
    this.titlePostings.releaseTablePostings();
  }

  /**
   * Makes the postings searchable now: an index built from empty keeps them in a log until the
   * first search (see `PostingIndex`), which then waits for them. Call it when nobody waits.
   */
  settle(): void {
    this.textPostings.settleNow();
    this.titlePostings.settleNow();
  }

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
   * An index restored from the parts the search tables keep (see `IndexParts`), without analyzing
   * any text again: it numbers terms and documents as the index that wrote them did.
   */
  static fromParts(parts: IndexParts, options: CorpusIndexOptions): CorpusIndex {
    const index = new CorpusIndex(options);
    index.totals = { ...parts.totals };
    index.vocabulary = TermVocabulary.restore(parts.terms, parts.stems);
    const live: number[] = [];
    for (let number = 0; number < parts.capacity; number++) {
      const record = parts.records[number];
      const sequence = parts.sequences[number];
      index.records[number] = undefined;
      if (!record || !sequence) continue;
      index.remember(number, record);
      index.sequences.set(number, sequence);
      index.documentCounts.change([sequence], +1);
      live.push(number);
    }
    const text: [string, FreshPostings][] = [];
    const title: [string, FreshPostings][] = [];
    // Reports removed or replaced since the postings were last rebuilt keep theirs until the next
    // rebuild, in the tables too: counted again here, as the writing index counted them, so that
    // they are rebuilt away as they would have been rather than pile up session after session.
    const stale = new Uint8Array(parts.capacity);
    const countStale = (postings: FreshPostings) => {
      for (const slot of postings) {
        if (!slot) continue;
        for (const document of slot) {
          if (index.records[document] !== undefined || stale[document] === 1) continue;
          stale[document] = 1;
          index.stalePostings++;
        }
      }
    };
    parts.terms.forEach((term, termId) => {
      const postings = parts.postings(termId);
      if (postings.text) {
        text.push([term, postings.text]);
        countStale(postings.text);
      }
      if (postings.title) {
        title.push([term, postings.title]);
        countStale(postings.title);
      }
    });
    index.textPostings.restore(live, text);
    index.titlePostings.restore(live, title);
    return index;
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
