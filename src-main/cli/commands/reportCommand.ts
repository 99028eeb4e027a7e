import { invoke } from '../../api/dispatch';
import { CliError } from '../cliError';
import { optionChoice } from '../optionChoice';
import { writeLine, type CliContext } from '../cliContext';
import { annotationCallFailure } from './annotationCallFailure';
import { writeFileReply } from './writeFileReply';

const FORMATS = ['html', 'pdf', 'docx'] as const;
const GROUPINGS = ['by-report', 'by-code'] as const;

/**
 * `qarin report --format html|pdf|docx --out FILE [--annotations by-report|by-code]
 * [--compare DOCID,DOCID…] [--codebook] [--memos] [--title TEXT] [--chromium PATH]`, in the language
 * of `--lang`: the same report the window's dialog saves.
 */
export async function reportCommand(context: CliContext): Promise<number> {
  const { options, messages, stdout } = context;
  if (options.format === undefined) throw new CliError(messages.missingArgument('--format html|pdf|docx'), 1);
  const format = optionChoice(context, '--format', options.format, FORMATS);
  if (options.out === undefined) throw new CliError(messages.missingArgument('--out FILE'), 1);
  const annotations =
    options.annotations === undefined
      ? undefined
      : optionChoice(context, '--annotations', options.annotations, GROUPINGS);
  const compare = options.compare
    ?.split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  if (!annotations && !compare && !options.codebook && !options.memos) {
    throw new CliError(messages.reportNeedsContent, 1);
  }
  const language = messages.language;
  const workbench = await context.openWorkbench();
  try {
    const result = await invoke(workbench.handlers, 'report.save', {
      format,
      ...(annotations !== undefined ? { annotations } : {}),
      ...(compare !== undefined ? { compare } : {}),
      codebook: options.codebook,
      memos: options.memos,
      language,
      ...(options.title !== undefined ? { title: options.title } : {}),
    });
    const path = await writeFileReply(context, options.out, result);
    writeLine(stdout, messages.reportWritten(format, path));
    return 0;
  } catch (error) {
    throw annotationCallFailure(error, language);
  } finally {
    await workbench.close();
  }
}
