import { capTitle, titleFromText } from './titleFromText';

/** What the opening lines of a report without metadata say about it. */
export interface ReportHeading {
  title?: string;
  /** The outlet the report credits, or failing that the site whose masthead opens it. */
  source?: string;
}

/** How far into a report a masthead or a source credit still counts as its heading. */
const HEADING_LINES = 12;
const MASTHEAD_MAX_WORDS = 3;
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 25;
const CREDIT_MAX_WORDS = 8;

/** «مصدر الخبر / اخبار ليبيا 24», «المصدر: وكالة الأنباء», "Source - Reuters". */
const SOURCE_CREDIT = /^[*\s]*(?:مصدر الخبر|مصدر|المصدر|source|via)\s*[:：/|\-–—]\s*(.+)$/iu;
const ENDS_AS_SENTENCE = /[.!?؟:؛…]$/u;

const wordCount = (line: string) => line.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function sourceCredit(line: string): string | undefined {
  const match = SOURCE_CREDIT.exec(line);
  const value = match?.[1]?.replace(/[*\s]+$/u, '').trim();
  return value && wordCount(value) <= CREDIT_MAX_WORDS ? value : undefined;
}

/**
 * The title and outlet of a plain report, read the way a person reads a page copied from a news
 * site: a short line above a headline is the site's masthead («ليبيا الان»), not the title, and a
 * credit line («مصدر الخبر / اخبار ليبيا 24») names the outlet. Anything else keeps the first line
 * as title, as `titleFromText` does.
 */
export function headingFromText(text: string): ReportHeading {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .slice(0, HEADING_LINES);
  const credited = lines.map(sourceCredit).find((value) => value !== undefined);
  const uncredited = lines.filter((line) => sourceCredit(line) === undefined);
  const [first, second, body] = uncredited;
  const firstWords = first === undefined ? 0 : wordCount(first);
  const secondWords = second === undefined ? 0 : wordCount(second);
  const isMasthead =
    first !== undefined &&
    second !== undefined &&
    firstWords >= 1 &&
    firstWords <= MASTHEAD_MAX_WORDS &&
    !ENDS_AS_SENTENCE.test(first) &&
    secondWords >= HEADLINE_MIN_WORDS &&
    secondWords <= HEADLINE_MAX_WORDS &&
    secondWords > firstWords &&
    // A headline does not end as a sentence, and a body follows it: «لقاء في طرابلس» above a
    // one-sentence report is that report's title, not a site's name.
    !ENDS_AS_SENTENCE.test(second) &&
    body !== undefined;
  if (isMasthead) return { title: capTitle(second), source: credited ?? first };
  const heading: ReportHeading = {};
  const title = titleFromText(text);
  if (title !== undefined) heading.title = title;
  if (credited !== undefined) heading.source = credited;
  return heading;
}
