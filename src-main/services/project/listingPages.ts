import type { z } from 'zod';
import type { LibraryQuerySchema } from '../../api/librarySchemas';
import { comparatorFor, sortedLibraryMatches } from './library';
import type { LibraryListing, LibraryRow } from './libraryListing';
import { libraryTitleKey } from './libraryTitleKey';

type LibraryQuery = z.output<typeof LibraryQuerySchema>;

/** A page of `library.list`: how many reports match, and where the page's are in the listing. */
export interface ListingPage {
  total: number;
  positions: number[];
}

/**
 * Up to this many rows from either end of the listing answer a page of the whole library by date
 * without decoding the rest: the first screen's page, and the next few it scrolls to.
 */
const ROWS_FROM_AN_END = 2_000;

/**
 * Pages of `library.list` from the library listing, exactly as the open project pages through its
 * library: filtered and sorted by the library's own `sortedLibraryMatches`, the last query's
 * matches kept for its next page. The listing is in the order of the date sort, so the whole
 * library by date, the first screen's list, is read from the listing's start or end instead.
 * Throws if a row it needs is damaged.
 */
export function listingPages(listing: LibraryListing): (query: LibraryQuery) => ListingPage {
  let positions: Map<LibraryRow, number> | undefined;
  let last: { key: string; matches: LibraryRow[] } | undefined;
  return (query) => {
    const fromAnEnd = wholeLibraryByDate(listing, query);
    if (fromAnEnd) return fromAnEnd;
    const { offset, limit, ...chosen } = query;
    const key = JSON.stringify(chosen);
    if (last?.key !== key) {
      const rows = listing.rows();
      positions ??= new Map(rows.map((row, at) => [row, at]));
      last = { key, matches: sortedLibraryMatches(rows, query, libraryTitleKey, (row) => row.warningCount) };
    }
    const page = last.matches.slice(offset, offset + limit);
    return { total: last.matches.length, positions: page.map((row) => positions!.get(row)!) };
  };
}

/**
 * A page of the whole library sorted by date, from the rows at one end of the listing, or undefined
 * when the query filters, sorts otherwise or asks for a page too deep, or the listing was sorted
 * in another runtime's collation. The listing is then in the ascending order exactly, ties broken
 * by id: an ascending page is its rows in place. Descending, the last rows are taken, and more before them
 * while they tie with the first taken on date and title: everything not taken then comes strictly
 * after everything taken, whose own order (ties broken by id, ascending either way) the sort gives.
 */
function wholeLibraryByDate(listing: LibraryListing, query: LibraryQuery): ListingPage | undefined {
  const filtered =
    query.sources?.length || query.categories?.length || query.after || query.before || query.title?.trim();
  const end = Math.min(query.offset + query.limit, listing.count);
  if (filtered || query.sort !== 'date' || end > ROWS_FROM_AN_END || !listing.inOrderHere) return undefined;
  const total = listing.count;
  if (!query.descending) {
    return { total, positions: Array.from({ length: Math.max(0, end - query.offset) }, (_, at) => query.offset + at) };
  }
  const byDate = comparatorFor<LibraryRow>('date', (row) => row.warningCount);
  let first = total - end;
  while (first > 0 && byDate(listing.row(first - 1), listing.row(first)) === 0) first--;
  const taken = Array.from({ length: total - first }, (_, at) => listing.row(first + at));
  const placed = new Map(taken.map((row, at) => [row, first + at]));
  const page = sortedLibraryMatches(taken, query, libraryTitleKey, (row) => row.warningCount).slice(
    query.offset,
    query.offset + query.limit,
  );
  return { total, positions: page.map((row) => placed.get(row)!) };
}
