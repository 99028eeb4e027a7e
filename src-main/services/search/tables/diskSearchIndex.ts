import { CorpusSearch, type HitDocument, type SearchableCorpus } from '../../../core/search/corpusSearch';
import { POSTING_UNION_LIMITS, PostingUnions, type PostingUnionLimits } from '../../../core/search/postingUnions';
import { sourceKey } from '../../../core/search/documentFilter';
import type { PostingSource, TermFrequencies } from '../../../core/search/indexedCorpus';
import type { SlottedPostings } from '../../../core/search/slottedPostings';
import type { SearchRequest, SearchResult } from '../../../core/search/searchResult';
import type { Span } from '../../../core/text/span';
import { locateHits, mergeHits } from '../../../core/search/locateHits';
import { parseQuery } from '../../../core/search/parseQuery';
import { readStoredText } from '../../project/storedText';
import { decodePostings } from './decodePostings';
import { DiskVocabulary } from './diskVocabulary';
import {
  DOCUMENT_FIELDS,
  DocumentField,
  asRecordLine,
  TermField,
  type SearchTablesLayout,
  type SearchTablesMeta,
} from './searchTablesLayout';
import { SortedLines } from './sortedLines';
import { TableFile } from './tableFile';
import { TermPresence } from './termPresence';

const decoder = new TextDecoder();

/** What the tables keep of a live document: what a hit shows, and where its text is stored. */
export interface StoredDocument extends Omit<HitDocument, 'text'> {
  /** Empty when the index did not know the text. */
  sha256: string;
}

/**
 * How much a long-lived index (the app's, before it loads the in-memory one) keeps of what its
 * queries read, counted in postings, in sequence words (of a reader that is not resident), and
 * in vocabulary words, stems and table lines: past one, what it counts is forgotten before the
 * next query, so memory stays bounded whatever is searched. Then the unions of common words'
 * postings a resident reader keeps (`PostingUnions`).
 */
export interface RememberedLimits {
  postings: number;
  sequenceWords: number;
  words: number;
  unions: PostingUnionLimits;
}

const REMEMBERED: RememberedLimits = {
  postings: 4_000_000,
  sequenceWords: 4_000_000,
  words: 200_000,
  unions: POSTING_UNION_LIMITS,
};

/** One field's postings, read from `postings.bin` for the terms a query asks for. */
class DiskPostings implements PostingSource {
  private readonly cache = new Map<number, SlottedPostings | undefined>();
  /** Postings held by `cache`. */
  remembered = 0;

  constructor(
    private readonly vocabulary: DiskVocabulary,
    private readonly file: TableFile,
    private readonly offsetField: number,
    private readonly lengthField: number,
  ) {}

  postings(term: string): SlottedPostings | undefined {
    const id = this.vocabulary.idOf(term);
    if (id === undefined) return undefined;
    if (!this.cache.has(id)) this.cache.set(id, this.read(id));
    return this.cache.get(id);
  }

  /** The slots as FlexSearch holds them: up to the last non-empty one, empty ones as holes. */
  private read(id: number): SlottedPostings | undefined {
    const row = this.vocabulary.row(id);
    const length = row[this.lengthField]!;
    if (length === 0) return undefined;
    const { slots, count } = decodePostings(this.file.view(row[this.offsetField]!, length));
    this.remembered += count;
    return slots.length > 0 ? slots : undefined;
  }

  forget(): void {
    this.cache.clear();
    this.remembered = 0;
  }
}

/**
 * A search over the on-disk tables (see `searchTablesLayout`), for a one-shot command: it reads
 * the document table and the block starts, then per query only the lines, postings and term
 * sequences of the words asked for, and the records and texts of the hits shown. It ranks through
 * the same `CorpusSearch` as the in-memory index, so it returns the same hits.
 */
export class DiskSearchIndex implements SearchableCorpus {
  readonly vocabulary: DiskVocabulary;
  readonly textPostings: DiskPostings;
  readonly titlePostings: DiskPostings;
  readonly documentCounts: TermFrequencies;
  readonly documentCount: number;
  readonly capacity: number;
  private readonly files: TableFile[];
  private readonly documents: Uint32Array;
  private readonly sequences: TableFile;
  private readonly records: TableFile;
  private readonly ids: SortedLines;
  private readonly sourceKeys: (string | undefined)[] = [];
  private readonly searcher: CorpusSearch;
  private readonly readText: (sha256: string) => string | undefined;
  private readonly sequenceCache = new Map<number, Uint32Array>();
  private sequenceWords = 0;
  /** False for a reader that reads every sequence once (clusters): keeping them would only cost memory. */
  private readonly rememberSequences: boolean;
  private readonly remembered: RememberedLimits;

  /**
   * `readText` reads a stored text by hash (by default straight from the text store, uncached);
   * `resident` reads the vocabulary, term rows, postings and sequences into memory at once, for a
   * process that answers many queries (the app), where a one-shot command reads only what it needs;
   * `rememberSequences` false reads a document's sequence again at each use instead of keeping the
   * last few million words of them.
   */
  constructor(
    layout: SearchTablesLayout,
    private readonly meta: SearchTablesMeta,
    textsDir: string,
    private readonly options: {
      readText?: (sha256: string) => string | undefined;
      resident?: boolean;
      rememberSequences?: boolean;
      /** Smaller bounds than the app's, for tests. */
      remembered?: RememberedLimits;
      /** The stamp of the library file the tables were found to match (see `openSearchTables`). */
      libraryStamp?: string;
    } = {},
  ) {
    const { readText, resident } = options;
    this.remembered = options.remembered ?? REMEMBERED;
    this.rememberSequences = options.rememberSequences ?? true;
    // A file missing or cut short fails the whole: those already open are closed with it.
    const opened: TableFile[] = [];
    const open = (path: string, whole?: boolean) => {
      const file = new TableFile(path, { resident: whole });
      opened.push(file);
      return file;
    };
    try {
      const terms = open(layout.terms, resident);
      const stems = open(layout.stems, resident);
      const termTable = open(layout.termTable, resident);
      const postings = open(layout.postings, resident);
      this.sequences = open(layout.sequences, resident);
      this.records = open(layout.records);
      const ids = open(layout.ids);
      this.ids = new SortedLines(ids, meta.idBlocks);
      this.files = [terms, stems, termTable, postings, this.sequences, this.records, ids];
      this.vocabulary = new DiskVocabulary(
        meta.termCount,
        new SortedLines(terms, meta.termBlocks),
        new SortedLines(stems, meta.stemBlocks),
        terms,
        termTable,
        resident ? new TermPresence(terms.view(0, terms.size), meta.termCount) : undefined,
      );
      this.textPostings = new DiskPostings(this.vocabulary, postings, TermField.TextOffset, TermField.TextLength);
      this.titlePostings = new DiskPostings(this.vocabulary, postings, TermField.TitleOffset, TermField.TitleLength);
      const vocabulary = this.vocabulary;
      this.documentCounts = { term: (id) => vocabulary.row(id)[TermField.Frequency]! };
      this.documentCount = meta.totals.documents;
      this.capacity = meta.capacity;
      // Read straight into its rows: the one table read whole, a few words per document.
      const documents = new TableFile(layout.documents);
      try {
        if (documents.size !== meta.capacity * DOCUMENT_FIELDS * 4) throw new Error(`${layout.documents} is cut short`);
        this.documents = new Uint32Array(meta.capacity * DOCUMENT_FIELDS);
        documents.readInto(this.documents, 0);
      } finally {
        documents.close();
      }
      this.readText = readText ?? ((sha256) => readStoredText(textsDir, sha256));
      // The tables never change; a process that asks them many questions keeps common words' unions.
      const unions = resident ? new PostingUnions(meta.totals.documents, this.remembered.unions) : undefined;
      this.searcher = new CorpusSearch(this, unions);
    } catch (error) {
      for (const file of opened) file.close();
      throw error;
    }
  }

  /** The corpus fingerprint the tables were written for. */
  get fingerprint(): string {
    return this.meta.fingerprint;
  }

  /** The stamp of the library file the tables were found to match, when they were checked against one. */
  get libraryStamp(): string | undefined {
    return this.options.libraryStamp;
  }

  search(request: SearchRequest): SearchResult {
    this.forgetIfLarge();
    return this.searcher.search(request);
  }

  /** Every hit of the query in one document, in text order, overlapping hits merged. */
  documentHits(id: string, query: string): Span[] {
    this.forgetIfLarge();
    const document = this.documentById(id);
    const text = document && this.textOf(document);
    if (!document || text === undefined) return [];
    const prepared = this.searcher.prepare(parseQuery(query));
    return mergeHits(locateHits(text, document.boilerplate, prepared.matcher));
  }

  /**
   * A document's text words as term numbers (its title left out), as the in-memory index gives
   * them to similarity: the tables number terms as the index they were written from does.
   */
  textTerms(id: string): Uint32Array | undefined {
    const line = this.ids.find(id);
    const found = line && this.sequenceOf(Number(line.rest));
    return found?.sequence.subarray(found.titleLength + 1);
  }

  /** A term's text for similarity, which asks for every term once: read, not remembered. */
  termText(term: number): string {
    return this.vocabulary.termPassingBy(term);
  }

  /**
   * Forgets what earlier queries read once it outgrows its bounds (only between queries): postings
   * and words apart, as they are kept by term number, which forgetting the words leaves as it was.
   * Correcting a mistyped word looks up hundreds of words, so the words' bound is reached far
   * sooner, and forgetting the postings with them made the next queries decode them all again.
   */
  private forgetIfLarge(): void {
    if (this.textPostings.remembered + this.titlePostings.remembered > this.remembered.postings) {
      this.textPostings.forget();
      this.titlePostings.forget();
    }
    if (this.vocabulary.remembered + this.ids.remembered > this.remembered.words) {
      this.vocabulary.forget();
      this.ids.forget();
    }
  }

  private field(document: number, field: number): number {
    return this.documents[document * DOCUMENT_FIELDS + field] ?? 0;
  }

  isLive(document: number): boolean {
    return this.field(document, DocumentField.RecordLength) > 0;
  }

  sourceKeyOf(document: number): string | undefined {
    const place = this.field(document, DocumentField.Source);
    if (place === 0) return undefined;
    const source = this.meta.sources[place - 1];
    return (this.sourceKeys[place] ??= source === undefined ? undefined : sourceKey(source));
  }

  dayOf(document: number): string | undefined {
    const place = this.field(document, DocumentField.Day);
    return place === 0 ? undefined : this.meta.days[place - 1];
  }

  sequenceOf(document: number): { sequence: Uint32Array; titleLength: number } | undefined {
    if (!this.isLive(document)) return undefined;
    let sequence = this.sequenceCache.get(document);
    if (!sequence) {
      sequence = this.sequences.words(
        this.field(document, DocumentField.SequenceOffset) * 4,
        this.field(document, DocumentField.SequenceLength),
      );
      // Resident sequences are read in place: keeping them would only hold a second copy.
      if (!this.rememberSequences || this.sequences.isResident)
        return { sequence, titleLength: this.field(document, DocumentField.TitleLength) };
      if (this.sequenceWords + sequence.length > this.remembered.sequenceWords) {
        this.sequenceCache.clear();
        this.sequenceWords = 0;
      }
      this.sequenceCache.set(document, sequence);
      this.sequenceWords += sequence.length;
    }
    return { sequence, titleLength: this.field(document, DocumentField.TitleLength) };
  }

  /** Every live document's id and date, reading every record: for rebuilding what the tables lack. */
  liveDocuments(): { id: string; date?: string }[] {
    const documents: { id: string; date?: string }[] = [];
    for (let number = 0; number < this.capacity; number++) {
      const stored = this.record(number);
      if (stored) documents.push(stored.date === undefined ? { id: stored.id } : { id: stored.id, date: stored.date });
    }
    return documents;
  }

  /** A live document's record (its text not read), found by id. */
  documentById(id: string): StoredDocument | undefined {
    const line = this.ids.find(id);
    return line ? this.record(Number(line.rest)) : undefined;
  }

  /** The stored text of a document, or undefined when it cannot be read. */
  textOf(document: StoredDocument): string | undefined {
    return document.sha256 === '' ? undefined : this.readText(document.sha256);
  }

  /** The title of the first live document (its text is not read), or undefined for tables without one. */
  firstTitle(): string | undefined {
    for (let document = 0; document < this.capacity; document++) {
      const stored = this.record(document);
      if (stored) return stored.title;
    }
    return undefined;
  }

  hitDocument(document: number): HitDocument | undefined {
    const stored = this.record(document);
    if (!stored) return undefined;
    const { sha256: _sha256, ...shown } = stored;
    return { ...shown, text: this.textOf(stored) };
  }

  private record(document: number): StoredDocument | undefined {
    if (!this.isLive(document)) return undefined;
    const line = this.records.view(
      this.field(document, DocumentField.RecordOffset),
      this.field(document, DocumentField.RecordLength),
    );
    const [id, title, source, date, sha, flatSpans] = asRecordLine(JSON.parse(decoder.decode(line)));
    const boilerplate: Span[] = [];
    for (let i = 0; i + 1 < flatSpans.length; i += 2)
      boilerplate.push({ start: flatSpans[i]!, end: flatSpans[i + 1]! });
    const stored: StoredDocument = { id, title, boilerplate, sha256: sha };
    if (source !== null) stored.source = source;
    if (date !== null) stored.date = date;
    return stored;
  }

  close(): void {
    for (const file of this.files) file.close();
  }
}
