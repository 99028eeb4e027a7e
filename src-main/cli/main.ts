import { ApiError } from '../api/apiError';
import { projectFolderState } from '../services/project/projectFolderState';
import { defaultProjectDir } from '../services/defaultProjectDir';
import { nodeErrorCode } from '../services/persistence/nodeErrorCode';
import { StoreError } from '../services/persistence/StoreError';
import { CliError } from './cliError';
import { languageAsked, parseCliOptions } from './cliOptions';
import { endQuietlyOnClosedPipe, writeLine, type CliContext, type CliTransports } from './cliContext';
import { languageFromEnvironment, messagesFor } from './messages';
import { visibleMessage, visibleText } from './visibleText';

type Command = (context: CliContext) => Promise<number>;

/**
 * What the dispatcher knows of a command before running it:
 * - `load`: its code, loaded when it is run, so that a one-shot command loads only its own (a
 *   search does not pay for the importers, exporters and comparison engine);
 * - `mostWords`: how many words it takes after its name, where that is bounded: a word more is a
 *   mistake (a value without its option, a second id), not something to leave out silently;
 * - `existingProject`: it works on a project as it is and must not make one (a mistyped
 *   `--project` would otherwise answer from an empty project as if it were the user's);
 * - `searches`: it may search, so opening the project starts the search worker at once.
 */
interface CommandEntry {
  load: () => Promise<Command>;
  mostWords?: number;
  existingProject?: boolean;
  searches?: boolean;
}

const commands: Record<string, CommandEntry> = {
  import: { load: async () => (await import('./commands/importCommand')).importCommand, searches: true },
  search: {
    load: async () => (await import('./commands/searchCommand')).searchCommand,
    existingProject: true,
    searches: true,
  },
  docs: { load: async () => (await import('./commands/docsCommand')).docsCommand, mostWords: 0, existingProject: true },
  show: { load: async () => (await import('./commands/showCommand')).showCommand, mostWords: 1, existingProject: true },
  serve: { load: async () => (await import('./commands/serveCommand')).serveCommand, mostWords: 0, searches: true },
  export: {
    load: async () => (await import('./commands/exportCommand')).exportCommand,
    mostWords: 0,
    existingProject: true,
  },
  annotations: { load: async () => (await import('./commands/annotationsCommand')).annotationsCommand, mostWords: 2 },
  compare: { load: async () => (await import('./commands/compareCommand')).compareCommand, existingProject: true },
  restore: {
    load: async () => (await import('./commands/restoreCommand')).restoreCommand,
    mostWords: 2,
    existingProject: true,
  },
  similar: {
    load: async () => (await import('./commands/similarCommand')).similarCommand,
    mostWords: 1,
    existingProject: true,
    searches: true,
  },
  clusters: {
    load: async () => (await import('./commands/clustersCommand')).clustersCommand,
    mostWords: 0,
    existingProject: true,
    searches: true,
  },
  'import-project': {
    load: async () => (await import('./commands/importProjectCommand')).importProjectCommand,
    mostWords: 1,
    searches: true,
  },
  report: {
    load: async () => (await import('./commands/reportCommand')).reportCommand,
    mostWords: 0,
    existingProject: true,
  },
  lexicon: { load: async () => (await import('./commands/lexiconCommand')).lexiconCommand },
};

/**
 * Runs one command and returns its exit code: 0 done, 1 the user's input was wrong (or a project
 * file is unreadable), 2 some files failed to import. The launcher (bin/qarin.mjs) passes in the
 * other transports a command may start.
 */
export async function runCli(argv: string[], transports: CliTransports): Promise<number> {
  // The language asked for speaks even of options refused before it is parsed.
  let messages = messagesFor(languageAsked(argv) ?? languageFromEnvironment(process.env));
  endQuietlyOnClosedPipe(process.stdout);
  try {
    const options = parseCliOptions(argv, messages);
    if (options.lang) messages = messagesFor(options.lang);
    if (options.help || !options.command) {
      writeLine(options.help ? process.stdout : process.stderr, messages.usage);
      return options.help ? 0 : 1;
    }
    const entry = commands[options.command];
    if (!entry) throw new CliError(messages.unknownCommand(options.command), 1);
    const { mostWords } = entry;
    if (mostWords !== undefined && options.args.length > mostWords) {
      throw new CliError(messages.extraArgument(options.command, options.args[mostWords]!), 1);
    }
    const command = await entry.load();
    const projectDir = options.project ?? defaultProjectDir();
    const project = await projectFolderState(projectDir);
    if (project === 'file') throw new CliError(messages.projectIsAFile(projectDir), 1);
    if (entry.existingProject && project === 'missing') throw new CliError(messages.noProject(projectDir), 1);
    if (entry.existingProject && project === 'no-project') throw new CliError(messages.notAProject(projectDir), 1);
    return await command({
      options,
      messages,
      transports,
      projectDir,
      openWorkbench: async () =>
        (await import('../services/openWorkbench')).openWorkbench({
          projectDir,
          preloadSearch: entry.searches === true,
          settleAfterImport: false,
          // Only `serve` goes on after its first answer; other commands end before the annotations are quiet.
          ...(options.command === 'serve' && { keepHighlightTables: {}, keepLibraryCopy: {}, longLived: true }),
          seedsDir: options.seeds,
          printPdf: (await import('../services/report/chromiumPdf')).chromiumPdfPrinter(options.chromium),
        }),
      // QARIN_SEARCH_IN_MEMORY=1 skips the tables: the benchmark measures both ways in one run.
      openOneShotSearch: async () =>
        process.env.QARIN_SEARCH_IN_MEMORY === '1'
          ? undefined
          : (await import('../services/search/oneShotSearch')).openOneShotSearch(projectDir),
      stdout: process.stdout,
      stderr: process.stderr,
      // Made only when read (a search given no query): making the stream costs every other command.
      get stdin() {
        return process.stdin;
      },
    });
  } catch (error) {
    // Messages name files and values the user gave: their control characters must not reach the terminal.
    if (error instanceof CliError) {
      writeLine(process.stderr, `qarin: ${visibleText(error.message)}`);
      return error.exitCode;
    }
    if (error instanceof ApiError) {
      // Our own message, whose verbatim names are isolated for the interface: the terminal drops the isolates.
      writeLine(process.stderr, `qarin: ${visibleMessage(error.bilingual[messages.language])}`);
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
      if ((await import('../services/project/restoreLibrary')).isDamagedLibrary(error)) {
        writeLine(process.stderr, `qarin: ${messages.restoreHint('library')}`);
      }
      return 1;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    writeLine(process.stderr, `qarin: ${detail.split('\n').map(visibleText).join('\n')}`);
    return 1;
  }
}
