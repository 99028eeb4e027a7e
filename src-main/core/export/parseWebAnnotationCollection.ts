import { sha256Hex } from '../text/sha256Hex';
import type { z } from 'zod';
import type { ImportedCode, ImportedHighlight } from './importedHighlight';
import { locateJsonSyntaxError } from './jsonSyntaxError';
import { WebAnnotationCollectionSchema, WebAnnotationSchema, type WebAnnotation } from './webAnnotationSchema';
import { DOCUMENT_IRI_PREFIX, HIGHLIGHT_IRI_PREFIX } from './webAnnotationVocabulary';

export interface ParsedAnnotationCollection {
  label?: string;
  highlights: ImportedHighlight[];
  /** Every code the annotations use, once each (by path), in order of first use. */
  codes: ImportedCode[];
}

/** A file that cannot be imported; `problems` lists each fault with where it is. */
export class WebAnnotationImportError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE);
    const more = problems.length - shown.length;
    super(`Cannot import the annotations: ${shown.join('; ')}${more > 0 ? `; and ${more} more problems` : ''}`);
    this.name = 'WebAnnotationImportError';
  }
}

const MAX_PROBLEMS_IN_MESSAGE = 10;

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (described, key) =>
      typeof key === 'number' ? `${described}[${key}]` : described ? `${described}.${String(key)}` : String(key),
    '',
  );
}

function problemsOf(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => {
    const path = describePath(issue.path);
    const place = [where, path].filter((part) => part.length > 0).join(path.startsWith('[') ? '' : '.');
    return place.length > 0 ? `${place}: ${issue.message}` : issue.message;
  });
}

function decodeIri(iri: string, prefix: string): string | undefined {
  if (!iri.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return undefined;
  }
}

/**
 * Ids of Qarin's own annotations come back unchanged; any other annotation gets an id derived from
 * its IRI, or failing that from its content, so the same file always yields the same ids.
 */
function stableHighlightId(annotation: WebAnnotation, docId: string): string {
  const own = annotation.id === undefined ? undefined : decodeIri(annotation.id, HIGHLIGHT_IRI_PREFIX);
  if (own !== undefined && own.length > 0) return own;
  const identity = annotation.id ?? JSON.stringify([docId, annotation.target]);
  return `imported-${sha256Hex(identity).slice(0, 24)}`;
}

type TextualBody = NonNullable<WebAnnotation['body']>[number];

const isNameList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((name) => typeof name === 'string' && name.trim() !== '');

/**
 * A tagging body as a code: its `codePath` when it is a list of names ending with the body's value
 * (a path that disagrees with the value is not trusted), else the value alone; a blank one is none.
 */
function importedCode(body: TextualBody): ImportedCode[] {
  const name = body.value.trim();
  if (name.length === 0) return [];
  const carried = isNameList(body.codePath) ? body.codePath.map((part) => part.trim()) : undefined;
  const path = carried !== undefined && carried.at(-1) === name ? carried : [name];
  const color = typeof body.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(body.color) ? body.color : undefined;
  return [{ path, ...(color !== undefined ? { color } : {}) }];
}

const pathKey = (code: ImportedCode) => JSON.stringify(code.path);

/** Each path once, as first given; a colour given only by a later mention still counts. */
function uniqueCodes(codes: readonly ImportedCode[]): ImportedCode[] {
  const byPath = new Map<string, ImportedCode>();
  for (const code of codes) {
    const first = byPath.get(pathKey(code));
    if (first === undefined) byPath.set(pathKey(code), code);
    else if (first.color === undefined && code.color !== undefined)
      byPath.set(pathKey(code), { ...first, color: code.color });
  }
  return [...byPath.values()];
}

function toImportedHighlight(annotation: WebAnnotation): ImportedHighlight {
  const target = annotation.target;
  const docId = decodeIri(target.source, DOCUMENT_IRI_PREFIX) ?? target.source.slice(DOCUMENT_IRI_PREFIX.length);
  let quote: ImportedHighlight['quote'] | undefined;
  let codePointPosition: ImportedHighlight['codePointPosition'];
  for (const selector of target.selector) {
    if (selector.type === 'TextQuoteSelector')
      quote = { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
    else codePointPosition = { start: selector.start, end: selector.end };
  }
  const bodies = annotation.body ?? [];
  const codes = uniqueCodes(bodies.filter((body) => body.purpose === 'tagging').flatMap(importedCode));
  const note = bodies
    .filter((body) => body.purpose === 'commenting')
    .map((body) => body.value)
    .join('\n\n');
  return {
    id: stableHighlightId(annotation, docId),
    docId,
    sha256: target.sha256,
    // The schema requires exactly one TextQuoteSelector, so `quote` is always set here.
    quote: quote!,
    ...(codePointPosition !== undefined ? { codePointPosition } : {}),
    codes,
    note,
    ...(annotation.created !== undefined ? { created: annotation.created } : {}),
    ...(annotation.modified !== undefined ? { modified: annotation.modified } : {}),
  };
}

function parseJson(json: string): unknown {
  const text = json.startsWith('\uFEFF') ? json.slice(1) : json;
  try {
    return JSON.parse(text);
  } catch {
    const problem = locateJsonSyntaxError(text);
    const where = problem === undefined ? '' : ` at line ${problem.line}, column ${problem.column}: ${problem.reason}`;
    throw new WebAnnotationImportError([`the file is not valid JSON${where}`]);
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Reads a W3C Web Annotation `AnnotationCollection` written by `exportWebAnnotations` (or by another
 * tool, if its targets name Qarin documents) and returns highlights ready to anchor. Every fault in
 * the file is reported at once, each with its place (`first.items[3].target.selector: …`); nothing
 * is returned from a file with any fault, so an import is all or nothing.
 */
export function parseWebAnnotationCollection(json: string): ParsedAnnotationCollection {
  const value = parseJson(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WebAnnotationImportError([`the file holds ${kindOf(value)}, not an AnnotationCollection object`]);
  }
  const type = (value as { type?: unknown }).type;
  if (type === 'Annotation' || type === 'AnnotationPage') {
    throw new WebAnnotationImportError([`this is a single ${type}, not an AnnotationCollection`]);
  }
  const collection = WebAnnotationCollectionSchema.safeParse(value);
  if (!collection.success) throw new WebAnnotationImportError(problemsOf(collection.error, ''));

  const problems: string[] = [];
  const highlights: ImportedHighlight[] = [];
  const itemIndexById = new Map<string, number>();
  collection.data.first.items.forEach((item, index) => {
    const annotation = WebAnnotationSchema.safeParse(item);
    if (!annotation.success) return void problems.push(...problemsOf(annotation.error, `first.items[${index}]`));
    const highlight = toImportedHighlight(annotation.data);
    const earlier = itemIndexById.get(highlight.id);
    if (earlier !== undefined)
      return void problems.push(`first.items[${index}]: repeats the id of first.items[${earlier}] (${highlight.id})`);
    itemIndexById.set(highlight.id, index);
    highlights.push(highlight);
  });
  if (problems.length > 0) throw new WebAnnotationImportError(problems);

  return {
    ...(collection.data.label !== undefined ? { label: collection.data.label } : {}),
    highlights,
    codes: uniqueCodes(highlights.flatMap((highlight) => highlight.codes)),
  };
}
