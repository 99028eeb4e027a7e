import type { ApiHandlers } from '../../api/dispatch';
import { MAX_QUERY_LENGTH, MAX_SEARCH_LIMIT } from '../../core/search/searchLimits';
import type { SearchResult } from '../../api/types';
import type { OneShotSearch } from '../../services/search/oneShotSearch';
import { CliError } from '../cliError';
import { isClosed, writeLine, type CliContext } from '../cliContext';
import { visibleText } from '../visibleText';
import { typoReadingsByWord } from '../../../src-shared/typoReadings';

/** How soon the workbench is asked again while the highlights' matches are pending. */
const PENDING_RETRY_MS = 50;

/**
 * `qarin search QUERY` prints ranked results; with no QUERY it reads one query a line from standard
 * input and writes one JSON line per query, in order, so scripts can batch thousands of queries.
 */
export async function searchCommand(context: CliContext): Promise<number> {
  const { limit } = context.options;
  if (limit > MAX_SEARCH_LIMIT)
    throw new CliError(context.messages.numberTooLarge('--limit', limit, MAX_SEARCH_LIMIT), 1);
  const tables = await context.openOneShotSearch();
  if (tables) {
    try {
      return await answer(context, (query, shown) => searchTables(tables, query, context.options.limit, shown));
    } finally {
      await tables.close();
    }
  }
  const [workbench, { invoke }] = await Promise.all([context.openWorkbench(), import('../../api/dispatch')]);
  try {
    const search = async (query: string, shown: Shown) => {
      const ask = () => invoke(workbench.handlers, 'search.query', { query, limit: context.options.limit });
      let result = await ask();
      // The workbench answers before the highlights are indexed; a command answers once, with them.
      while (shown === 'json' && result.annotationHitsPending) {
        await new Promise((resolve) => setTimeout(resolve, PENDING_RETRY_MS));
        result = await ask();
      }
      return result;
    };
    const code = await answer(context, search);
    // The index is now up to date with the library: the next command can read the tables.
    await workbench.noteSearchTables?.();
    return code;
  } finally {
    await workbench.close();
  }
}

/**
 * The tables answer without the contract's zod schemas, whose loading alone would cost more than
 * the query: the request is the one `invoke` would build (offset 0), and the result comes out in
 * the contract's shape and field order (a test holds both ways to the same output). A request the
 * contract refuses goes through its check, which throws before any handler is reached, so it is
 * refused in the same words as by the workbench.
 */
async function searchTables(tables: OneShotSearch, query: string, limit: number, shown: Shown): Promise<SearchResult> {
  if (query.length > MAX_QUERY_LENGTH || !Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    const { dispatch } = await import('../../api/dispatch');
    await dispatch({} as ApiHandlers, 'search.query', { query, limit });
    throw new Error('the contract accepted a search request beyond the bounds in searchLimits.ts');
  }
  return tables.query({ query, offset: 0, limit }, { highlights: shown === 'json' });
}

/**
 * How a result is shown: JSON carries the whole reply, highlights' matches included; the printed
 * page lists the reports found only, so a search for it need not look through the highlights.
 */
type Shown = 'json' | 'printed';

async function answer(
  context: CliContext,
  search: (query: string, shown: Shown) => Promise<SearchResult>,
): Promise<number> {
  const { options, stdout } = context;
  if (options.args.length > 0) {
    const result = await search(options.args.join(' '), options.json ? 'json' : 'printed');
    if (options.json) writeLine(stdout, JSON.stringify(result, null, 2));
    else printResult(context, result);
    return 0;
  }
  // Loaded only here: a search given on the command line does not pay for the line reader.
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: context.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (isClosed(stdout)) break;
    if (line.trim() === '') continue;
    writeLine(stdout, JSON.stringify(await search(line, 'json')));
  }
  return 0;
}

/** The reply's notices in the command line's language, from their codes (the English text else). */
function noticeLine(messages: CliContext['messages'], result: SearchResult): string | undefined {
  if (!result.noticeCodes?.length) return result.notice;
  return result.noticeCodes
    .map((code) =>
      code === 'typo-corrected'
        ? messages.typoReadings(typoReadingsByWord(result.corrections ?? []))
        : messages.queryNotices[code],
    )
    .join(' ');
}

/** The whole page is written at once: one write to the terminal or pipe rather than one a line. */
function printResult({ stdout, messages }: CliContext, result: SearchResult): void {
  const lines: string[] = [];
  const notice = noticeLine(messages, result);
  if (notice) lines.push(visibleText(notice));
  if (result.hits.length === 0) lines.push(messages.noResults);
  else {
    if (result.partial) lines.push(messages.partialResults);
    // With none as typed, the typo notice already says what the results were found as.
    lines.push(
      result.typedTotal
        ? messages.resultCountTyped(result.total, result.typedTotal)
        : messages.resultCount(result.total),
    );
  }
  for (const hit of result.hits) {
    lines.push('', `${hit.id}  ${visibleText(hit.title)}`);
    const source = hit.source && visibleText(hit.source);
    lines.push([source, hit.date?.slice(0, 10), `score ${hit.score.toFixed(2)}`].filter(Boolean).join(' · '));
    for (const snippet of hit.snippets) {
      const before = snippet.startsText ? '' : '… ';
      const after = snippet.endsText ? '' : ' …';
      lines.push(`  ${before}${markSnippet(snippet)}${after}`);
    }
  }
  writeLine(stdout, lines.join('\n'));
}

/** Hits in brackets, since a terminal cannot be trusted with colours or bidi marks. */
function markSnippet(snippet: SearchResult['hits'][number]['snippets'][number]): string {
  let out = '';
  let cursor = snippet.start;
  for (const { start, end } of snippet.highlights) {
    if (start < cursor || end > snippet.end) continue;
    out += snippet.text.slice(cursor - snippet.start, start - snippet.start);
    out += `[${snippet.text.slice(start - snippet.start, end - snippet.start)}]`;
    cursor = end;
  }
  return visibleText((out + snippet.text.slice(cursor - snippet.start)).replace(/\s+/g, ' ').trim());
}
