import { DOMParser } from '@xmldom/xmldom';
import type { QdaCode, QdaNote, QdaProject, QdaSelection, QdaSet, QdaTextSource } from './refiQdaModel';

/** The part of the DOM this reader uses; xmldom's own types lean on the browser's, absent here. */
interface Element {
  nodeType: number;
  localName: string | null;
  textContent: string | null;
  firstChild: Element | null;
  nextSibling: Element | null;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}

/** Why a project.qde cannot be read, in words that name the element or value at fault. */
export class RefiQdaParseError extends Error {}

const SKIPPED_SOURCE_KINDS = new Set(['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource']);

function childElements(element: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    const matches = localName === undefined || node.localName === localName;
    if (node.nodeType === 1 && matches) found.push(node);
  }
  return found;
}

function child(element: Element, localName: string): Element | undefined {
  return childElements(element, localName)[0];
}

function optionalAttribute(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? element.getAttribute(name)! : undefined;
}

function guidOf(element: Element): string {
  const guid = element.getAttribute('guid');
  if (!guid) throw new RefiQdaParseError(`a <${element.localName}> has no guid`);
  return guid.toLowerCase();
}

function refsOf(element: Element, localName: string): string[] {
  return childElements(element, localName)
    .map((ref) => (ref.getAttribute('targetGUID') ?? '').toLowerCase())
    .filter(Boolean);
}

function textOf(element: Element | undefined): string | undefined {
  return element === undefined ? undefined : (element.textContent ?? '');
}

function position(selection: Element, name: 'startPosition' | 'endPosition'): number {
  const value = selection.getAttribute(name) ?? '';
  if (!/^\d+$/.test(value)) {
    throw new RefiQdaParseError(`selection ${guidOf(selection)} has ${name}="${value}", not a whole number`);
  }
  return Number(value);
}

/** A timestamp attribute as ISO 8601, or undefined when absent or unreadable. */
function timeOf(element: Element, name: string): string | undefined {
  const value = optionalAttribute(element, name);
  return value === undefined || Number.isNaN(Date.parse(value)) ? undefined : new Date(value).toISOString();
}

function readCodes(parent: Element, parentGuid: string | undefined, into: QdaCode[]): void {
  for (const element of childElements(parent, 'Code')) {
    const code: QdaCode = { guid: guidOf(element), name: element.getAttribute('name') ?? '' };
    const color = optionalAttribute(element, 'color');
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
  const name = optionalAttribute(element, 'name');
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
    name: element.getAttribute('name') ?? '',
    selections: childElements(element, 'PlainTextSelection').map(readSelection),
    noteGuids: refsOf(element, 'NoteRef'),
  };
  const path = optionalAttribute(element, 'plainTextPath');
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
    name: element.getAttribute('name') ?? '',
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
    name: element.getAttribute('name') ?? '',
    memberGuids: [...refsOf(element, 'MemberCode'), ...refsOf(element, 'MemberSource')],
  };
  const description = textOf(child(element, 'Description'));
  if (description) set.description = description;
  return set;
}

/**
 * Reads a project.qde strictly: anything that is not well-formed XML with a <Project> root is
 * refused with the parser's own words, rather than half-read. Elements are matched by local name,
 * so a file written with or without the namespace prefix reads the same.
 */
export function parseRefiQdaProject(xml: string): QdaProject {
  const problems: string[] = [];
  const record = (message: string) => problems.push(message.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0]!);
  const parser = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } });
  const document = parser.parseFromString(xml, 'text/xml');
  if (problems.length > 0) {
    throw new RefiQdaParseError(`project.qde is not well-formed XML: ${problems.slice(0, 3).join('; ')}`);
  }
  const root = (document as { documentElement: Element | null }).documentElement;
  if (root === null || root.localName !== 'Project') {
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
      skippedSources.push(element.getAttribute('name') || guidOf(element));
    }
  }
  const notesElement = child(root, 'Notes');
  const setsElement = child(root, 'Sets');
  const project: QdaProject = {
    name: root.getAttribute('name') ?? '',
    codes,
    textSources,
    skippedSources,
    notes: notesElement === undefined ? [] : childElements(notesElement, 'Note').map(readNote),
    sets: setsElement === undefined ? [] : childElements(setsElement, 'Set').map(readSet),
  };
  const origin = optionalAttribute(root, 'origin');
  if (origin !== undefined) project.origin = origin;
  return project;
}
