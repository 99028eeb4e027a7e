import { invoke } from '../../api/dispatch';
import type { LexiconList } from '../../api/compareSchemas';
import {
  formatLexiconLine,
  LEXICON_ADDITION_KINDS,
  parseLexiconLines,
} from '../../core/compare/facts/lexiconAdditionLines';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import type { CliMessages } from '../messages';
import { visibleMessage, visibleText } from '../visibleText';

/**
 * `qarin lexicon list | add KIND FIELD… | remove KIND NAME`: the project's additions to the facts
 * lexicons. `add` takes the fields of one line of a lexicon file, in the file's order, so what the
 * README says of the file says of the command too.
 */
export async function lexiconCommand(context: CliContext): Promise<number> {
  const { options, messages, stdout } = context;
  const [action = 'list', ...fields] = options.args;
  if (!['list', 'add', 'remove'].includes(action)) throw new CliError(messages.lexiconUnknownAction(action), 1);
  const entry = action === 'add' ? entryOf(fields, messages) : undefined;
  if (action === 'remove' && fields.length !== 2) throw new CliError(messages.missingArgument('KIND NAME'), 1);
  const workbench = await context.openWorkbench();
  try {
    let list: LexiconList;
    if (entry) list = await invoke(workbench.handlers, 'compare.lexicons.add', entry);
    else if (action === 'remove') {
      const [kind, name] = fields as [string, string];
      const listed = LEXICON_ADDITION_KINDS.find((candidate) => candidate === kind);
      if (!listed) throw new CliError(messages.lexiconUnknownKind(kind), 1);
      list = await invoke(workbench.handlers, 'compare.lexicons.remove', { kind: listed, name });
    } else list = await invoke(workbench.handlers, 'compare.lexicons.list', {});
    if (options.json) {
      writeLine(stdout, JSON.stringify(list, null, 2));
      return 0;
    }
    printList(list, context);
    return 0;
  } finally {
    await workbench.close();
  }
}

function entryOf(fields: string[], messages: CliMessages) {
  if (fields.length < 2) throw new CliError(messages.missingArgument('KIND FIELD…'), 1);
  const parsed = parseLexiconLines(fields.join('\t'));
  const problem = parsed.problems[0];
  if (problem) throw new CliError(problem.reason[messages.language], 1);
  return parsed.entries[0]!.entry;
}

/** Entries on standard output, one a line as the file holds it; bad lines and unreadable files on standard error. */
function printList(list: LexiconList, { messages, stdout, stderr }: CliContext): void {
  writeLine(stdout, messages.lexiconHeading(list.folder, list.entries.length));
  for (const { file, line, entry } of list.entries) {
    writeLine(
      stdout,
      `  ${visibleText(`${file}:${line}`)}  ${visibleText(formatLexiconLine(entry).replace(/\t/g, '  '))}`,
    );
  }
  for (const { file, line, reason } of list.problems) {
    const said = visibleMessage(reason[messages.language]);
    writeLine(stderr, `qarin: ${visibleText(`${file}:${line}`)}: ${said}`);
  }
  writeLine(stdout, '');
  writeLine(stdout, messages.gazetteerCredit(list.attribution));
}
