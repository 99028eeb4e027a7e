import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { ImportQdpxResultSchema } from '../../api/importSchemas';
import { createTextTarget } from '../../core/annotations/createQuoteSelector';
import type { Code } from '../../core/annotations/code';
import type { DocumentNote } from '../../core/annotations/documentNote';
import type { Memo } from '../../core/annotations/memo';
import { findBoilerplate } from '../../core/import/boilerplate';
import { findIntegrityWarnings } from '../../core/import/integrity';
import { parseRefiQdaProject, RefiQdaParseError } from '../../core/refiQda/parseRefiQdaProject';
import type { QdaProject, QdaSelection, QdaTextSource } from '../../core/refiQda/refiQdaModel';
import { placeSelections, type PlacedSource } from '../../core/refiQda/sourcePositions';
import { countWords } from '../../core/text/countWords';
import type { StoredHighlight } from '../../core/annotations/annotationData';
import type { AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import { annotationError } from '../annotations/annotationMessages';
import type { Bilingual } from '../../api/bilingual';
import type { AnnotationService } from '../annotations/annotationService';
import type { AnnotationState } from '../../core/annotations/annotationState';
import { codeNameKey } from '../../core/annotations/codeTree';
import { nextPaletteColor } from '../annotations/codePalette';
import type { ImportService } from '../import/importService';
import type { PreparedDocument } from '../import/preparedDocument';
import { reportTitle } from '../../core/import/reportTitle';
import {
  DEFAULT_QDPX_LIMITS,
  QdpxArchiveError,
  readQdpxArchive,
  type QdpxArchive,
  type QdpxArchiveLimits,
} from './readQdpxArchive';
import { qdpxMessages } from './qdpxMessages';
import { giveTurnAfter } from '../eventLoopTurns';

export type ImportQdpxResult = z.output<typeof ImportQdpxResultSchema>;

export interface QdpxImportParts {
  imports: ImportService;
  annotations: AnnotationService;
  documents: AnnotationDocuments;
}

interface ReadSource {
  source: QdaTextSource;
  placed: PlacedSource;
  sha256: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `internal://x.txt` names `sources/x.txt` (any case); anything else lives outside the archive. */
async function sourceText(
  archive: QdpxArchive,
  source: QdaTextSource,
  problems: Bilingual[],
): Promise<string | undefined> {
  if (source.plainTextContent !== undefined && source.plainTextPath === undefined) return source.plainTextContent;
  const path = source.plainTextPath ?? '';
  const internal = /^internal:\/\/(.+)$/i.exec(path);
  if (internal === null) {
    problems.push(qdpxMessages.externalSource(source.name, path));
    return undefined;
  }
  const entry = archive.find(`sources/${internal[1]}`);
  if (entry === undefined) {
    problems.push(qdpxMessages.missingSource(source.name, path));
    return undefined;
  }
  try {
    return utf8.decode(await archive.read(entry));
  } catch (error) {
    if (error instanceof QdpxArchiveError) throw error;
    problems.push(qdpxMessages.notUtf8(source.name));
    return undefined;
  }
}

/** Reads and checks everything the file says before anything is written; throws naming every fault. */
async function readProject(
  file: string,
  limits: QdpxArchiveLimits,
): Promise<{ project: QdaProject; sources: ReadSource[] }> {
  const name = basename(file);
  const refuse = (problems: readonly Bilingual[]) =>
    annotationError('invalid-input', qdpxMessages.refused(name, problems));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw annotationError('not-found', qdpxMessages.unreadable(name, reason));
  }
  try {
    const archive = await readQdpxArchive(bytes, limits);
    const qde = archive.find('project.qde');
    if (qde === undefined) throw refuse([qdpxMessages.noProjectQde()]);
    const project = parseRefiQdaProject(
      Buffer.from(await archive.read(qde))
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
    const problems: Bilingual[] = [];
    const codeGuids = new Set(project.codes.map((code) => code.guid));
    const sources: ReadSource[] = [];
    for (const source of project.textSources) {
      for (const selection of source.selections) {
        for (const code of selection.codeGuids) {
          if (!codeGuids.has(code)) problems.push(qdpxMessages.unknownCode(selection.guid, code));
        }
      }
      const raw = await sourceText(archive, source, problems);
      if (raw === undefined) continue;
      const placed = placeSelections(raw, source.selections);
      if (placed.outside.length > 0) {
        // Counted only to be reported: spreading every text of a large project into code points cost seconds.
        const length = [...placed.text].length;
        for (const selection of placed.outside) {
          problems.push(qdpxMessages.outside(source.name, selection.guid, selection.start, selection.end, length));
        }
      }
      const sha256 = createHash('sha256').update(placed.text, 'utf8').digest('hex');
      for (const selection of source.selections) {
        const range = placed.ranges.get(selection.guid);
        if (range === undefined) continue;
        // Quoted here, before anything is written: an empty selection or one cutting a character in
        // half would otherwise fail only after the reports were added.
        try {
          createTextTarget(placed.text, range, sha256);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          problems.push(qdpxMessages.unusableSelection(source.name, selection.guid, selection.start, selection.end));
        }
      }
      sources.push({ source, placed, sha256 });
      await giveTurnAfter(sources.length);
    }
    if (problems.length > 0) throw refuse(problems);
    return { project, sources };
  } catch (error) {
    if (error instanceof QdpxArchiveError) throw refuse([error.reason]);
    if (error instanceof RefiQdaParseError) throw refuse([qdpxMessages.badProjectXml(error.message)]);
    throw error;
  }
}

/** Qarin writes a report's citation as the source's description: outlet, date and address, a line each. */
function citationOf(description: string | undefined): { source?: string; date?: string; url?: string } {
  const citation: { source?: string; date?: string; url?: string } = {};
  for (const line of (description ?? '')
    .split('\n')
    .map((each) => each.trim())
    .filter(Boolean)) {
    if (/^https?:\/\//i.test(line)) citation.url ??= line;
    else if (/^\d{4}-\d{2}-\d{2}/.test(line)) citation.date ??= line;
    else citation.source ??= line;
  }
  return citation;
}

function preparedDocument(file: string, read: ReadSource, fromQarin: boolean): PreparedDocument {
  const { text } = read.placed;
  const citation = fromQarin ? citationOf(read.source.description) : {};
  const parsed = { key: read.source.guid, text, meta: { title: read.source.name || undefined, ...citation } };
  return {
    ...parsed,
    title: reportTitle(parsed),
    format: 'qdpx',
    encoding: 'utf-8',
    path: file,
    sha256: read.sha256,
    wordCount: countWords(text),
    boilerplate: findBoilerplate(text),
    warnings: findIntegrityWarnings(text),
  };
}

/** The codes, highlights, memos and report notes of the project, as one change on the current state. */
function planAnnotations(
  state: AnnotationState,
  project: QdaProject,
  sources: ReadSource[],
  docIds: Map<string, string>,
  now: string,
) {
  const result = { highlights: 0, highlightsKnown: 0, codesCreated: 0, memos: 0, documentNotes: 0 };
  const codeIds = new Map<string, string>();
  const createdCodes: Code[] = [];
  const allCodes = () => [...state.allCodes(), ...createdCodes];
  for (const code of project.codes) {
    const parentId = code.parentGuid === undefined ? undefined : codeIds.get(code.parentGuid);
    const name = code.name.trim() || code.guid;
    const same = allCodes().find((each) => codeNameKey(each.name) === codeNameKey(name) && each.parentId === parentId);
    if (same !== undefined) {
      codeIds.set(code.guid, same.id);
      continue;
    }
    const created: Code = {
      id: randomUUID(),
      name,
      color:
        code.color ??
        nextPaletteColor(
          allCodes().map((each) => each.color),
          allCodes().length,
        ),
    };
    if (parentId !== undefined) created.parentId = parentId;
    if (code.description !== undefined) created.description = code.description;
    createdCodes.push(created);
    codeIds.set(code.guid, created.id);
  }

  const highlightIds = new Map<string, string>();
  const highlights: StoredHighlight[] = [];
  const noteOwners = new Map<string, string[]>();
  const selectionRefs = new Map<string, number>();
  for (const { source } of sources) {
    const docId = docIds.get(source.guid)!;
    for (const guid of source.noteGuids) noteOwners.set(guid, [...(noteOwners.get(guid) ?? []), docId]);
    for (const selection of source.selections) {
      for (const guid of selection.noteGuids) selectionRefs.set(guid, (selectionRefs.get(guid) ?? 0) + 1);
    }
  }
  // A note only one selection refers to is that highlight's own note when it repeats the selection's
  // description (Qarin writes both) or, from another tool, when the selection has no description.
  const notesByGuid = new Map(project.notes.map((note) => [note.guid, note]));
  const ownNotes = new Set<string>();
  const ownNoteOf = (selection: QdaSelection) =>
    selection.noteGuids
      .map((guid) => notesByGuid.get(guid))
      .find(
        (note) =>
          note !== undefined &&
          selectionRefs.get(note.guid) === 1 &&
          !noteOwners.has(note.guid) &&
          (note.text === selection.description || (project.origin !== 'Qarin' && selection.description === undefined)),
      );
  for (const { source, placed, sha256 } of sources) {
    const docId = docIds.get(source.guid)!;
    const existing = state.highlightsOf(docId);
    for (const selection of source.selections) {
      const range = placed.ranges.get(selection.guid)!;
      const ownNote = ownNoteOf(selection);
      if (ownNote !== undefined) ownNotes.add(ownNote.guid);
      const known = existing.find(
        (each) => each.target.position.start === range.start && each.target.position.end === range.end,
      );
      if (known !== undefined) {
        highlightIds.set(selection.guid, known.id);
        result.highlightsKnown += 1;
        continue;
      }
      const id = randomUUID();
      highlightIds.set(selection.guid, id);
      highlights.push({
        id,
        docId,
        target: createTextTarget(placed.text, range, sha256),
        codeIds: [...new Set(selection.codeGuids.map((guid) => codeIds.get(guid)!))],
        note: selection.description ?? ownNote?.text ?? '',
        created: selection.created ?? now,
        modified: selection.modified ?? selection.created ?? now,
        status: 'anchored',
      });
    }
  }

  // A note a selection refers to is a memo on those highlights; one only a source refers to is that
  // report's note; one nothing refers to is a memo of its own.
  const linked = new Map<string, string[]>();
  for (const { source } of sources) {
    for (const selection of source.selections) {
      const highlightId = highlightIds.get(selection.guid)!;
      for (const guid of selection.noteGuids) {
        // Pushed, not copied: a memo can link thousands of highlights.
        const linkedIds = linked.get(guid);
        if (linkedIds === undefined) linked.set(guid, [highlightId]);
        else linkedIds.push(highlightId);
      }
    }
  }
  const memos: Memo[] = [];
  const notes = new Map<string, string[]>();
  const existingMemos = state.allMemos();
  const addMemo = (title: string, body: string, ids: string[], created?: string, modified?: string) => {
    if (existingMemos.some((memo) => memo.title === title && memo.body === body)) return;
    memos.push({
      id: randomUUID(),
      title,
      body,
      highlightIds: [...new Set(ids)],
      created: created ?? now,
      modified: modified ?? created ?? now,
    });
  };
  for (const note of project.notes) {
    if (ownNotes.has(note.guid)) continue;
    const owners = noteOwners.get(note.guid);
    if (!linked.has(note.guid) && owners !== undefined) {
      for (const docId of owners) notes.set(docId, [...(notes.get(docId) ?? []), note.text]);
    } else {
      addMemo(note.name, note.text, linked.get(note.guid) ?? [], note.created, note.modified);
    }
  }
  const names = new Map<string, string>([
    ...project.codes.map((code): [string, string] => [code.guid, code.name]),
    ...project.textSources.map((source): [string, string] => [source.guid, source.name]),
  ]);
  for (const set of project.sets) {
    const members = set.memberGuids.map((guid) => `- ${names.get(guid) ?? guid}`);
    addMemo(set.name, [set.description ?? '', ...members].filter(Boolean).join('\n'), []);
  }
  if (project.origin !== 'Qarin') {
    for (const { source } of sources) {
      if (source.description === undefined) continue;
      const docId = docIds.get(source.guid)!;
      notes.set(docId, [source.description, ...(notes.get(docId) ?? [])]);
    }
  }
  const documentNotes: DocumentNote[] = [];
  for (const [docId, bodies] of notes) {
    const body = bodies.filter((each) => each.trim().length > 0).join('\n\n');
    const before = state.note(docId)?.body ?? '';
    if (body.length === 0 || before.includes(body)) continue;
    documentNotes.push({ docId, body: before.length === 0 ? body : `${before}\n\n${body}` });
  }
  result.highlights = highlights.length;
  result.codesCreated = createdCodes.length;
  result.memos = memos.length;
  result.documentNotes = documentNotes.length;
  const change = {
    ...(createdCodes.length > 0 ? { codes: { put: createdCodes } } : {}),
    ...(highlights.length > 0 ? { highlights: { put: highlights } } : {}),
    ...(memos.length > 0 ? { memos: { put: memos } } : {}),
    ...(documentNotes.length > 0 ? { documentNotes: { put: documentNotes } } : {}),
  };
  return { change: Object.keys(change).length > 0 ? change : undefined, result };
}

/**
 * Imports a REFI-QDA project (.qdpx) from Qarin or another QDA tool: its text sources become
 * reports, its codebook codes, its selections highlights, its notes memos and report notes, its
 * sets memos listing their members. Everything is read and checked first; a file with any fault is
 * refused whole, naming each fault, before a single report or code is written.
 */
export async function importQdpx(
  parts: QdpxImportParts,
  file: string,
  limits: QdpxArchiveLimits = DEFAULT_QDPX_LIMITS,
): Promise<ImportQdpxResult> {
  const { project, sources } = await readProject(file, limits);
  const fromQarin = project.origin === 'Qarin';
  // Each report is prepared only when the import asks for it, while the index takes those before.
  const prepared = (function* () {
    for (const read of sources) {
      yield preparedDocument(file, read, fromQarin);
      // The prepared report carries its text to the store and the index; here it is needed again
      // only to quote the source's highlights. Letting go of the others keeps a large project's
      // texts from being held in this thread while the index is saved.
      if (read.source.selections.length === 0) read.placed = { ...read.placed, text: '' };
    }
  })();
  const report = await parts.imports.addPrepared(prepared);
  const docIds = new Map<string, string>();
  for (const read of sources) {
    const document = parts.documents.findBySha(read.sha256);
    if (document === undefined) throw new Error(`the report of source ${read.source.guid} was not stored`);
    docIds.set(read.source.guid, document.id);
  }
  const now = new Date().toISOString();
  const counts = await parts.annotations.applyImport('project.importQdpx', (state) => {
    const planned = planAnnotations(state, project, sources, docIds, now);
    if (planned.change === undefined) return { result: planned.result };
    return { change: planned.change, result: planned.result };
  });
  return {
    reportsAdded: report.added.length,
    reportsKnown: sources.length - report.added.length,
    ...counts,
    skippedSources: project.skippedSources,
    lineEnds: sources.flatMap(({ source, placed }) =>
      placed.reading === undefined ? [] : [{ source: source.name, reading: placed.reading }],
    ),
  };
}
