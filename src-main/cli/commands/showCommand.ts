import { invoke } from '../../api/dispatch';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';

/** `qarin show DOCID`: the stored text, or with --json the metadata, warnings and boilerplate spans. */
export async function showCommand(context: CliContext): Promise<number> {
  const { options, stdout, messages } = context;
  const id = options.args[0];
  if (!id) throw new CliError(messages.missingArgument('DOCID'), 1);
  const workbench = await context.openWorkbench();
  try {
    const document = await invoke(workbench.handlers, 'document.get', { id });
    if (options.json) {
      const { text: _text, ...metadata } = document;
      writeLine(stdout, JSON.stringify(metadata, null, 2));
    } else {
      stdout.write(document.text.endsWith('\n') ? document.text : `${document.text}\n`);
    }
    return 0;
  } finally {
    await workbench.close();
  }
}
