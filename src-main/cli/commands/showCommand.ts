import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import { projectLayout } from '../../services/project/projectLayout';

/** `qarin show DOCID`: the stored text, or with --json the metadata, warnings and boilerplate spans. */
export async function showCommand(context: CliContext): Promise<number> {
  const { options, stdout, messages } = context;
  const id = options.args[0];
  if (!id) throw new CliError(messages.missingArgument('DOCID'), 1);
  // The text alone can come from the search tables, the metadata from its entry in the library
  // file: both while the tables say the library is as they were made from it (no import since,
  // none stopped half way), without opening the project.
  const tables = await context.openOneShotSearch();
  const text = tables?.documentText(id);
  await tables?.close();
  // A report whose stored text is missing goes on to `document.get` below, which refuses it as
  // a damaged project, with or without --json.
  if (text !== undefined) {
    if (!options.json) {
      printText(stdout, text);
      return 0;
    }
    const metadata = await metadataFromLibraryFile(projectLayout(context.projectDir).library, id);
    if (metadata) {
      writeLine(stdout, JSON.stringify(metadata, null, 2));
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

/**
 * What `document.get` gives of a report but its text, made from the report's entry alone, checked
 * and ordered by the same schemas; undefined when the entry cannot be read so.
 */
async function metadataFromLibraryFile(libraryPath: string, id: string) {
  const [
    { readLibraryEntry },
    { LIBRARY_SCHEMA_VERSION, LibraryEntrySchema },
    { summarize },
    { DocumentDetailSchema },
  ] = await Promise.all([
    import('../../services/project/readLibraryEntry'),
    import('../../services/project/libraryEntry'),
    import('../../services/project/library'),
    import('../../api/librarySchemas'),
  ]);
  const entry = LibraryEntrySchema.safeParse(
    await readLibraryEntry(libraryPath, id, LIBRARY_SCHEMA_VERSION).catch(() => undefined),
  );
  if (!entry.success || entry.data.id !== id) return undefined;
  const { abstract, boilerplate, warnings } = entry.data;
  return DocumentDetailSchema.omit({ text: true }).parse({ ...summarize(entry.data), abstract, boilerplate, warnings });
}

function printText(stdout: NodeJS.WritableStream, text: string): void {
  stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
