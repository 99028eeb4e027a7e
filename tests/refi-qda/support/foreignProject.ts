/** Pieces of a project.qde as another QDA tool writes them, for hand-made test files. */
export const CODE_ACTORS = 'A1B2C3D4-0000-4000-8000-000000000001';
export const CODE_OFFICERS = 'A1B2C3D4-0000-4000-8000-000000000002';
export const SOURCE_GUID = 'B1B2C3D4-0000-4000-8000-0000000000AA';

export const CODEBOOK =
  `<CodeBook><Codes><Code guid="${CODE_ACTORS}" name="Actors" isCodable="true" color="#FF0000">` +
  `<Description>who acts</Description>` +
  `<Code guid="${CODE_OFFICERS}" name="ضباط" isCodable="true"/></Code></Codes></CodeBook>`;

export function projectXml(body: string, origin = 'QualCoder'): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="foreign" origin="${origin}">${body}</Project>`;
}

/** A selection coded with the officers code, its GUIDs referenced in lower case as some tools do. */
export function selection(guid: string, name: string, start: number, end: number): string {
  return (
    `<PlainTextSelection guid="${guid}" name="${name}" startPosition="${start}" endPosition="${end}">` +
    `<Coding guid="${guid.replace(/^./, 'C')}"><CodeRef targetGUID="${CODE_OFFICERS.toLowerCase()}"/></Coding></PlainTextSelection>`
  );
}

export function textSource(selections: string, guid = SOURCE_GUID, name = 'تقرير أجنبي'): string {
  return `<TextSource guid="${guid}" name="${name}" plainTextPath="internal://${guid}.txt">${selections}</TextSource>`;
}

/** Code points of `text` before the first occurrence of `passage`. */
export function codePointsBefore(text: string, passage: string): number {
  return Array.from(text.slice(0, text.indexOf(passage))).length;
}
