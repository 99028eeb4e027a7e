import { SaxesParser } from 'saxes';
import type { QdaCode, QdaNote, QdaProject, QdaSelection, QdaSet, QdaTextSource } from './refiQdaModel';

/** An element as this reader keeps it: its name without prefix, its attributes, and its content in order. */
interface Element {
  localName: string;
  attributes: Record<string, string>;
  content: (Element | string)[];
}

/** Why a project.qde cannot be read, in words that name the element or value at fault. */
export class RefiQdaParseError extends Error {}

const SKIPPED_SOURCE_KINDS = new Set(['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource']);

function childElements(element: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (const node of element.content) {
    if (typeof node !== 'string' && (localName === undefined || node.localName === localName)) found.push(node);
  }
  return found;
}

function child(element: Element, localName: string): Element | undefined {
  return element.content.find((node): node is Element => typeof node !== 'string' && node.localName === localName);
}

function attribute(element: Element, name: string): string | undefined {
  return Object.hasOwn(element.attributes, name) ? element.attributes[name] : undefined;
}

/** The text of the element and every element inside it, in document order (the DOM's textContent). */
function textContent(element: Element): string {
  return element.content.map((node) => (typeof node === 'string' ? node : textContent(node))).join('');
}

function guidOf(element: Element): string {
  const guid = attribute(element, 'guid');
  if (!guid) throw new RefiQdaParseError(`a <${element.localName}> has no guid`);
  return guid.toLowerCase();
}

function refsOf(element: Element, localName: string): string[] {
  return childElements(element, localName)
    .map((ref) => (attribute(ref, 'targetGUID') ?? '').toLowerCase())
    .filter(Boolean);
}

function textOf(element: Element | undefined): string | undefined {
  return element === undefined ? undefined : textContent(element);
}

function position(selection: Element, name: 'startPosition' | 'endPosition'): number {
  const value = attribute(selection, name) ?? '';
  if (!/^\d+$/.test(value)) {
    throw new RefiQdaParseError(`selection ${guidOf(selection)} has ${name}="${value}", not a whole number`);
  }
  return Number(value);
}

/** A timestamp attribute as ISO 8601, or undefined when absent or unreadable. */
function timeOf(element: Element, name: string): string | undefined {
  const value = attribute(element, name);
  return value === undefined || Number.isNaN(Date.parse(value)) ? undefined : new Date(value).toISOString();
}

function readCodes(parent: Element, parentGuid: string | undefined, into: QdaCode[]): void {
  for (const element of childElements(parent, 'Code')) {
    const code: QdaCode = { guid: guidOf(element), name: attribute(element, 'name') ?? '' };
    const color = attribute(element, 'color');
    if (color !== undefined && /^#[0-9a-fA-F]{6}$/.test(color)) code.color = color.toLowerCase();
    const description = textOf(child(element, 'Description'));
    if (description) code.description = description;
    if (parentGuid !== undefined) code.parentGuid = parentGuid;
    into.push(code);
    readCodes(element, code.guid, into);
  }
}

function readSelection(element: Element): QdaSelection {
  const selection: QdaSelection = {
    guid: guidOf(element),
    start: position(element, 'startPosition'),
    end: position(element, 'endPosition'),
    codeGuids: childElements(element, 'Coding').flatMap((coding) => refsOf(coding, 'CodeRef')),
    noteGuids: refsOf(element, 'NoteRef'),
  };
  if (selection.end < selection.start) {
    const { guid, start, end } = selection;
    throw new RefiQdaParseError(`selection ${guid} ends (${end}) before it starts (${start})`);
  }
  const name = attribute(element, 'name');
  if (name !== undefined) selection.name = name;
  const description = textOf(child(element, 'Description'));
  if (description) selection.description = description;
  const created = timeOf(element, 'creationDateTime');
  if (created !== undefined) selection.created = created;
  const modified = timeOf(element, 'modifiedDateTime');
  if (modified !== undefined) selection.modified = modified;
  return selection;
}

function readTextSource(element: Element): QdaTextSource {
  const source: QdaTextSource = {
    guid: guidOf(element),
    name: attribute(element, 'name') ?? '',
    selections: childElements(element, 'PlainTextSelection').map(readSelection),
    noteGuids: refsOf(element, 'NoteRef'),
  };
  const path = attribute(element, 'plainTextPath');
  if (path !== undefined) source.plainTextPath = path;
  const content = textOf(child(element, 'PlainTextContent'));
  if (content !== undefined) source.plainTextContent = content;
  const description = textOf(child(element, 'Description'));
  if (description) source.description = description;
  return source;
}

function readNote(element: Element): QdaNote {
  const note: QdaNote = {
    guid: guidOf(element),
    name: attribute(element, 'name') ?? '',
    text: textOf(child(element, 'PlainTextContent')) ?? '',
  };
  const created = timeOf(element, 'creationDateTime');
  if (created !== undefined) note.created = created;
  const modified = timeOf(element, 'modifiedDateTime');
  if (modified !== undefined) note.modified = modified;
  return note;
}

function readSet(element: Element): QdaSet {
  const set: QdaSet = {
    guid: guidOf(element),
    name: attribute(element, 'name') ?? '',
    memberGuids: [...refsOf(element, 'MemberCode'), ...refsOf(element, 'MemberSource')],
  };
  const description = textOf(child(element, 'Description'));
  if (description) set.description = description;
  return set;
}

/**
 * The elements of `xml` as a tree, read by a streaming parser that checks well-formedness; the
 * root, or undefined with the parser's words for each fault (the first three) in `problems`.
 */
function readElements(xml: string, problems: string[]): Element | undefined {
  const parser = new SaxesParser();
  let root: Element | undefined;
  const open: Element[] = [];
  parser.on('error', (error) => {
    if (problems.length < 3) problems.push(error.message.replace(/^(\d+):(\d+): /, 'line $1, column $2: '));
  });
  parser.on('opentag', (tag) => {
    const colon = tag.name.indexOf(':');
    const element: Element = {
      localName: colon === -1 ? tag.name : tag.name.slice(colon + 1),
      attributes: tag.attributes,
      content: [],
    };
    const parent = open.at(-1);
    if (parent === undefined) root ??= element;
    else parent.content.push(element);
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  const addText = (text: string) => open.at(-1)?.content.push(text);
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  return root;
}

/**
 * Reads a project.qde strictly: anything that is not well-formed XML with a <Project> root is
 * refused with the parser's own words, rather than half-read. Elements are matched by local name,
 * so a file written with or without the namespace prefix reads the same.
 */
export function parseRefiQdaProject(xml: string): QdaProject {
  const problems: string[] = [];
  const root = readElements(xml, problems);
  if (problems.length > 0) {
    throw new RefiQdaParseError(`project.qde is not well-formed XML: ${problems.join('; ')}`);
  }
  if (root === undefined || root.localName !== 'Project') {
    const found = root ? ` (found <${root.localName}>)` : '';
    throw new RefiQdaParseError(`project.qde has no <Project> root element${found}`);
  }
  const codes: QdaCode[] = [];
  const codeBook = child(root, 'CodeBook');
  const codesElement = codeBook === undefined ? undefined : child(codeBook, 'Codes');
  if (codesElement !== undefined) readCodes(codesElement, undefined, codes);

  const textSources: QdaTextSource[] = [];
  const skippedSources: string[] = [];
  const sources = child(root, 'Sources');
  for (const element of sources === undefined ? [] : childElements(sources)) {
    if (element.localName === 'TextSource') textSources.push(readTextSource(element));
    else if (SKIPPED_SOURCE_KINDS.has(element.localName ?? '')) {
      skippedSources.push(attribute(element, 'name') || guidOf(element));
    }
  }
  const notesElement = child(root, 'Notes');
  const setsElement = child(root, 'Sets');
  const project: QdaProject = {
    name: attribute(root, 'name') ?? '',
    codes,
    textSources,
    skippedSources,
    notes: notesElement === undefined ? [] : childElements(notesElement, 'Note').map(readNote),
    sets: setsElement === undefined ? [] : childElements(setsElement, 'Set').map(readSet),
  };
  const origin = attribute(root, 'origin');
  if (origin !== undefined) project.origin = origin;
  return project;
}
