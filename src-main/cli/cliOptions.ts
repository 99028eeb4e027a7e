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
  };
}
