import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { invoke } from '../../api/dispatch';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import { annotationCallFailure } from './annotationCallFailure';

/**
 * `qarin annotations import FILE.json`: reads a W3C Web Annotation collection (a Qarin JSON export)
 * into the project, all or nothing, and says how the highlights anchored. Exit 0, or 1 with one
 * line naming what is wrong with the file.
 */
export async function annotationsCommand(context: CliContext): Promise<number> {
  const { options, messages, stdout } = context;
  const [subcommand, file] = options.args;
  if (subcommand === undefined) throw new CliError(messages.missingArgument('import FILE.json'), 1);
  if (subcommand !== 'import') throw new CliError(messages.unknownSubcommand('annotations', subcommand), 1);
  if (file === undefined) throw new CliError(messages.missingArgument('FILE.json'), 1);
  const path = resolve(file);
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(messages.cannotRead(path, error instanceof Error ? error.message : String(error)), 1);
  }
  const workbench = await context.openWorkbench();
  try {
    const result = await invoke(workbench.handlers, 'annotations.importJson', { content });
    writeLine(stdout, options.json ? JSON.stringify(result, null, 2) : messages.annotationsImported(result));
    return 0;
  } catch (error) {
    throw annotationCallFailure(error, messages.language);
  } finally {
    await workbench.close();
  }
}
