import { invoke } from '../../api/dispatch';
import { writeLine, type CliContext } from '../cliContext';
import { visibleText } from '../visibleText';

/** `qarin docs`: every document, one a line (id, date, source, words, title), or JSON. */
export async function docsCommand(context: CliContext): Promise<number> {
  const { options, stdout, messages } = context;
  const workbench = await context.openWorkbench();
  try {
    const page = await invoke(workbench.handlers, 'library.list', { offset: 0, limit: 50_000, sort: 'date' });
    if (options.json) {
      writeLine(stdout, JSON.stringify(page.items, null, 2));
      return 0;
    }
    for (const doc of page.items) {
      const warnings = doc.warningCount > 0 ? ` ⚠${doc.warningCount}` : '';
      const date = doc.date?.slice(0, 10) ?? '-';
      const source = visibleText(doc.source ?? '-');
      const fields = [doc.id, date, source, `${doc.wordCount}${warnings}`, visibleText(doc.title)];
      writeLine(stdout, fields.join('\t'));
    }
    writeLine(stdout, messages.documentCount(page.total));
    return 0;
  } finally {
    await workbench.close();
  }
}
