import { parseArgs } from 'node:util';
import { CliError } from './cliError';
import type { CliMessages } from './messages';

export interface CliOptions {
  command?: string;
  args: string[];
  project?: string;
  json: boolean;
  limit: number;
  maxFileBytes?: number;
  port?: number;
  lang?: 'ar' | 'en';
  help: boolean;
  /** export: md, csv, json or qdpx. */
  format?: string;
  /** export: the file to write. */
  out?: string;
  /** export (Markdown): sections per report or per code. */
  by?: string;
  /** export: only highlights with this code (a name, or a path such as "parent/child"). */
  code?: string;
  /** export: only the highlights of this document. */
  doc?: string;
  /** clusters: the least similarity (0..1) that links two reports. */
  minSimilarity?: number;
  /** clusters: link only reports published within this many days of each other. */
  days?: number;
}

export function parseCliOptions(argv: string[], messages: CliMessages): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        project: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        'max-file-mb': { type: 'string' },
        port: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        by: { type: 'string' },
        code: { type: 'string' },
        doc: { type: 'string' },
        'min-similarity': { type: 'string' },
        days: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliError((error as Error).message, 1);
  }
  const { values, positionals } = parsed;
  const number = (option: string, value: string | undefined, allowZero = false) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new CliError(messages.badNumber(option, value), 1);
    return n;
  };
  if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en') {
    throw new CliError(`--lang takes "ar" or "en", not "${values.lang}".`, 1);
  }
  const maxFileMb = number('--max-file-mb', values['max-file-mb']);
  const minSimilarity = values['min-similarity'] === undefined ? undefined : Number(values['min-similarity']);
  if (minSimilarity !== undefined && !(minSimilarity >= 0 && minSimilarity <= 1)) {
    throw new CliError(messages.badShare('--min-similarity', values['min-similarity']!), 1);
  }
  return {
    command: positionals[0],
    args: positionals.slice(1),
    project: values.project,
    json: values.json ?? false,
    limit: number('--limit', values.limit) ?? 10,
    maxFileBytes: maxFileMb === undefined ? undefined : maxFileMb * 1024 * 1024,
    port: number('--port', values.port, true),
    lang: values.lang as 'ar' | 'en' | undefined,
    help: values.help ?? false,
    format: values.format,
    out: values.out,
    by: values.by,
    code: values.code,
    doc: values.doc,
    minSimilarity,
    days: number('--days', values.days, true),
  };
}
