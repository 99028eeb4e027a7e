import { createHash, randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { ImportQdpxResultSchema } from '../../api/importSchemas';
import { createTextTarget } from '../../core/annotations/createQuoteSelector';
import type { TextTarget } from '../../core/annotations/textTarget';
import type { Code } from '../../core/annotations/code';
import type { DocumentNote } from '../../core/annotations/documentNote';
import type { Memo } from '../../core/annotations/memo';
import { parseRefiQdaProject, RefiQdaParseError } from '../../core/refiQda/parseRefiQdaProject';
import type { QdaProject, QdaSelection, QdaTextSource } from '../../core/refiQda/refiQdaModel';
import { placeSelections, type LineEndReading } from '../../core/refiQda/sourcePositions';
import type { StoredHighlight } from '../../core/annotations/annotationData';
import type { AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import { annotationError } from '../annotations/annotationMessages';
import type { Bilingual } from '../../api/bilingual';
import type { AnnotationService } from '../annotations/annotationService';
import type { AnnotationState } from '../../core/annotations/annotationState';
import { codeNameKey } from '../../core/annotations/codeTree';
import { nextPaletteColor } from '../annotations/codePalette';
import type { ImportService } from '../import/importService';
import type { ArchiveSource } from '../import/preparedDocument';
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

/**
 * What the highlights, notes and line-end reading of a text source need: its identity and each
 * selection's target on its text.
 */
interface SourceAnchors {
  sha256: string;
  reading?: LineEndReading;
  /** By selection GUID. */
  targets: Map<string, TextTarget>;
}

/**
 * A text source as the check left it: where its text is and, when it carries selections or notes,
 * its anchors. The text itself is not kept: the import workers read it again, so a large project
 * is never held in memory whole.
 */
interface CheckedSource {
  source: QdaTextSource;
  /** The archive entry of its text; absent when the text is inline in project.qde. */
  entry?: string;
  anchors?: SourceAnchors;
}

type AnchoredSource = CheckedSource & { anchors: SourceAnchors };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks that the source's text is in the archive and is UTF-8, and decodes it when `decode`;
 * `internal://x.txt` names `sources/x.txt` (any case); anything else lives outside the archive.
 * Only the texts that carry selections are decoded here: validating the bytes costs a fraction
 * of making a string of them.
 */
async function checkSourceText(
  archive: QdpxArchive,
  source: QdaTextSource,
  decode: boolean,
  problems: Bilingual[],
): Promise<{ raw?: string; entry?: string } | undefined> {
  if (source.plainTextContent !== undefined && source.plainTextPath === undefined) {
    return { raw: source.plainTextContent };
  }
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
  const bytes = await archive.read(entry);
  if (!decode) {
    if (isUtf8(bytes)) return { entry };
    problems.push(qdpxMessages.notUtf8(source.name));
    return undefined;
  }
  try {
    return { raw: utf8.decode(bytes), entry };
  } catch {
    problems.push(qdpxMessages.notUtf8(source.name));
    return undefined;
  }
}

/** The anchors of a source's selections on its text; a selection that does not fit is a problem. */
function anchorSelections(source: QdaTextSource, raw: string, problems: Bilingual[]): SourceAnchors {
  const placed = placeSelections(raw, source.selections);
  if (placed.outside.length > 0) {
    // Counted only to be reported: spreading every text of a large project into code points cost seconds.
    const length = [...placed.text].length;
    for (const selection of placed.outside) {
      problems.push(qdpxMessages.outside(source.name, selection.guid, selection.start, selection.end, length));
    }
  }
  const sha256 = createHash('sha256').update(placed.text, 'utf8').digest('hex');
  const targets = new Map<string, TextTarget>();
  for (const selection of source.selections) {
    const range = placed.ranges.get(selection.guid);
    if (range === undefined) continue;
    try {
      targets.set(selection.guid, createTextTarget(placed.text, range, sha256));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      problems.push(qdpxMessages.unusableSelection(source.name, selection.guid, selection.start, selection.end));
    }
  }
  const anchors: SourceAnchors = { sha256, targets };
  if (placed.reading !== undefined) anchors.reading = placed.reading;
  return anchors;
}

/** Whether anything of the source besides its text is imported: highlights, notes, a description as a note. */
function carriesAnnotations(source: QdaTextSource, project: QdaProject): boolean {
  return (
    source.selections.length > 0 ||
    source.noteGuids.length > 0 ||
    (project.origin !== 'Qarin' && source.description !== undefined)
  );
}

/** Reads and checks everything the file says before anything is written; throws naming every fault. */
async function readProject(
  file: string,
  limits: QdpxArchiveLimits,
): Promise<{ project: QdaProject; sources: CheckedSource[]; bytes: Buffer }> {
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
    const sources: CheckedSource[] = [];
    for (const source of project.textSources) {
      for (const selection of source.selections) {
        for (const code of selection.codeGuids) {
          if (!codeGuids.has(code)) problems.push(qdpxMessages.unknownCode(selection.guid, code));
        }
      }
      const annotated = carriesAnnotations(source, project);
      const read = await checkSourceText(archive, source, annotated, problems);
      if (read === undefined) continue;
      const checked: CheckedSource = { source };
      if (read.entry !== undefined) checked.entry = read.entry;
      if (annotated) checked.anchors = anchorSelections(source, read.raw ?? '', problems);
      sources.push(checked);
      await giveTurnAfter(sources.length);
    }
    if (problems.length > 0) throw refuse(problems);
    return { project, sources, bytes };
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

function archiveSource(checked: CheckedSource, fromQarin: boolean): ArchiveSource {
  const { source } = checked;
  const citation = fromQarin ? citationOf(source.description) : {};
  const prepared: ArchiveSource = { key: source.guid, meta: { title: source.name || undefined, ...citation } };
  if (checked.entry !== undefined) prepared.entry = checked.entry;
  else prepared.inlineText = source.plainTextContent ?? '';
  return prepared;
}

/** The codes, highlights, memos and report notes of the project, as one change on the current state. */
function planAnnotations(
  state: AnnotationState,
  project: QdaProject,
  sources: AnchoredSource[],
  docIds: Map<string, string>,
  now: string,
) {
  const result = { highlights: 0, highlightsKnown: 0, codesCreated: 0, memos: 0, documentNotes: 0 };
  const codeIds = new Map<string, string>();
  const createdCodes: Code[] = [];
  // Codes by name under their parent, and the colours in use, kept up to date as codes are created.
  const codeKey = (name: string, parentId: string | undefined) => `${parentId ?? ''}\u0000${codeNameKey(name)}`;
  const knownCodes = new Map<string, string>();
  const colors: string[] = [];
  for (const code of state.allCodes()) {
    if (!knownCodes.has(codeKey(code.name, code.parentId))) knownCodes.set(codeKey(code.name, code.parentId), code.id);
    colors.push(code.color);
  }
  for (const code of project.codes) {
    const parentId = code.parentGuid === undefined ? undefined : codeIds.get(code.parentGuid);
    const name = code.name.trim() || code.guid;
    const same = knownCodes.get(codeKey(name, parentId));
    if (same !== undefined) {
      codeIds.set(code.guid, same);
      continue;
    }
    const created: Code = { id: randomUUID(), name, color: code.color ?? nextPaletteColor(colors, colors.length) };
    if (parentId !== undefined) created.parentId = parentId;
    if (code.description !== undefined) created.description = code.description;
    createdCodes.push(created);
    knownCodes.set(codeKey(name, parentId), created.id);
    colors.push(created.color);
    codeIds.set(code.guid, created.id);
  }

  const highlightIds = new Map<string, string>();
  const highlights: StoredHighlight[] = [];
  const noteOwners = new Map<string, string[]>();
  const selectionRefs = new Map<string, number>();
  const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    // Pushed, not copied: a note can belong to thousands of reports, a memo link thousands of highlights.
    const values = map.get(key);
    if (values === undefined) map.set(key, [value]);
    else values.push(value);
  };
  for (const { source } of sources) {
    const docId = docIds.get(source.guid)!;
    for (const guid of source.noteGuids) pushTo(noteOwners, guid, docId);
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
  const positionKey = (start: number, end: number) => `${start}:${end}`;
  for (const { source, anchors } of sources) {
    const docId = docIds.get(source.guid)!;
    const existing = new Map<string, string>();
    for (const highlight of state.highlightsOf(docId)) {
      const { start, end } = highlight.target.position;
      if (!existing.has(positionKey(start, end))) existing.set(positionKey(start, end), highlight.id);
    }
    for (const selection of source.selections) {
      const target = anchors.targets.get(selection.guid)!;
      const ownNote = ownNoteOf(selection);
      if (ownNote !== undefined) ownNotes.add(ownNote.guid);
      const known = existing.get(positionKey(target.position.start, target.position.end));
      if (known !== undefined) {
        highlightIds.set(selection.guid, known);
        result.highlightsKnown += 1;
        continue;
      }
      const id = randomUUID();
      highlightIds.set(selection.guid, id);
      highlights.push({
        id,
        docId,
        target,
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
      for (const guid of selection.noteGuids) pushTo(linked, guid, highlightId);
    }
  }
  const memos: Memo[] = [];
  const notes = new Map<string, string[]>();
  const memoKey = (title: string, body: string) => `${title}\u0000${body}`;
  const existingMemos = new Set(state.allMemos().map((memo) => memoKey(memo.title, memo.body)));
  const addMemo = (title: string, body: string, ids: string[], created?: string, modified?: string) => {
    if (existingMemos.has(memoKey(title, body))) return;
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
      for (const docId of owners) pushTo(notes, docId, note.text);
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
 * refused whole, naming each fault, before a single report or code is written. The reports are
 * then imported as files are (import workers read, analyse and store them; the index takes them
 * in batches meanwhile), and the annotations follow as one change.
 */
export async function importQdpx(
  parts: QdpxImportParts,
  file: string,
  limits: QdpxArchiveLimits = DEFAULT_QDPX_LIMITS,
): Promise<ImportQdpxResult> {
  const { project, sources, bytes } = await readProject(file, limits);
  const fromQarin = project.origin === 'Qarin';
  const archive = { bytes: new SharedArrayBuffer(bytes.length), ...limits };
  new Uint8Array(archive.bytes).set(bytes);
  const report = await parts.imports.importArchiveSources(
    file,
    archive,
    sources.map((checked) => archiveSource(checked, fromQarin)),
  );
  if (report.errors.length > 0) {
    // Reports read before the fault are kept; their annotations are not applied half-way.
    throw annotationError(
      'internal',
      qdpxMessages.importStopped(
        basename(file),
        report.errors.map(({ reason }) => reason),
      ),
    );
  }
  const anchored = sources.filter((checked): checked is AnchoredSource => checked.anchors !== undefined);
  const docIds = new Map<string, string>();
  for (const { source, anchors } of anchored) {
    const document = parts.documents.findBySha(anchors.sha256);
    if (document === undefined) throw new Error(`the report of source ${source.guid} was not stored`);
    docIds.set(source.guid, document.id);
  }
  const now = new Date().toISOString();
  const counts = await parts.annotations.applyImport('project.importQdpx', (state) => {
    const planned = planAnnotations(state, project, anchored, docIds, now);
    if (planned.change === undefined) return { result: planned.result };
    return { change: planned.change, result: planned.result };
  });
  return {
    reportsAdded: report.added.length,
    reportsKnown: sources.length - report.added.length,
    ...counts,
    skippedSources: project.skippedSources,
    lineEnds: anchored.flatMap(({ source, anchors: { reading } }) =>
      reading === undefined ? [] : [{ source: source.name, reading }],
    ),
  };
}
