import { ApiError } from '../api/apiError';
import { openWorkbench } from '../services/openWorkbench';
import { defaultProjectDir } from '../services/defaultProjectDir';
import { nodeErrorCode } from '../services/persistence/nodeErrorCode';
import { StoreError } from '../services/persistence/StoreError';
import { isDamagedLibrary } from '../services/project/restoreLibrary';
import { CliError } from './cliError';
import { parseCliOptions } from './cliOptions';
import { endQuietlyOnClosedPipe, writeLine, type CliContext, type CliTransports } from './cliContext';
import { languageFromEnvironment, messagesFor } from './messages';
import { importCommand } from './commands/importCommand';
import { searchCommand } from './commands/searchCommand';
import { docsCommand } from './commands/docsCommand';
import { showCommand } from './commands/showCommand';
import { serveCommand } from './commands/serveCommand';
import { exportCommand } from './commands/exportCommand';
import { annotationsCommand } from './commands/annotationsCommand';
import { compareCommand } from './commands/compareCommand';
import { restoreCommand } from './commands/restoreCommand';
import { importProjectCommand } from './commands/importProjectCommand';
import { visibleText } from './visibleText';
import { similarCommand } from './commands/similarCommand';
import { clustersCommand } from './commands/clustersCommand';
import { reportCommand } from './commands/reportCommand';
import { chromiumPdfPrinter } from '../services/report/chromiumPdf';
import { lexiconCommand } from './commands/lexiconCommand';

const commands: Record<string, (context: CliContext) => Promise<number>> = {
  import: importCommand,
  search: searchCommand,
  docs: docsCommand,
  show: showCommand,
  serve: serveCommand,
  export: exportCommand,
  annotations: annotationsCommand,
  compare: compareCommand,
  restore: restoreCommand,
  similar: similarCommand,
  clusters: clustersCommand,
  'import-project': importProjectCommand,
  report: reportCommand,
  lexicon: lexiconCommand,
};

/**
 * Runs one command and returns its exit code: 0 done, 1 the user's input was wrong (or a project
 * file is unreadable), 2 some files failed to import. The launcher (bin/qarin.mjs) passes in the
 * other transports a command may start.
 */
export async function runCli(argv: string[], transports: CliTransports): Promise<number> {
  let messages = messagesFor(languageFromEnvironment(process.env));
  endQuietlyOnClosedPipe(process.stdout);
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
    const searches = !['docs', 'show', 'export', 'annotations', 'compare', 'restore', 'report', 'lexicon'].includes(
      options.command,
    );
    return await command({
      options,
      messages,
      transports,
      projectDir,
      openWorkbench: () =>
        openWorkbench({
          projectDir,
          preloadSearch: searches,
          seedsDir: options.seeds,
          printPdf: chromiumPdfPrinter(options.chromium),
        }),
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
    if (error instanceof ApiError) {
      writeLine(process.stderr, `qarin: ${visibleText(error.bilingual[messages.language === 'ar' ? 'ar' : 'en'])}`);
      return 1;
    }
    // A file-system failure (a read-only, missing or full project) names its path in its message.
    if (nodeErrorCode(error) !== undefined && error instanceof Error) {
      writeLine(process.stderr, `qarin: ${visibleText(messages.cannotUseProject(error.message))}`);
      return 1;
    }
    if (error instanceof StoreError) {
      writeLine(process.stderr, `qarin: ${visibleText(error.message)}`);
      // A damaged library keeps the project from opening: say where the way back is.
      if (isDamagedLibrary(error)) {
        writeLine(process.stderr, `qarin: ${messages.restoreHint('library')}`);
      }
      return 1;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    writeLine(process.stderr, `qarin: ${detail.split('\n').map(visibleText).join('\n')}`);
    return 1;
  }
}
