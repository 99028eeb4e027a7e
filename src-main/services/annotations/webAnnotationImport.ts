import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ImportAnnotationsResultSchema } from '../../api/annotationSchemas';
import { anchorHighlight } from '../../core/annotations/anchorHighlight';
import type { Code } from '../../core/annotations/code';
import { createTextTarget } from '../../core/annotations/createQuoteSelector';
import { codePath } from '../../core/export/codePath';
import { importedTextTarget, type ImportedCode, type ImportedHighlight } from '../../core/export/importedHighlight';
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

const pathKey = (names: readonly string[]) => JSON.stringify(names.map(codeNameKey));

/**
 * Codes as tagging bodies name them, by their path in the codebook they came from: an existing
 * code at that path; for a bare name, an existing code of that name (the least nested); else new
 * codes along the path, each with the colour the file gives it or the next palette colour. The
 * project's own codes keep their colours.
 */
class CodeResolver {
  private readonly byPath = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly carriedColors = new Map<string, string>();
  readonly created: Code[] = [];

  constructor(
    private readonly state: AnnotationState,
    fileCodes: readonly ImportedCode[],
  ) {
    const codes = state.allCodes();
    const byId = new Map(codes.map((code) => [code.id, code]));
    for (const code of codes) this.byPath.set(pathKey(codePath(code, byId)), code.id);
    // Top-level codes first, so a name held by several codes resolves to the least nested.
    const ordered = [...codes].sort((a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined));
    for (const code of ordered)
      if (!this.byName.has(codeNameKey(code.name))) this.byName.set(codeNameKey(code.name), code.id);
    for (const code of fileCodes) {
      const key = pathKey(code.path);
      if (code.color !== undefined && !this.carriedColors.has(key)) this.carriedColors.set(key, code.color);
    }
  }

  idsOf(codes: readonly ImportedCode[]): string[] {
    return [...new Set(codes.map((code) => this.idOf(code.path)))];
  }

  /** The given codes and, for codes this import creates, the codes above them. */
  withAncestors(ids: Iterable<string>): Set<string> {
    const parents = new Map(this.created.map((code) => [code.id, code.parentId]));
    const kept = new Set<string>();
    for (const id of ids) {
      for (let next: string | undefined = id; next !== undefined && !kept.has(next); next = parents.get(next)) {
        kept.add(next);
      }
    }
    return kept;
  }

  private idOf(path: readonly string[]): string {
    const known = this.byPath.get(pathKey(path));
    if (known !== undefined) return known;
    if (path.length === 1) {
      const named = this.byName.get(codeNameKey(path[0]!));
      if (named !== undefined) return named;
    }
    let parentId: string | undefined;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = pathKey(path.slice(0, depth));
      let id = this.byPath.get(key);
      if (id === undefined) {
        const codes = [...this.state.allCodes(), ...this.created];
        const code: Code = {
          id: randomUUID(),
          name: path[depth - 1]!.trim(),
          color:
            this.carriedColors.get(key) ??
            nextPaletteColor(
              codes.map((existing) => existing.color),
              codes.length,
            ),
          ...(parentId !== undefined ? { parentId } : {}),
        };
        this.created.push(code);
        this.byPath.set(key, code.id);
        if (depth === 1 && !this.byName.has(codeNameKey(code.name))) this.byName.set(codeNameKey(code.name), code.id);
        id = code.id;
      }
      parentId = id;
    }
    return parentId!;
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
 * decided whole before anything is saved: a file with any fault, or annotating only reports this
 * project lacks, throws and changes nothing. Reports are matched by id, else by the SHA-256 of
 * the text the annotation was made on, else as the file's other highlights of that report were; a
 * highlight whose report is not found is skipped and listed, and the others import. A highlight the project already has is left alone unless
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

  const found = parsed.highlights.map((imported) => ({
    imported,
    document: documents.get(imported.docId) ?? documents.findBySha(imported.sha256),
  }));
  // A highlight left orphaned when its report was re-imported with a changed text still carries the
  // old text's hash; the report is the one the file's other highlights of that report were found in.
  const documentOfFileId = new Map<string, AnnotatedDocument>();
  for (const { imported, document } of found)
    if (document !== undefined && !documentOfFileId.has(imported.docId)) documentOfFileId.set(imported.docId, document);
  const withDocuments = found.map(({ imported, document }) => ({
    imported,
    document: document ?? documentOfFileId.get(imported.docId),
  }));
  const resolved = withDocuments.flatMap(({ imported, document }) =>
    document === undefined ? [] : [{ imported, document }],
  );
  const skipped = withDocuments
    .filter((entry) => entry.document === undefined)
    .map(({ imported }) => ({ highlightId: imported.id, docId: imported.docId, quote: imported.quote.exact }));
  // With none of its reports here, the file is for another project: say so rather than import nothing.
  if (resolved.length === 0 && skipped.length > 0) {
    throw annotationError(
      'not-found',
      annotationMessages.unknownImportDocuments([...new Set(skipped.map((entry) => entry.docId))]),
    );
  }

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

  const codes = new CodeResolver(state, parsed.codes);
  const result: ImportCounts = {
    exact: 0,
    fuzzy: 0,
    orphans: 0,
    unchanged: 0,
    updated: 0,
    codesCreated: 0,
    skipped,
  };
  const put: StoredHighlight[] = [];
  for (const { imported, document } of resolved) {
    const existing = state.highlight(imported.id);
    if (existing !== undefined) {
      const codeIds = codes.idsOf(imported.codes);
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
    const { highlight, outcome } = newHighlight(imported, document, textOf(document), codes.idsOf(imported.codes), now);
    put.push(highlight);
    result[outcome] += 1;
  }
  // A code that only an unchanged highlight used would otherwise be created for nothing.
  const usedCodeIds = codes.withAncestors(put.flatMap((highlight) => highlight.codeIds));
  const createdCodes = codes.created.filter((code) => usedCodeIds.has(code.id));
  result.codesCreated = createdCodes.length;
  const change: AnnotationChange = { highlights: { put } };
  if (createdCodes.length > 0) change.codes = { put: createdCodes };
  return { change, result };
}
