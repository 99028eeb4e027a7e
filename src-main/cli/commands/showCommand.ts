import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';

/** `qarin show DOCID`: the stored text, or with --json the metadata, warnings and boilerplate spans. */
export async function showCommand(context: CliContext): Promise<number> {
  const { options, stdout, messages } = context;
  const id = options.args[0];
  if (!id) throw new CliError(messages.missingArgument('DOCID'), 1);
  if (!options.json) {
    // The text alone can come from the search tables, without reading the library.
    const tables = await context.openOneShotSearch();
    const text = tables?.documentText(id);
    await tables?.close();
    if (text !== undefined) {
      printText(stdout, text);
      return 0;
    }
  }
  // The contract's schemas (zod) load only here: showing a text from the tables does without them.
  const [workbench, { invoke }] = await Promise.all([context.openWorkbench(), import('../../api/dispatch')]);
  try {
    const document = await invoke(workbench.handlers, 'document.get', { id });
    if (options.json) {
      const { text: _text, ...metadata } = document;
      writeLine(stdout, JSON.stringify(metadata, null, 2));
    } else {
      printText(stdout, document.text);
    }
    return 0;
  } finally {
    await workbench.close();
  }
}

function printText(stdout: NodeJS.WritableStream, text: string): void {
  stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
