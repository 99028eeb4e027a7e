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
  /** serve: a new project starts with the reports in this folder, as the desktop app's first run does. */
  seeds?: string;
  /** serve: folders under which the page may import typed paths (repeatable). */
  allowImportFrom: string[];
  /** clusters: the least similarity (0..1) that links two reports. */
  minSimilarity?: number;
  /** clusters: link only reports published within this many days of each other. */
  days?: number;
  /** report: annotated passages by-report or by-code. */
  annotations?: string;
  /** report: the reports whose comparison goes in, comma-separated. */
  compare?: string;
  /** report: include the codebook. */
  codebook: boolean;
  /** report: include the memos. */
  memos: boolean;
  /** report: the report's title. */
  title?: string;
  /** report (PDF): the Chromium or Chrome to print with. */
  chromium?: string;
}

const OPTIONS = {
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
  seeds: { type: 'string' },
  'allow-import-from': { type: 'string', multiple: true },
  'min-similarity': { type: 'string' },
  days: { type: 'string' },
  annotations: { type: 'string' },
  compare: { type: 'string' },
  codebook: { type: 'boolean', default: false },
  memos: { type: 'boolean', default: false },
  title: { type: 'string' },
  chromium: { type: 'string' },
} as const;

/**
 * Sets apart the words that are not options. A word with one dash that is no known option
 * («-حفتر», a negated search word) is part of the query, not a mistake; after `--` every word is.
 * An unknown `--name` is still refused, since it is far more often a mistyped option than a query.
 */
function separateWords(argv: readonly string[]): { options: string[]; words: string[] } {
  const options: string[] = [];
  const words: string[] = [];
  const shortNames = new Set<string>(
    Object.values(OPTIONS).flatMap((option) => ('short' in option ? [option.short] : [])),
  );
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at]!;
    if (arg === '--') {
      words.push(...argv.slice(at + 1));
      break;
    }
    if (arg.startsWith('--')) {
      options.push(arg);
      const name = arg.slice(2).split('=')[0]!;
      const takesValue = name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'string';
      // Joined, so that a value beginning with one dash («--limit -5») is read as the value it is
      // meant to be (and refused as such). A long option after it is the next option, its value
      // forgotten: taking «--out --json» as a file named «--json» would lose both silently.
      const next = argv[at + 1];
      if (takesValue && !arg.includes('=') && next !== undefined && !next.startsWith('--')) {
        options[options.length - 1] = `${arg}=${next}`;
        at++;
      }
    } else if (arg.length === 2 && arg[0] === '-' && shortNames.has(arg[1]!)) {
      options.push(arg);
    } else {
      words.push(arg);
    }
  }
  return { options, words };
}

/** The language `--lang` asks for, read before the other options are parsed; undefined when none is. */
export function languageAsked(argv: readonly string[]): 'ar' | 'en' | undefined {
  let asked: string | undefined;
  for (let at = 0; at < argv.length && argv[at] !== '--'; at++) {
    if (argv[at] === '--lang') asked = argv[at + 1];
    else if (argv[at]!.startsWith('--lang=')) asked = argv[at]!.slice('--lang='.length);
  }
  return asked === 'ar' || asked === 'en' ? asked : undefined;
}

/** What node's parser refused, said in the user's language; its own message is English and spans lines. */
function parseFailure(error: unknown, messages: CliMessages): string {
  const { code, message } = error as { code?: string; message?: string };
  // Named as node quotes it: «'--limit <value>'», or «'-h, --help'» for one with a short name.
  const quoted = (/'([^']+)'/.exec(message ?? '')?.[1] ?? '').split(/[\s,]+/);
  const option = quoted.find((word) => word.startsWith('--')) ?? quoted[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return messages.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(message ?? '')
      ? messages.optionTakesNoValue(option)
      : messages.optionNeedsValue(option);
  }
  return String(message).split('\n')[0]!;
}

export function parseCliOptions(argv: string[], messages: CliMessages): CliOptions {
  const { options, words } = separateWords(argv);
  let values;
  try {
    values = parseArgs({ args: options, allowPositionals: false, strict: true, options: OPTIONS }).values;
  } catch (error) {
    throw new CliError(parseFailure(error, messages), 1);
  }
  const positionals = words;
  const number = (option: string, value: string | undefined, allowZero = false) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new CliError(messages.badNumber(option, value), 1);
    return n;
  };
  if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en') {
    throw new CliError(messages.badChoice('--lang', values.lang, 'ar|en'), 1);
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
    seeds: values.seeds,
    allowImportFrom: values['allow-import-from'] ?? [],
    minSimilarity,
    days: number('--days', values.days, true),
    annotations: values.annotations,
    compare: values.compare,
    codebook: values.codebook ?? false,
    memos: values.memos ?? false,
    title: values.title,
    chromium: values.chromium,
  };
}
