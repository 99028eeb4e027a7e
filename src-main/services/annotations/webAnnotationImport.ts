import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ImportAnnotationsResultSchema } from '../../api/annotationSchemas';
import { anchorHighlight } from '../../core/annotations/anchorHighlight';
import type { Code } from '../../core/annotations/code';
import { createTextTarget } from '../../core/annotations/createQuoteSelector';
import { importedTextTarget, type ImportedHighlight } from '../../core/export/importedHighlight';
import { WebAnnotationImportError, parseWebAnnotationCollection } from '../../core/export/parseWebAnnotationCollection';
import type { AnnotationChange } from '../../core/annotations/annotationChange';
import type { StoredHighlight } from '../../core/annotations/annotationData';
import type { AnnotatedDocument, AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import { annotationError, annotationMessages } from './annotationMessages';
import type { AnnotationState } from '../../core/annotations/annotationState';
import { codeNameKey } from '../../core/annotations/codeTree';
import { nextPaletteColor } from './codePalette';

export type ImportCounts = z.output<typeof ImportAnnotationsResultSchema>;

function sameInstant(a: string | undefined, b: string): boolean {
  return a !== undefined && Date.parse(a) === Date.parse(b);
}

/** Codes by name, as a tagging body names them: an existing code of that name, else a new top-level one. */
class CodeResolver {
  private readonly byName = new Map<string, string>();
  readonly created: Code[] = [];

  constructor(private readonly state: AnnotationState) {
    // Top-level codes first, so a name held by several codes resolves to the least nested.
    const codes = state.allCodes().sort((a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined));
    for (const code of codes)
      if (!this.byName.has(codeNameKey(code.name))) this.byName.set(codeNameKey(code.name), code.id);
  }

  idsOf(names: readonly string[]): string[] {
    return [...new Set(names.map((name) => this.idOf(name)))];
  }

  private idOf(name: string): string {
    const key = codeNameKey(name);
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    const codes = [...this.state.allCodes(), ...this.created];
    const code: Code = {
      id: randomUUID(),
      name: name.trim(),
      color: nextPaletteColor(
        codes.map((existing) => existing.color),
        codes.length,
      ),
    };
    this.created.push(code);
    this.byName.set(key, code.id);
    return code.id;
  }
}

function newHighlight(
  imported: ImportedHighlight,
  document: AnnotatedDocument,
  text: string,
  codeIds: string[],
  now: string,
) {
  const target = importedTextTarget(imported, text);
  const anchored = anchorHighlight(target, text);
  const base = {
    id: imported.id,
    docId: document.id,
    codeIds,
    note: imported.note,
    created: imported.created ?? now,
    modified: imported.modified ?? imported.created ?? now,
  };
  if (anchored.status === 'orphan') {
    const orphan: StoredHighlight = { ...base, target, status: 'orphan' };
    return { highlight: orphan, outcome: 'orphans' as const };
  }
  const highlight: StoredHighlight = {
    ...base,
    target: createTextTarget(text, { start: anchored.start, end: anchored.end }, document.sha256),
    status: 'anchored',
  };
  if (anchored.status === 'fuzzy') {
    highlight.reanchor = {
      method: 'fuzzy',
      confidence: anchored.confidence,
      previousQuote: imported.quote.exact,
      at: now,
    };
    return { highlight, outcome: 'fuzzy' as const };
  }
  return { highlight, outcome: 'exact' as const };
}

/**
 * The change that imports a W3C Web Annotation collection (as `exportWebAnnotations` writes it),
 * decided whole before anything is saved: a file with any fault, or annotating a report this
 * project lacks, throws and changes nothing. Reports are matched by id, else by the SHA-256 of
 * the text the annotation was made on. A highlight the project already has is left alone unless
 * the file's copy is newer and differs, so importing the same file twice changes nothing.
 */
export function planWebAnnotationImport(
  state: AnnotationState,
  documents: AnnotationDocuments,
  content: string,
  now: string,
): { change: AnnotationChange; result: ImportCounts } {
  let parsed;
  try {
    parsed = parseWebAnnotationCollection(content);
  } catch (error) {
    if (!(error instanceof WebAnnotationImportError)) throw error;
    throw annotationError('invalid-input', annotationMessages.importRejected(error.problems.slice(0, 10).join('; ')));
  }

  const resolved = parsed.highlights.map((imported) => ({
    imported,
    document: documents.get(imported.docId) ?? documents.findBySha(imported.sha256),
  }));
  const unknown = [
    ...new Set(resolved.filter((entry) => entry.document === undefined).map((entry) => entry.imported.docId)),
  ];
  if (unknown.length > 0) throw annotationError('not-found', annotationMessages.unknownImportDocuments(unknown));

  const texts = new Map<string, string>();
  const textOf = (document: AnnotatedDocument): string => {
    let text = texts.get(document.id);
    if (text === undefined) {
      text = documents.text(document);
      if (text === undefined) throw annotationError('corrupt', annotationMessages.missingText(document.title));
      texts.set(document.id, text);
    }
    return text;
  };

  const codes = new CodeResolver(state);
  const result: ImportCounts = { exact: 0, fuzzy: 0, orphans: 0, unchanged: 0, updated: 0, codesCreated: 0 };
  const put: StoredHighlight[] = [];
  for (const { imported, document } of resolved) {
    const existing = state.highlight(imported.id);
    if (existing !== undefined) {
      const codeIds = codes.idsOf(imported.codeNames);
      const same =
        existing.note === imported.note &&
        existing.codeIds.length === codeIds.length &&
        codeIds.every((id) => existing.codeIds.includes(id));
      const newer = imported.modified !== undefined && Date.parse(imported.modified) > Date.parse(existing.modified);
      if (same || !newer || sameInstant(imported.modified, existing.modified)) {
        result.unchanged += 1;
      } else {
        put.push({ ...existing, codeIds, note: imported.note, modified: imported.modified! });
        result.updated += 1;
      }
      continue;
    }
    const { highlight, outcome } = newHighlight(
      imported,
      document!,
      textOf(document!),
      codes.idsOf(imported.codeNames),
      now,
    );
    put.push(highlight);
    result[outcome] += 1;
  }
  // A code name that only an unchanged highlight used would otherwise be created for nothing.
  const usedCodeIds = new Set(put.flatMap((highlight) => highlight.codeIds));
  const createdCodes = codes.created.filter((code) => usedCodeIds.has(code.id));
  result.codesCreated = createdCodes.length;
  const change: AnnotationChange = { highlights: { put } };
  if (createdCodes.length > 0) change.codes = { put: createdCodes };
  return { change, result };
}
