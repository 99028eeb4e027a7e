import { Index } from 'flexsearch';
import { TF_SLOTS } from './bm25';
import { PostingLog, TERMS_PER_PART } from './postingLog';
import type { SlottedPostings } from './slottedPostings';
import type { TablePostings } from './corpusTables';
import type { SlottedTerms } from './termSlots';

/** Stands for "the prepared terms" in FlexSearch's content argument; no analyzed term has a NUL. */
const PREPARED_TERMS = '\u0000';
const NO_TERMS: readonly string[] = [];
const NO_SLOTS: ArrayLike<number> = [];

/**
 * One FlexSearch index used as an inverted index: term → documents, with each document's BM25
 * term-frequency weight carried by the resolution slot it sits in. Terms arrive already analyzed
 * by the project's analyzer, so FlexSearch's encoders and charsets are bypassed: for a document
 * its encoder hands back the prepared term list (FlexSearch only accepts text, and joining and
 * re-splitting millions of terms costs as much as indexing them), for a query it returns the one
 * term asked for, and its scoring callback returns the slot prepared for the term at that position.
 */
export class PostingIndex {
  private readonly index: Index;
  private pendingTerms: readonly string[] = NO_TERMS;
  private pendingSlots: ArrayLike<number> = NO_SLOTS;
  /**
   * While the index is empty, postings go to a log imported into FlexSearch at the first read;
   * FlexSearch's import replaces whole posting lists, so after that, documents go through `add`.
   */
  private log: PostingLog | undefined = new PostingLog();

  /**
   * Without FlexSearch's fast updates, which would keep a reference per posting (tens of MB) and
   * which its import cannot restore anyway: the corpus index retires removed documents itself.
   * `termText` is the text of a term number, which FlexSearch keys its lists by.
   */
  constructor(private readonly termText: (termId: number) => string) {
    this.index = new Index({
      tokenize: 'strict',
      resolution: TF_SLOTS,
      fastupdate: false,
      encode: (content: string) => (content === PREPARED_TERMS ? (this.pendingTerms as string[]) : [content]),
      score: (_content, _term, position) => this.pendingSlots[position] ?? TF_SLOTS - 1,
    });
  }

  /** Indexes a document's distinct terms, each in the slot given for it. */
  add(document: number, slotted: SlottedTerms): void {
    if (slotted.ids.length === 0) return;
    if (this.log) {
      this.log.add(document, slotted);
      return;
    }
    this.pendingTerms = Array.from(slotted.ids, this.termText);
    this.pendingSlots = slotted.slots;
    try {
      this.index.add(document, PREPARED_TERMS);
    } finally {
      this.pendingTerms = NO_TERMS;
      this.pendingSlots = NO_SLOTS;
    }
  }

  /**
   * Fills an empty index with whole posting lists, e.g. read back from the search tables:
   * `documents` are the numbers of the documents they hold, each list's slots ascend. The lists
   * are FlexSearch's own from then on, so they must be fresh arrays.
   */
  restore(documents: number[], lists: Iterable<[string, (number[] | undefined)[]]>): void {
    if (!this.log || this.log.size > 0) throw new Error('Only an empty posting index can be restored.');
    this.log = undefined;
    // FlexSearch's typings say text, but its import parses only strings and takes arrays as they are.
    const load = (key: string, data: unknown) => this.index.import(key, data as string);
    load('1.reg', documents);
    let part = 1;
    let entries: [string, (number[] | undefined)[]][] = [];
    for (const list of lists) {
      entries.push(list);
      if (entries.length === TERMS_PER_PART) {
        load(`${part++}.map`, entries);
        entries = [];
      }
    }
    if (entries.length > 0) load(`${part}.map`, entries);
  }

  /** Hands logged postings to FlexSearch; from then on documents are added one by one. */
  private settle(): void {
    const log = this.log;
    if (!log) return;
    this.log = undefined;
    if (log.size === 0) return;
    // FlexSearch's typings say text, but its import parses only strings and takes arrays as they are.
    for (const [key, data] of log.importParts(this.termText)) this.index.import(key, data as unknown as string);
  }

  /**
   * The postings of one term (number `termId`) for writing the search tables: straight from the
   * log while it has not been handed to FlexSearch, so that writing the tables at the end of an
   * import does not first build FlexSearch's lists (`settle` does that later, nobody waiting).
   */
  tablePostings(termId: number, term: string): TablePostings | undefined {
    return this.log ? this.log.slotted(termId) : this.postings(term);
  }

  /** Lets go of what `tablePostings` counted to read the log, once the tables are taken. */
  releaseTablePostings(): void {
    this.log?.forgetGrouping();
  }

  /** Hands logged postings to FlexSearch now, rather than at the first search that needs them. */
  settleNow(): void {
    this.settle();
  }

  /** The postings of one term, or undefined when no document has it. Never modify the arrays. */
  postings(term: string): SlottedPostings | undefined {
    if (term === '' || term === PREPARED_TERMS) return undefined;
    this.settle();
    const result = this.index.search(term, { resolve: false }).result as SlottedPostings;
    return result.length > 0 ? result : undefined;
  }

  export(write: (key: string, data: string) => void): void {
    this.settle();
    this.index.export(write);
  }

  import(key: string, data: string): void {
    this.settle();
    this.index.import(key, data);
  }
}
