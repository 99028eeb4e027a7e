import type { Code } from '../annotations/code';
import type { AnnotationExportInput, ExportDocument } from './exportInput';
import { resolveExportedHighlights, type ExportedHighlight } from './resolveExportedHighlights';
import { stableGuid } from './stableGuid';
import { xmlAttribute, xmlText } from './xmlText';

export interface RefiQdaExportOptions {
  /** The project's name as QDA tools show it. */
  projectName: string;
  /** ISO 8601 time written as the project's creation time; passed in to keep the output reproducible. */
  exportedAt: string;
}

/**
 * The parts of a `.qdpx` (a ZIP the caller assembles): `project.qde` and one plain-text file per
 * report under `sources/`, referenced as `internal://<GUID>.txt`.
 */
export interface RefiQdaProject {
  projectXml: string;
  sources: { path: string; text: string }[];
  /** Orphans: REFI-QDA needs a position, and theirs no longer points at their quote. */
  skippedHighlightIds: string[];
}

const NAMESPACE = 'urn:QDA-XML:project:1.0';

function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

function codeElements(codes: readonly Code[], codeGuids: ReadonlyMap<string, string>): string[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const children = new Map<string | undefined, Code[]>();
  for (const code of codes) {
    const parentKey = code.parentId !== undefined && byId.has(code.parentId) ? code.parentId : undefined;
    children.set(parentKey, [...(children.get(parentKey) ?? []), code]);
  }
  const written = new Set<string>();
  const render = (code: Code, depth: number): string => {
    written.add(code.id);
    const indent = '  '.repeat(depth);
    const inner = [
      ...(code.description ? [`${indent}  <Description>${xmlText(code.description)}</Description>`] : []),
      ...(children.get(code.id) ?? [])
        .filter((child) => !written.has(child.id))
        .map((child) => render(child, depth + 1)),
    ];
    const open = `${indent}<Code${attributes({ guid: codeGuids.get(code.id), name: code.name, isCodable: true, color: code.color })}`;
    return inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join('\n')}\n${indent}</Code>`;
  };
  const elements = (children.get(undefined) ?? []).map((code) => render(code, 3));
  // Codes caught in a parent cycle (a hand-edited codebook) have no root: list them at the top level.
  for (const code of codes) if (!written.has(code.id)) elements.push(render(code, 3));
  return elements;
}

function selectionElement(
  entry: ExportedHighlight,
  memoGuids: readonly string[],
  codeGuids: ReadonlyMap<string, string>,
): string {
  const { highlight } = entry;
  const inner = [
    ...(highlight.note.length > 0 ? [`        <Description>${xmlText(highlight.note)}</Description>`] : []),
    ...entry.codes.map(
      ({ code }) =>
        `        <Coding${attributes({ guid: stableGuid('coding', `${highlight.id}\u0000${code.id}`), creationDateTime: highlight.created })}>` +
        `<CodeRef targetGUID="${codeGuids.get(code.id)!}"/></Coding>`,
    ),
    ...(highlight.note.length > 0
      ? [`        <NoteRef targetGUID="${stableGuid('highlight-note', highlight.id)}"/>`]
      : []),
    ...memoGuids.map((guid) => `        <NoteRef targetGUID="${guid}"/>`),
  ];
  const open = `      <PlainTextSelection${attributes({
    guid: stableGuid('highlight', highlight.id),
    name: highlight.target.quote.exact.replace(/\s+/g, ' ').slice(0, 80),
    startPosition: entry.startCodePoint,
    endPosition: entry.endCodePoint,
    creationDateTime: highlight.created,
    modifiedDateTime: highlight.modified,
  })}`;
  return inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join('\n')}\n      </PlainTextSelection>`;
}

function citation(document: ExportDocument): string {
  return [document.source, document.date, document.url]
    .filter((part) => part !== undefined && part.length > 0)
    .join('\n');
}

function noteElement(guid: string, name: string, body: string, created?: string, modified?: string): string {
  return (
    `    <Note${attributes({ guid, name, creationDateTime: created, modifiedDateTime: modified })}>` +
    `<PlainTextContent>${xmlText(body)}</PlainTextContent></Note>`
  );
}

/**
 * A REFI-QDA 1.0 project (valid against Project.xsd) that NVivo, ATLAS.ti, MAXQDA and QualCoder can
 * open: the codebook as nested codes, each report as a text source, each anchored highlight as a
 * PlainTextSelection in code points with one Coding per code and its note as Description and as a
 * Note it refers to, memos and
 * report notes as Notes referenced from what they discuss.
 */
export function exportRefiQda(input: AnnotationExportInput, options: RefiQdaExportOptions): RefiQdaProject {
  const entries = resolveExportedHighlights(input);
  const anchored = entries.filter((entry) => entry.startCodePoint !== undefined && entry.endCodePoint !== undefined);
  // Grouped once: filtering every report's selections out of all of them is quadratic in a large project.
  const anchoredByDocument = new Map<string, ExportedHighlight[]>();
  for (const entry of anchored) {
    const group = anchoredByDocument.get(entry.document.id);
    if (group === undefined) anchoredByDocument.set(entry.document.id, [entry]);
    else group.push(entry);
  }
  // Each GUID is a SHA-256 computed in JavaScript: codes and memos, referred to by thousands of
  // selections in a large project, are hashed once each.
  const codeGuids = new Map(input.codes.map((code) => [code.id, stableGuid('code', code.id)]));
  const memoGuidsByHighlight = new Map<string, string[]>();
  for (const memo of input.memos) {
    const memoGuid = stableGuid('memo', memo.id);
    for (const highlightId of memo.highlightIds) {
      const guids = memoGuidsByHighlight.get(highlightId);
      if (guids === undefined) memoGuidsByHighlight.set(highlightId, [memoGuid]);
      else guids.push(memoGuid);
    }
  }
  const documentNotes = (input.documentNotes ?? []).filter((note) => note.body.trim().length > 0);
  const notedDocuments = new Set(documentNotes.map((note) => note.docId));

  const sources = input.documents.map((document) => {
    const guid = stableGuid('document', document.id);
    const cited = citation(document);
    const inner = [
      ...(cited.length > 0 ? [`      <Description>${xmlText(cited)}</Description>`] : []),
      ...(anchoredByDocument.get(document.id) ?? []).map((entry) =>
        selectionElement(entry, memoGuidsByHighlight.get(entry.highlight.id) ?? [], codeGuids),
      ),
      ...(notedDocuments.has(document.id)
        ? [`      <NoteRef targetGUID="${stableGuid('document-note', document.id)}"/>`]
        : []),
    ];
    const open = `    <TextSource${attributes({ guid, name: document.title, plainTextPath: `internal://${guid}.txt` })}`;
    return {
      element: inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join('\n')}\n    </TextSource>`,
      file: { path: `sources/${guid}.txt`, text: document.text },
    };
  });

  // A highlight's note goes both as its selection's Description and as a Note it refers to: tools
  // differ in which of the two they show.
  const highlightNotes = anchored
    .filter(({ highlight }) => highlight.note.length > 0)
    .map(({ highlight }) =>
      noteElement(
        stableGuid('highlight-note', highlight.id),
        highlight.target.quote.exact.replace(/\s+/g, ' ').slice(0, 80),
        highlight.note,
        highlight.created,
        highlight.modified,
      ),
    );
  const titles = new Map(input.documents.map((document) => [document.id, document.title]));
  const notes = [
    ...highlightNotes,
    ...input.memos.map((memo) =>
      noteElement(stableGuid('memo', memo.id), memo.title, memo.body, memo.created, memo.modified),
    ),
    ...documentNotes.map((note) => {
      return noteElement(stableGuid('document-note', note.docId), titles.get(note.docId) ?? note.docId, note.body);
    }),
  ];
  const codes = codeElements(input.codes, codeGuids);
  const body = [
    ...(codes.length > 0 ? ['  <CodeBook>', '    <Codes>', ...codes, '    </Codes>', '  </CodeBook>'] : []),
    ...(sources.length > 0 ? ['  <Sources>', ...sources.map((source) => source.element), '  </Sources>'] : []),
    ...(notes.length > 0 ? ['  <Notes>', ...notes, '  </Notes>'] : []),
  ];
  const projectXml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="${NAMESPACE}"${attributes({ name: options.projectName, origin: 'Qarin', creationDateTime: options.exportedAt })}>`,
    ...body,
    '</Project>',
    '',
  ].join('\n');
  return {
    projectXml,
    sources: sources.map((source) => source.file),
    skippedHighlightIds: entries
      .filter((entry) => entry.startCodePoint === undefined || entry.endCodePoint === undefined)
      .map((entry) => entry.highlight.id),
  };
}
