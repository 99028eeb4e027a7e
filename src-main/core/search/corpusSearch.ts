import type { Span } from '../text/span';
import { BestFirst } from './bestFirst';
import { buildSnippets } from './buildSnippets';
import { documentFilter, type DocumentFilter } from './documentFilter';
import { DocumentScores } from './documentScores';
import type { IndexedCorpus } from './indexedCorpus';
import { locateHits } from './locateHits';
import { parseQuery } from './parseQuery';
import type { PostingUnions } from './postingUnions';
import type { ParsedQuery, QueryNotice } from './queryModel';
import { QueryScorer, type PreparedQuery } from './queryScorer';
import { RERANK_DEPTH } from './rankingWeights';
import { readingsShown } from './readingsShown';
import { spellingIn } from './wordSpelling';
import type { SpellingCorrection } from './spellingCorrections';
import type { SearchCorrection, SearchHit, SearchRequest, SearchResult } from './searchResult';

/** The first reading of each typed word: readings come likeliest first (see `readingsOf`). */
function likeliestReadings(corrections: readonly SpellingCorrection[]): SpellingCorrection[] {
  const seen = new Set<string>();
  return corrections.filter(({ typed }) => !seen.has(typed) && seen.add(typed));
}

/** What a hit shows of a document, and the text its snippets are cut from. */
export interface HitDocument {
  id: string;
  title: string;
  source?: string;
  date?: string;
  /** Sorted, merged spans of the text left out of search. */
  boilerplate: Span[];
  /** The stored text, or undefined when it cannot be read (no snippets then). */
  text: string | undefined;
}

/**
 * An index as the search procedure sees it: scoring's view (`IndexedCorpus`) plus, per document
 * number, whether it is live, what filters compare and what a hit shows. Only the documents of
 * the page asked for are ever asked for `hitDocument`, and the best one when a notice names the
 * readings of a mistyped word (to spell them as it does).
 */
export interface SearchableCorpus extends IndexedCorpus {
  /** Every document number, live or removed, is below this. */
  readonly capacity: number;
  isLive(document: number): boolean;
  /** The normalized source name filters compare (see `sourceKey`), if the document has a source. */
  sourceKeyOf(document: number): string | undefined;
  /** The calendar day (YYYY-MM-DD) of the document's date, if it has one. */
  dayOf(document: number): string | undefined;
  hitDocument(document: number): HitDocument | undefined;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1_000;
/** Partial matches rank first by how many clauses they satisfy: this keeps the count dominant. */
const CLAUSE_COUNT_WEIGHT = 1e6;

interface Ranked {
  documents: number[];
  scores: number[];
  /** Per document, how many of the query's clauses it matched. */
  matched: number[];
  total: number;
  partial: boolean;
}

/** A re-ranked candidate: its score with the proximity bonus, and the key it is sorted by. */
interface Scored {
  document: number;
  score: number;
  matched: number;
  key: number;
}

/** Puts `key` in its place in `keys` (best first), keeping at most `size` of them. */
function insertDescending(keys: number[], key: number, size: number): void {
  if (keys.length === size && key <= keys[size - 1]!) return;
  let at = keys.length === size ? size - 1 : keys.length;
  while (at > 0 && keys[at - 1]! < key) {
    keys[at] = keys[at - 1]!;
    at--;
  }
  keys[at] = key;
}

const NOTHING: Ranked = { documents: [], scores: [], matched: [], total: 0, partial: false };

function typoNotice(corrections: readonly SearchCorrection[]): QueryNotice {
  const readings = corrections
    .map(
      ({ typed, readAs, typedSpelling, readAsSpelling }) =>
        `«${readAsSpelling ?? readAs}» (you typed «${typedSpelling ?? typed}»)`,
    )
    .join('; ');
  return { code: 'typo-corrected', message: `Also showing results for ${readings}.` };
}

/**
 * The search procedure over any `SearchableCorpus`: parse, compile against the corpus's
 * vocabulary, score with BM25, filter, re-rank the best by proximity, and cut snippets from the
 * texts of the page shown. The in-memory index and the on-disk reader of a one-shot command both
 * search through it, so the same query ranks the same hits the same way in either. Scratch score
 * arrays are kept between queries; one search runs at a time.
 */
export class CorpusSearch {
  private readonly scorer: QueryScorer;
  /** Sum of clause scores per document; its count is how many clauses the document matched. */
  private readonly totalScores = new DocumentScores();
  private readonly excludedDocuments = new DocumentScores();

  /**
   * `unions` keeps the largest unions of postings from query to query (see `PostingUnions`): only
   * for a corpus whose postings never change (the on-disk tables).
   */
  constructor(
    private readonly corpus: SearchableCorpus,
    unions?: PostingUnions,
  ) {
    this.scorer = new QueryScorer(corpus, unions);
  }

  /** A parsed query compiled against the corpus, for highlighting one document's hits. */
  prepare(parsed: ParsedQuery): PreparedQuery {
    return this.scorer.prepare(parsed);
  }

  search(request: SearchRequest): SearchResult {
    const offset = Math.max(0, Math.floor(request.offset ?? 0));
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)));
    const notices: QueryNotice[] = [];
    const parsed = parseQuery(request.query);
    notices.push(...parsed.notices);
    const prepared = this.scorer.prepare(parsed, { tolerateTypos: request.exactSpelling !== true });
    let corrections: SearchCorrection[] = [];
    let typedOnly: number | undefined;
    const filter = documentFilter({
      sourceLists: [request.sources ?? [], parsed.sources],
      after: this.validDay(request.after, notices) ?? parsed.after,
      before: this.validDay(request.before, notices) ?? parsed.before,
    });
    const result: SearchResult = { query: request.query, total: 0, offset, limit, partial: false, hits: [] };
    const capacity = this.corpus.capacity;
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
      // The results as read for the page, the best first, kept for the notice's spellings below.
      const shownDocuments: HitDocument[] = [];
      for (let rank = offset; rank < Math.min(ranked.documents.length, offset + limit); rank++) {
        const shown = this.corpus.hitDocument(ranked.documents[rank]!);
        if (!shown) continue;
        shownDocuments.push(shown);
        result.hits.push(this.hit(shown, ranked.scores[rank]!, ranked.matched[rank]! < clauses, prepared));
      }
      // The notice speaks of the results shown, the best first: any that holds a reading and not
      // the word as typed relies on it, wherever typo tolerance's lower weight ranked it.
      if (prepared.compiled.corrections.length > 0) {
        const best = offset === 0 || ranked.documents[0] === undefined ? [] : [ranked.documents[0]];
        const spoken = [...best, ...ranked.documents.slice(offset, offset + limit)];
        const sequences = spoken
          .map((document) => this.corpus.sequenceOf(document)?.sequence)
          .filter((sequence) => sequence !== undefined);
        let readings = readingsShown(prepared.compiled, this.corpus.vocabulary, sequences);
        const spelledBy: HitDocument[] = [];
        if (!result.partial && result.total > 0) {
          // Preparing again replaces the term masks the hits above were highlighted with: hits first.
          const typedTotal = this.countMatches(this.scorer.prepare(parsed, { tolerateTypos: false }), filter);
          if (typedTotal < result.total) {
            typedOnly = typedTotal;
            // Readings added results below the page: the count says so, and the notice names the
            // likeliest reading of each word read otherwise, spelled as a report that has it writes it.
            if (typedTotal > 0 && readings.length === 0) {
              readings = likeliestReadings(prepared.compiled.corrections);
              spelledBy.push(...readings.flatMap(({ readAs }) => this.firstDocumentWith(readAs) ?? []));
            }
          }
        }
        if (readings.length > 0) {
          const bestShown = best.flatMap((document) => this.corpus.hitDocument(document) ?? []);
          corrections = this.spelled(readings, parsed, [...bestShown, ...shownDocuments, ...spelledBy]);
          notices.push(typoNotice(corrections));
        }
      }
    } finally {
      this.excludedDocuments.clear();
    }
    if (notices.length > 0) {
      result.notice = notices.map((notice) => notice.message).join(' ');
      result.noticeCodes = [...new Set(notices.map((notice) => notice.code))];
    }
    if (corrections.length > 0) result.corrections = corrections;
    if (typedOnly !== undefined) result.typedTotal = typedOnly;
    return result;
  }

  /**
   * The corrections with their words as a reader writes them: the typed word as the query's word
   * spells it, the reading as the first result shown that has it does (its title, else its text),
   * the best result first. The search knows
   * both only folded, and «هل تقصد «نتيجه»» misspells the very word it suggests.
   */
  private spelled(
    readings: readonly SpellingCorrection[],
    parsed: ParsedQuery,
    shown: readonly HitDocument[],
  ): SearchCorrection[] {
    // Only required words are read otherwise: not phrases, prefixes, exclusions or filter values.
    const typedWords = parsed.required.flatMap((clause) =>
      clause.alternatives.flatMap((term) => (term.kind === 'word' ? [term.text] : [])),
    );
    return readings.map(({ typed, readAs }) => {
      const typedSpelling = typedWords.map((text) => spellingIn(text, typed)).find((found) => found !== undefined);
      // From the first result shown that has the reading: the best one may have the word as typed.
      let readAsSpelling: string | undefined;
      for (const document of shown) {
        readAsSpelling = spellingIn(document.title, readAs) ?? spellingIn(document.text ?? '', readAs);
        if (readAsSpelling !== undefined) break;
      }
      return {
        typed,
        readAs,
        ...(typedSpelling !== undefined && { typedSpelling }),
        ...(readAsSpelling !== undefined && { readAsSpelling }),
      };
    });
  }

  /** A date from the request's own filter fields, checked like after: in a query. */
  private validDay(value: string | undefined, notices: QueryNotice[]): string | undefined {
    if (value === undefined || value === '') return undefined;
    const parsed = parseQuery(`after:${value}`);
    notices.push(...parsed.notices);
    return parsed.after;
  }

  private accepts(document: number, filter: DocumentFilter): boolean {
    if (!this.corpus.isLive(document) || this.excludedDocuments.has(document)) return false;
    return !filter.active || filter.accepts(this.corpus.sourceKeyOf(document), this.corpus.dayOf(document));
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
        if (this.matchesEvery(document, clauses, filter)) {
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
      const best = new BestFirst(candidates.subarray(0, count), keys.subarray(0, count));
      const scored = this.rerank(best, Math.min(depth, count), prepared, partial, wanted);
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

  /** A document that holds the word in its title or text, as a hit shows it; undefined if none does. */
  private firstDocumentWith(word: string): HitDocument | undefined {
    for (const postings of [this.corpus.titlePostings.postings(word), this.corpus.textPostings.postings(word)]) {
      for (const documents of postings ?? []) {
        const document = documents?.find((candidate) => this.corpus.isLive(candidate));
        if (document !== undefined) return this.corpus.hitDocument(document);
      }
    }
    return undefined;
  }

  /** Whether a scored document matched all `clauses` and passes the filter: a result, not a partial one. */
  private matchesEvery(document: number, clauses: number, filter: DocumentFilter): boolean {
    return this.totalScores.count(document) === clauses && this.accepts(document, filter);
  }

  /** How many documents match every clause and pass the filter, unranked. */
  private countMatches(prepared: PreparedQuery, filter: DocumentFilter): number {
    const { totalScores } = this;
    const clauses = prepared.compiled.clauses.length;
    try {
      this.scorer.scoreClauses(prepared, totalScores);
      let count = 0;
      for (let n = 0; n < totalScores.size; n++)
        if (this.matchesEvery(totalScores.documentAt(n), clauses, filter)) count++;
      return count;
    } finally {
      totalScores.clear();
    }
  }

  /**
   * Adds the proximity bonus to the best `depth` candidates, taken best BM25 first, and stops at the
   * first one that could not reach the page even with the largest bonus the query allows: the bonus
   * reads each candidate's term sequence (from disk, for a one-shot command), and most of the re-rank
   * depth lies far below the page. The page is the same as if every candidate had been re-ranked.
   */
  private rerank(best: BestFirst, depth: number, prepared: PreparedQuery, partial: boolean, wanted: number): Scored[] {
    const { totalScores } = this;
    const bound = this.scorer.proximityBonusBound(prepared);
    const prune = wanted < depth;
    /** The best keys so far, best first, at most `wanted` of them: the page as it stands. */
    const pageKeys: number[] = [];
    const scored: Scored[] = [];
    for (let taken = 0; taken < depth; taken++) {
      const document = best.take()!;
      const matched = totalScores.count(document);
      const base = (partial ? matched * CLAUSE_COUNT_WEIGHT : 0) + totalScores.get(document);
      if (prune && pageKeys.length === wanted) {
        const last = pageKeys[wanted - 1]!;
        // A margin for rounding: a candidate that might tie with the page is still scored.
        if (last - (base + bound) > 1e-9 * Math.max(1, Math.abs(last))) break;
      }
      const score = totalScores.get(document) + this.scorer.proximityBonus(document, prepared);
      const key = (partial ? matched * CLAUSE_COUNT_WEIGHT : 0) + score;
      scored.push({ document, score, matched, key });
      if (prune) insertDescending(pageKeys, key, wanted);
    }
    return scored;
  }

  /** A query of filters only: every accepted document, newest first. */
  private browse(filter: DocumentFilter): Ranked {
    const documents: number[] = [];
    for (let document = 0; document < this.corpus.capacity; document++) {
      if (this.accepts(document, filter)) documents.push(document);
    }
    const dayOf = (document: number) => this.corpus.dayOf(document) ?? '';
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

  private hit(shown: HitDocument, score: number, partial: boolean, prepared: PreparedQuery): SearchHit {
    // Fields in the contract's order, so that a hit reads the same whether or not it went through
    // the contract's schema (a one-shot command prints it without loading zod).
    const hit: SearchHit = {
      id: shown.id,
      title: shown.title,
      ...(shown.source !== undefined && { source: shown.source }),
      ...(shown.date !== undefined && { date: shown.date }),
      score,
      partial,
      snippets: [],
    };
    const { text } = shown;
    if (text !== undefined) {
      hit.snippets = buildSnippets(text, shown.boilerplate, locateHits(text, shown.boilerplate, prepared.matcher));
    }
    return hit;
  }
}
