import { ApiError } from '../../api/apiError';
import { invoke } from '../../api/dispatch';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import { unknownDocumentLine } from '../messages';

/** `qarin similar DOCID`: the reports sharing most text with a report, best first. */
export async function similarCommand(context: CliContext): Promise<number> {
  const { options, stdout, messages } = context;
  const id = options.args[0];
  if (!id) throw new CliError(messages.missingArgument('DOCID'), 1);
  const workbench = await context.openWorkbench();
  try {
    const limit = Math.min(options.limit, 100);
    const result = await invoke(workbench.handlers, 'compare.similar', { id, limit }).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'not-found') throw new CliError(unknownDocumentLine(id), 1);
      throw error;
    });
    if (options.json) {
      writeLine(stdout, JSON.stringify(result, null, 2));
      return 0;
    }
    if (result.hits.length === 0) {
      writeLine(stdout, messages.noSimilar);
      return 0;
    }
    const { title } = await invoke(workbench.handlers, 'document.get', { id });
    writeLine(stdout, messages.similarHeading(title));
    for (const hit of result.hits) {
      writeLine(stdout, '');
      writeLine(stdout, `${hit.id}  ${hit.title}`);
      const shares = messages.similarLine(hit.similarity.toFixed(2), hit.sharedPassages);
      const details = [hit.source, hit.date?.slice(0, 10), shares];
      writeLine(stdout, details.filter(Boolean).join(' · '));
    }
    return 0;
  } finally {
    await workbench.close();
  }
}
