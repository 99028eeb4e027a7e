import type { z } from 'zod';
import type { LibraryQuerySchema, FacetsSchema, DocumentSummarySchema } from '../../api/librarySchemas';
import type { LibraryData, LibraryEntry } from './libraryEntry';

type LibraryQuery = z.output<typeof LibraryQuerySchema>;
/** What a listing filters and sorts by: a query but for the page asked. */
type ListingOrder = Omit<LibraryQuery, 'offset' | 'limit'>;
type Facets = z.output<typeof FacetsSchema>;
type DocumentSummary = z.output<typeof DocumentSummarySchema>;

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

/**
 * Which order the collator gives: that of the Unicode library (ICU) the runtime brings, and Node
 * and Electron each bring their own. What is kept sorted by one (the library listing) may not be in
 * the other's order, for some titles and names.
 */
export const collation = `${collator.resolvedOptions().locale}; icu ${process.versions.icu}; unicode ${process.versions.unicode}`;

/**
 * The project's documents in memory, indexed by id, content hash and origin. Persisting it is the
 * caller's business: the library changes only through imports, which save it once at their end.
 */
export class Library {
  private readonly byId = new Map<string, LibraryEntry>();
  private readonly bySha = new Map<string, string>();
  private readonly byOrigin = new Map<string, string>();
  /**
   * The last listing's matches in order: a scrolling window asks for page after page of the same
   * listing, and sorting 30,000 titles with a collator for each page would make every page slow.
   */
  private listingCache: { key: string; matches: LibraryEntry[] } | undefined;
  /** The facets of the library as it is: `project.info` asks for them at every start and import. */
  private facetsCache: Facets | undefined;
  private revisionNumber = 0;

  constructor(data: LibraryData = { documents: [] }) {
    for (const entry of data.documents) this.put(entry);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Changes with every entry put: what is computed over the whole library can be kept until then. */
  get revision(): number {
    return this.revisionNumber;
  }

  get(id: string): LibraryEntry | undefined {
    return this.byId.get(id);
  }

  findBySha(sha256: string): LibraryEntry | undefined {
    const id = this.bySha.get(sha256);
    return id === undefined ? undefined : this.byId.get(id);
  }

  findByOrigin(origin: string): LibraryEntry | undefined {
    const id = this.byOrigin.get(origin);
    return id === undefined ? undefined : this.byId.get(id);
  }

  entries(): IterableIterator<LibraryEntry> {
    return this.byId.values();
  }

  /** A new id from the content hash, lengthened in the rare case that prefix is already taken. */
  newIdFor(sha256: string): string {
    for (let length = 16; length <= sha256.length; length += 4) {
      const id = sha256.slice(0, length);
      if (!this.byId.has(id)) return id;
    }
    return `${sha256}-${this.byId.size}`;
  }

  put(entry: LibraryEntry): void {
    const previous = this.byId.get(entry.id);
    if (previous) {
      this.bySha.delete(previous.sha256);
      this.byOrigin.delete(previous.origin);
    }
    this.listingCache = undefined;
    this.facetsCache = undefined;
    this.revisionNumber += 1;
    this.byId.set(entry.id, entry);
    this.bySha.set(entry.sha256, entry.id);
    this.byOrigin.set(entry.origin, entry.id);
  }

  toData(): LibraryData {
    return { documents: [...this.byId.values()] };
  }

  list(query: LibraryQuery, normalizeTitle: (text: string) => string): { total: number; items: DocumentSummary[] } {
    const { offset, limit, ...listing } = query;
    const matches = this.matching(listing, normalizeTitle);
    return { total: matches.length, items: matches.slice(offset, offset + limit).map(summarize) };
  }

  /**
   * The entries a listing pages through, in its order: an array that is not changed afterwards, so
   * it holds the library as it was when asked, whatever is put since.
   */
  matching(listing: ListingOrder, normalizeTitle: (text: string) => string): readonly LibraryEntry[] {
    const key = JSON.stringify(listing);
    if (this.listingCache?.key !== key) {
      const matches = sortedLibraryMatches(
        this.byId.values(),
        listing,
        normalizeTitle,
        (entry) => entry.warnings.length,
      );
      this.listingCache = { key, matches };
    }
    return this.listingCache.matches;
  }

  facets(): Facets {
    this.facetsCache ??= facetsOf(this.byId.values());
    return this.facetsCache;
  }
}

/**
 * Sources and categories with their counts, in collator order, and the first and last day, of
 * `documents`. Names the collator holds equal keep the order they are first met in.
 */
function facetsOf(documents: Iterable<Pick<LibraryEntry, 'source' | 'category' | 'date'>>): Facets {
  const sources = new Map<string, number>();
  const categories = new Map<string, number>();
  let firstDate: string | undefined;
  let lastDate: string | undefined;
  for (const entry of documents) {
    if (entry.source) sources.set(entry.source, (sources.get(entry.source) ?? 0) + 1);
    if (entry.category) categories.set(entry.category, (categories.get(entry.category) ?? 0) + 1);
    if (entry.date) {
      const day = entry.date.slice(0, 10);
      if (!firstDate || day < firstDate) firstDate = day;
      if (!lastDate || day > lastDate) lastDate = day;
    }
  }
  const counted = (map: Map<string, number>) => inNameOrder([...map].map(([name, count]) => ({ name, count })));
  return { sources: counted(sources), categories: counted(categories), firstDate, lastDate };
}

/** `named` in this runtime's collator order of their names (a copy); names it holds equal keep their order. */
export function inNameOrder<Named extends { name: string }>(named: readonly Named[]): Named[] {
  return [...named].sort((a, b) => collator.compare(a.name, b.name));
}

export function summarize(entry: LibraryEntry): DocumentSummary {
  const { origin: _origin, abstract: _abstract, boilerplate: _boilerplate, warnings, ...summary } = entry;
  return { ...summary, warningCount: warnings.length };
}

/** What a listing filters and sorts documents by: fields a library entry and its summary share. */
type Listed = Pick<DocumentSummary, 'id' | 'title' | 'source' | 'category' | 'date' | 'wordCount'> & {
  /** Sorted by for `sort: 'imported'` only; the listing's rows do not hold it. */
  importedAt?: string;
};

/**
 * The documents `library.list` pages through for `query` (its offset and limit aside), in order:
 * the library's entries, or the rows of the library listing (which the first screen is answered
 * from while the project opens), given how to count each one's warnings.
 */
export function sortedLibraryMatches<Entry extends Listed>(
  documents: Iterable<Entry>,
  query: ListingOrder,
  normalizeTitle: (text: string) => string,
  warningCount: (entry: Entry) => number,
): Entry[] {
  const titleNeedle = query.title?.trim() ? normalizeTitle(query.title.trim()) : undefined;
  const sources = query.sources?.length ? new Set(query.sources) : undefined;
  const categories = query.categories?.length ? new Set(query.categories) : undefined;
  const matches = [...documents].filter(
    (entry) =>
      (!sources || (entry.source !== undefined && sources.has(entry.source))) &&
      (!categories || (entry.category !== undefined && categories.has(entry.category))) &&
      (!query.after || (entry.date !== undefined && entry.date.slice(0, 10) >= query.after)) &&
      (!query.before || (entry.date !== undefined && entry.date.slice(0, 10) <= query.before)) &&
      (!titleNeedle || normalizeTitle(entry.title).includes(titleNeedle)),
  );
  const compare = comparatorFor(query.sort, warningCount);
  // Ids the collator holds equal (its numeric order reads «00ab» as «0ab») fall back to their code
  // units, so the order never depends on the order the documents came in.
  const byId = (a: Entry, b: Entry) => collator.compare(a.id, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  matches.sort((a, b) => (query.descending ? -1 : 1) * compare(a, b) || byId(a, b));
  return matches;
}

/** The order of `sort`, ascending, before ids break its ties (see `sortedLibraryMatches`). */
export function comparatorFor<Entry extends Listed>(
  sort: LibraryQuery['sort'],
  warningCount: (entry: Entry) => number,
): (a: Entry, b: Entry) => number {
  const text = (a?: string, b?: string) =>
    a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : collator.compare(a, b);
  // ISO dates and timestamps sort as plain strings; a collator would only be slower.
  const iso = (a?: string, b?: string) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1);
  switch (sort) {
    case 'title':
      return (a, b) => text(a.title, b.title);
    case 'source':
      return (a, b) => text(a.source, b.source) || iso(a.date, b.date);
    case 'date':
      return (a, b) => iso(a.date, b.date) || text(a.title, b.title);
    case 'words':
      return (a, b) => a.wordCount - b.wordCount;
    case 'warnings':
      return (a, b) => warningCount(a) - warningCount(b);
    case 'imported':
      return (a, b) => iso(a.importedAt, b.importedAt);
  }
}
