import { normalizeArabic } from '../arabic/normalizeArabic';

/** How a source name is compared: normalized spelling, case and spacing ignored. */
export function sourceKey(name: string): string {
  return normalizeArabic(name).trim().replace(/\s+/g, ' ');
}

/** The calendar day (YYYY-MM-DD) of an ISO date or date-time, or undefined if it has none. */
export function calendarDay(date: string | undefined): string | undefined {
  const match = date === undefined ? null : /^\d{4}-\d{2}-\d{2}/.exec(date);
  return match ? match[0] : undefined;
}

/** A list of wanted sources: «bbc» matches «BBC» and «BBC Arabic», not «BBCX». */
function matchesSourceList(key: string | undefined, wanted: readonly string[]): boolean {
  if (key === undefined) return false;
  return wanted.some((name) => key === name || key.startsWith(`${name} `));
}

export interface DocumentFilterInput {
  /** Each list must be satisfied (the UI's choice and the query's source: operators). */
  sourceLists: readonly (readonly string[])[];
  /** Inclusive calendar days. */
  after?: string;
  before?: string;
}

/** Filters on metadata; `active` is false when the filter lets every document through. */
export interface DocumentFilter {
  active: boolean;
  accepts(sourceKeyOfDocument: string | undefined, day: string | undefined): boolean;
}

export function documentFilter({ sourceLists, after, before }: DocumentFilterInput): DocumentFilter {
  const lists = sourceLists.filter((list) => list.length > 0).map((list) => list.map(sourceKey));
  const active = lists.length > 0 || after !== undefined || before !== undefined;
  return {
    active,
    accepts(key, day) {
      for (const list of lists) if (!matchesSourceList(key, list)) return false;
      if (after !== undefined && (day === undefined || day < after)) return false;
      if (before !== undefined && (day === undefined || day > before)) return false;
      return true;
    },
  };
}
