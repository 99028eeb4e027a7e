import { projectLayout } from '../../services/project/projectLayout';
import {
  readLibraryRows,
  readLibrarySummariesJson,
  type DocumentSummary,
  type LibraryRow,
} from '../../services/project/libraryListing';
import { isClosed, writeLine, type CliContext } from '../cliContext';
import { visibleText } from '../visibleText';

/** The most documents one `library.list` call returns (its schema's limit). */
const PAGE = 50_000;

/**
 * `qarin docs`: every document, one a line (id, date, source, words, title), or JSON. It reads the
 * library listing the project keeps beside its index when that is current (only its rows, unless
 * JSON is asked for), and otherwise opens the project, lists through the contract and leaves a
 * listing for the next time.
 */
export async function docsCommand(context: CliContext): Promise<number> {
  const layout = projectLayout(context.projectDir);
  if (context.options.json) {
    const json = await readLibrarySummariesJson(layout);
    if (json && !isClosed(context.stdout)) context.stdout.write(json);
    writeLine(context.stdout, json ? '' : JSON.stringify(await listThroughLibrary(context), null, 2));
  } else {
    printRows(context, (await readLibraryRows(layout)) ?? (await listThroughLibrary(context)));
  }
  return 0;
}

async function listThroughLibrary(context: CliContext): Promise<DocumentSummary[]> {
  const [workbench, { invoke }] = await Promise.all([context.openWorkbench(), import('../../api/dispatch')]);
  try {
    const documents: DocumentSummary[] = [];
    for (;;) {
      const page = await invoke(workbench.handlers, 'library.list', {
        offset: documents.length,
        limit: PAGE,
        sort: 'date',
      });
      for (const item of page.items) documents.push(item);
      if (page.items.length === 0 || documents.length >= page.total) break;
    }
    await workbench.noteLibraryListing?.();
    return documents;
  } finally {
    await workbench.close();
  }
}

function printRows({ stdout, messages }: CliContext, rows: LibraryRow[]): void {
  const lines: string[] = [];
  for (const row of rows) {
    const warnings = row.warningCount > 0 ? ` ⚠${row.warningCount}` : '';
    const date = row.date?.slice(0, 10) ?? '-';
    const source = visibleText(row.source ?? '-');
    lines.push([row.id, date, source, `${row.wordCount}${warnings}`, visibleText(row.title)].join('\t'));
  }
  lines.push(messages.documentCount(rows.length));
  // One write rather than one a line: thousands of lines to a terminal or pipe.
  writeLine(stdout, lines.join('\n'));
}
