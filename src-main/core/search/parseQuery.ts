import type { ParsedQuery, QueryClause, QueryNotice, QueryNoticeCode, QueryTerm, TermField } from './queryModel';

/**
 * Reads the query language: words (all required), "phrases" (also “…” and «…», the quotation marks
 * Arabic text uses), -exclusion, OR between terms, prefix*, source:NAME (quotes for names with
 * spaces), title:word, after:YYYY-MM-DD and before:YYYY-MM-DD. It never throws: what it cannot
 * read is searched as well as it can be and explained in a notice.
 */

const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»' };
const OPERATOR = /^(source|title|after|before):/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The notices the parser gives; the others come from searching the index. */
type ParserNoticeCode = Exclude<QueryNoticeCode, 'typo-corrected'>;

const MESSAGES: Readonly<Record<ParserNoticeCode, (detail: string) => string>> = {
  'unclosed-quote': () => 'A quotation mark is not closed: the rest of the query was searched as a phrase.',
  'invalid-date': (value) => `“${value}” is not a date written YYYY-MM-DD: that date filter was ignored.`,
  'empty-operator': (name) => `${name}: needs a value right after the colon: it was ignored.`,
  'short-prefix': (value) => `“${value}*” is too short for a prefix search: it was searched as a word.`,
  'only-exclusions': () => 'Only exclusions were given: add a word to search for.',
  'negated-filter': (name) => `${name}: cannot be negated with "-": it was applied as written.`,
};

interface Item {
  negated: boolean;
  operator?: 'source' | 'title' | 'after' | 'before';
  value: string;
  quoted: boolean;
}

function notice(code: ParserNoticeCode, detail = ''): QueryNotice {
  return { code, message: MESSAGES[code](detail) };
}

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

/** Splits the query into items, honouring quotes; an unclosed quote runs to the end. */
function readItems(query: string, notices: QueryNotice[]): Item[] {
  const items: Item[] = [];
  let at = 0;
  while (at < query.length) {
    while (at < query.length && isSpace(query[at]!)) at++;
    if (at >= query.length) break;
    let negated = false;
    if (query[at] === '-' && at + 1 < query.length && !isSpace(query[at + 1]!)) {
      negated = true;
      at++;
    }
    let operator: Item['operator'];
    const operatorMatch = OPERATOR.exec(query.slice(at, at + 8));
    if (operatorMatch) {
      operator = operatorMatch[1]!.toLowerCase() as Item['operator'];
      at += operatorMatch[0].length;
    }
    const closing = CLOSING_QUOTE[query[at] ?? ''];
    if (closing !== undefined) {
      const end = query.indexOf(closing, at + 1);
      if (end < 0) {
        notices.push(notice('unclosed-quote'));
        items.push({ negated, operator, value: query.slice(at + 1), quoted: true });
        break;
      }
      items.push({ negated, operator, value: query.slice(at + 1, end), quoted: true });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < query.length && !isSpace(query[end]!)) end++;
    items.push({ negated, operator, value: query.slice(at, end), quoted: false });
    at = end;
  }
  return items;
}

function isValidDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The term an item stands for, or undefined when it holds nothing searchable. */
function termOf(item: Item, field: TermField, notices: QueryNotice[]): QueryTerm | undefined {
  const value = item.quoted ? item.value.trim() : item.value;
  if (value === '') return undefined;
  if (item.quoted) return { kind: 'phrase', field, text: value };
  const star = /\*+$/.exec(value);
  if (star) {
    const prefix = value.slice(0, star.index);
    if (prefix === '') return undefined;
    if ([...prefix].filter((char) => /[\p{L}\p{N}]/u.test(char)).length < 2) {
      notices.push(notice('short-prefix', prefix));
      return { kind: 'word', field, text: prefix };
    }
    return { kind: 'prefix', field, text: prefix };
  }
  return { kind: 'word', field, text: value };
}

export function parseQuery(query: string): ParsedQuery {
  const notices: QueryNotice[] = [];
  const parsed: ParsedQuery = { required: [], excluded: [], sources: [], notices };
  const items = readItems(query, notices);
  // An OR joins the next term to the clause of the previous one, so OR binds tighter than AND.
  let joinNext = false;
  let lastClause: QueryClause | undefined;

  for (const item of items) {
    if (!item.operator && !item.quoted && !item.negated && item.value === 'OR') {
      joinNext = lastClause !== undefined;
      continue;
    }
    if (item.negated && item.operator !== undefined && item.operator !== 'title') {
      notices.push(notice('negated-filter', item.operator));
    }
    if (item.operator === 'source') {
      const name = item.value.trim();
      if (name === '') notices.push(notice('empty-operator', 'source'));
      else parsed.sources.push(name);
      joinNext = false;
      continue;
    }
    if (item.operator === 'after' || item.operator === 'before') {
      const day = item.value.trim();
      if (day === '') notices.push(notice('empty-operator', item.operator));
      else if (!isValidDay(day)) notices.push(notice('invalid-date', day));
      else parsed[item.operator] = day;
      joinNext = false;
      continue;
    }
    const field: TermField = item.operator === 'title' ? 'title' : 'any';
    if (item.operator === 'title' && item.value.trim() === '') {
      notices.push(notice('empty-operator', 'title'));
      continue;
    }
    const term = termOf(item, field, notices);
    if (!term) continue;
    if (item.negated) {
      parsed.excluded.push(term);
      joinNext = false;
      continue;
    }
    if (joinNext && lastClause) {
      lastClause.alternatives.push(term);
    } else {
      lastClause = { alternatives: [term] };
      parsed.required.push(lastClause);
    }
    joinNext = false;
  }

  const hasFilter = parsed.sources.length > 0 || parsed.after !== undefined || parsed.before !== undefined;
  if (parsed.required.length === 0 && parsed.excluded.length > 0 && !hasFilter) notices.push(notice('only-exclusions'));
  return parsed;
}
