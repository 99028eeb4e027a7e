import { ApiError } from '../api/apiError';
import { openWorkbench } from '../services/openWorkbench';
import { defaultProjectDir } from '../services/defaultProjectDir';
import { CliError } from './cliError';
import { parseCliOptions } from './cliOptions';
import { writeLine, type CliContext, type CliTransports } from './cliContext';
import { languageFromEnvironment, messagesFor } from './messages';
import { importCommand } from './commands/importCommand';
import { searchCommand } from './commands/searchCommand';
import { docsCommand } from './commands/docsCommand';
import { showCommand } from './commands/showCommand';
import { serveCommand } from './commands/serveCommand';
import { exportCommand } from './commands/exportCommand';
import { annotationsCommand } from './commands/annotationsCommand';
import { importProjectCommand } from './commands/importProjectCommand';
import { visibleText } from './visibleText';

const commands: Record<string, (context: CliContext) => Promise<number>> = {
  import: importCommand,
  search: searchCommand,
  docs: docsCommand,
  show: showCommand,
  serve: serveCommand,
  export: exportCommand,
  annotations: annotationsCommand,
  'import-project': importProjectCommand,
};

/**
 * Runs one command and returns its exit code: 0 done, 1 the user's input was wrong (or a project
 * file is unreadable), 2 some files failed to import. The launcher (bin/qarin.mjs) passes in the
 * other transports a command may start.
 */
export async function runCli(argv: string[], transports: CliTransports): Promise<number> {
  let messages = messagesFor(languageFromEnvironment(process.env));
  try {
    const options = parseCliOptions(argv, messages);
    if (options.lang) messages = messagesFor(options.lang);
    if (options.help || !options.command) {
      writeLine(options.help ? process.stdout : process.stderr, messages.usage);
      return options.help ? 0 : 1;
    }
    const command = commands[options.command];
    if (!command) throw new CliError(messages.unknownCommand(options.command), 1);
    const projectDir = options.project ?? defaultProjectDir();
    const searches = !['docs', 'show', 'export', 'annotations'].includes(options.command);
    return await command({
      options,
      messages,
      transports,
      openWorkbench: () => openWorkbench({ projectDir, preloadSearch: searches }),
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
    });
  } catch (error) {
    // Messages name files and values the user gave: their control characters must not reach the terminal.
    if (error instanceof CliError) {
      writeLine(process.stderr, `qarin: ${visibleText(error.message)}`);
      return error.exitCode;
    }
    if (error instanceof ApiError || (error instanceof Error && error.name === 'StoreError')) {
      writeLine(process.stderr, `qarin: ${visibleText(error.message)}`);
      return 1;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    writeLine(process.stderr, `qarin: ${detail.split('\n').map(visibleText).join('\n')}`);
    return 1;
  }
}

