import type { annotationMethods } from '../../api/contract/annotationContract';
import { invoke, type HandlersOf } from '../../api/dispatch';
import type { ListedCode } from '../../api/types';
import { codeNameKey } from '../../core/annotations/codeTree';
import { createAnnotationHandlers } from '../../services/annotations/createAnnotationHandlers';
import { CliError } from '../cliError';
import { optionChoice } from '../optionChoice';
import { writeLine, type CliContext } from '../cliContext';
import { annotationCallFailure } from './annotationCallFailure';
import { writeFileReply } from './writeFileReply';

const FORMATS = ['md', 'csv', 'xlsx', 'json', 'qdpx'] as const;
const GROUPINGS = ['report', 'code'] as const;

/** "parent/child" or a bare name; a bare name must belong to one code only. */
function findCode(context: CliContext, codes: readonly ListedCode[], wanted: string): ListedCode {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const pathOf = (code: ListedCode): string[] => {
    const names = [code.name];
    const seen = new Set([code.id]);
    for (let parent = code.parentId; parent !== undefined && !seen.has(parent); parent = byId.get(parent)?.parentId) {
      seen.add(parent);
      names.unshift(byId.get(parent)?.name ?? '');
    }
    return names;
  };
  const wantedPath = wanted.split('/').map(codeNameKey);
  const matches = codes.filter((code) => {
    const path = pathOf(code).map(codeNameKey);
    return wantedPath.length === 1 ? path.at(-1) === wantedPath[0] : path.join('/') === wantedPath.join('/');
  });
  if (matches.length === 0) throw new CliError(context.messages.unknownCode(wanted), 1);
  if (matches.length > 1) {
    throw new CliError(
      context.messages.ambiguousCode(wanted, matches.map((code) => pathOf(code).join('/')).join(', ')),
      1,
    );
  }
  return matches[0]!;
}

/** `qarin export --format md|csv|xlsx|json|qdpx --out FILE [--by report|code] [--code NAME] [--doc DOCID]`. */
export async function exportCommand(context: CliContext): Promise<number> {
  const { options, messages, stdout } = context;
  if (options.format === undefined) throw new CliError(messages.missingArgument('--format md|csv|xlsx|json|qdpx'), 1);
  const format = optionChoice(context, '--format', options.format, FORMATS);
  if (options.out === undefined) throw new CliError(messages.missingArgument('--out FILE'), 1);
  const by = options.by === undefined ? 'report' : optionChoice(context, '--by', options.by, GROUPINGS);
  const language = messages.language;
  const project = await openForExport(context, format);
  try {
    const codeId =
      options.code === undefined
        ? undefined
        : findCode(context, (await invoke(project.handlers, 'codes.list', {})).codes, options.code).id;
    const result = await invoke(project.handlers, 'annotations.export', {
      format,
      by,
      codeId,
      docId: options.doc,
      language,
    });
    const path = await writeFileReply(context, options.out, result);
    writeLine(stdout, messages.exported(result.highlightCount, path));
    return 0;
  } catch (error) {
    throw annotationCallFailure(error, language);
  } finally {
    await project.close();
  }
}

/**
 * The annotations over the library listing when that gives the open project's export, so that the
 * export costs what it cites; otherwise the whole project. A REFI-QDA project holds every report,
 * in the library's order, which the listing does not keep.
 */
async function openForExport(
  context: CliContext,
  format: (typeof FORMATS)[number],
): Promise<{ handlers: HandlersOf<typeof annotationMethods>; close(): Promise<void> }> {
  if (format !== 'qdpx') {
    const { openOneShotAnnotations } = await import('../../services/annotations/oneShotAnnotations');
    const annotations = await openOneShotAnnotations(context.projectDir);
    if (annotations) return { handlers: createAnnotationHandlers(annotations), close: () => annotations.close() };
  }
  const workbench = await context.openWorkbench();
  return {
    handlers: workbench.handlers,
    close: async () => {
      try {
        // A listing missing or stale (a project copied before listings kept the library's hash) is
        // written again, as `qarin docs` does, so that the next export reads it. It is a cache:
        // one not written costs only that.
        const { keepEarlyAnswersCurrent } = await import('../../services/earlyAnswers');
        await keepEarlyAnswersCurrent(workbench).catch(() => undefined);
      } finally {
        await workbench.close();
      }
    },
  };
}
