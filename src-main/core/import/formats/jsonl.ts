import type { Bilingual } from '../../text/bilingual';
import type { DocumentMeta, ParsedDocument } from '../../text/documentMeta';
import { canonicalText } from '../canonicalText';
import { compactMeta } from '../compactMeta';
import { toIsoDate } from '../isoDate';
import { importReasons } from '../importReasons';
import { headingFromText } from '../reportHeading';
import type { FormatResult } from './formatResult';

const OPTIONAL_STRING_FIELDS = ['title', 'source', 'date', 'url', 'author', 'category', 'abstract'] as const;

/** One line as a report, or the reason it cannot be one. */
function readLine(line: string, lineNumber: number, encoding: string): ParsedDocument | Bilingual {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return importReasons.jsonlNotJson(lineNumber, (error as Error).message);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return importReasons.jsonlNotObject(lineNumber, record);
  }
  const fields = record as Record<string, unknown>;

  if (!('text' in fields)) return importReasons.jsonlNoText(lineNumber);
  if (typeof fields.text !== 'string') return importReasons.jsonlNotString(lineNumber, 'text', fields.text);
  const text = canonicalText(fields.text).trim();
  if (!text) return importReasons.jsonlEmptyText(lineNumber);

  const strings: Partial<Record<(typeof OPTIONAL_STRING_FIELDS)[number], string>> = {};
  for (const name of OPTIONAL_STRING_FIELDS) {
    const value = fields[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return importReasons.jsonlNotString(lineNumber, name, value);
    strings[name] = value;
  }

  const id = fields.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return importReasons.jsonlBadId(lineNumber, id);
  }
  const externalId = id === undefined || id === null || String(id).trim() === '' ? undefined : String(id).trim();

  const heading = strings.title?.trim() && strings.source?.trim() ? {} : headingFromText(text);
  const meta: DocumentMeta = {
    ...strings,
    title: strings.title?.trim() ? strings.title : heading.title,
    source: strings.source?.trim() ? strings.source : heading.source,
    // A date the reader cannot place is left out rather than stored in a form search cannot sort.
    date: strings.date === undefined ? undefined : toIsoDate(strings.date),
    externalId,
  };
  return { key: externalId ?? String(lineNumber), text, meta: compactMeta(meta), format: 'jsonl', encoding };
}

/**
 * JSON Lines: one report per line as an object with "text" and optionally "id", "title",
 * "source", "date", "url", "author", "category", "abstract". A bad line becomes a problem naming
 * its line number; the other lines still import. Blank lines are skipped.
 */
export function readJsonl(text: string, encoding: string): FormatResult {
  const documents: ParsedDocument[] = [];
  const problems: Bilingual[] = [];
  const keys = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const lineNumber = index + 1;
    const result = readLine(line, lineNumber, encoding);
    if (!('text' in result)) problems.push(result);
    else if (keys.has(result.key)) problems.push(importReasons.jsonlDuplicateId(lineNumber, result.key));
    else {
      keys.add(result.key);
      documents.push(result);
    }
  });
  return { documents, problems };
}
