import { ApiError } from '../../api/apiError';
import type { Comparison } from '../../api/compareSchemas';
import { invoke } from '../../api/dispatch';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import type { CompareSummary } from '../messages';
import type { Workbench } from '../../services/workbench';

/** Passages longer than this are shortened in the summary: a terminal line, not the whole passage. */
const EXCERPT_CHARACTERS = 80;
/** Titles are cut to this many characters, so each report's line stays one terminal line. */
const TITLE_CHARACTERS = 60;
/** The summary lists this many of the longest passages. */
const LISTED_PASSAGES = 5;

/**
 * `qarin compare DOCID DOCID [DOCID DOCID] [--json]`: the comparison of 2 to 4 reports as the
 * compare view receives it (with --json), or a summary of it.
 */
export async function compareCommand(context: CliContext): Promise<number> {
  const { options, stdout, messages } = context;
  const ids = options.args;
  if (ids.length < 2 || ids.length > 4) throw new CliError(messages.compareCount(ids.length), 1);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) throw new CliError(messages.compareRepeated(repeated), 1);
  const workbench = await context.openWorkbench();
  try {
    const comparison = await compare(workbench, ids, context);
    if (options.json) {
      writeLine(stdout, JSON.stringify(comparison, null, 2));
      return 0;
    }
    const texts = new Map<string, string>();
    for (const id of ids) texts.set(id, (await invoke(workbench.handlers, 'document.get', { id })).text);
    writeLine(stdout, messages.compareSummary(summarize(comparison)));
    const longest = [...comparison.passages].sort((a, b) => b.words - a.words).slice(0, LISTED_PASSAGES);
    for (const passage of longest) {
      const span = passage.spans[0]!;
      const text = texts.get(span.docId)!.slice(span.start, span.end).replace(/\s+/g, ' ');
      const excerpt = text.length > EXCERPT_CHARACTERS ? `${text.slice(0, EXCERPT_CHARACTERS)}…` : text;
      const reports = new Set(passage.spans.map((s) => s.docId)).size;
      writeLine(stdout, messages.passageLine(passage.words, reports, passage.firstDocId, excerpt));
    }
    return 0;
  } finally {
    await workbench.close();
  }
}

async function compare(workbench: Workbench, ids: string[], { messages }: CliContext): Promise<Comparison> {
  try {
    return await invoke(workbench.handlers, 'compare.run', { ids });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'not-found') throw error;
    for (const id of ids) {
      const known = await invoke(workbench.handlers, 'document.get', { id }).then(
        () => true,
        () => false,
      );
      if (!known) throw new CliError(messages.unknownDocument(id), 1);
    }
    throw error;
  }
}

function summarize(comparison: Comparison): CompareSummary {
  const aligned = new Set(comparison.alignment.flatMap((group) => group.members.map((m) => `${m.docId}:${m.start}`)));
  const differences = { insert: 0, delete: 0, substitute: 0, minor: 0 };
  for (const difference of comparison.differences) differences[difference.kind]++;
  return {
    baseId: comparison.baseId,
    documents: comparison.documents.map(({ id, title }) => {
      const sentences = comparison.sentences.filter((span) => span.docId === id);
      const alignedCount = sentences.filter((span) => aligned.has(`${id}:${span.start}`)).length;
      const shortTitle = title.length > TITLE_CHARACTERS ? `${title.slice(0, TITLE_CHARACTERS)}…` : title;
      return {
        id,
        title: shortTitle,
        sentences: sentences.length,
        aligned: alignedCount,
        unique: sentences.length - alignedCount,
      };
    }),
    groups: comparison.alignment.length,
    moved: comparison.alignment.filter((group) => group.moved).length,
    passages: comparison.passages.length,
    passageWords: comparison.passages.reduce((sum, passage) => sum + passage.words, 0),
    differences,
    facts: comparison.facts.length,
    disagreements: comparison.facts.filter((row) => row.disagree).length,
  };
}
