/**
 * The fields of a TREC <DOC>: every <TAG>…</TAG> in its body, found the way the patterns
 * `<TAG(?:\s[^>]*)?>` and `</TAG\s*>` (ignoring case) find them, searching from each close on.
 */

export interface FieldContent {
  values: string[];
  /** Where the content of an opening tag left without its close begins, if one was. */
  unclosedAt?: number;
}

function escapeTag(tag: string): string {
  return tag.replace(/[^A-Za-z0-9]/g, '');
}

interface TagPatterns {
  open: RegExp;
  close: RegExp;
}

/**
 * The opening and closing patterns of each field, made once: building them for every field of
 * every <DOC> (a dozen a report) cost an import worker as much as matching them did. They are
 * sticky: they are only tried where a tag may start (see `DocBody`).
 */
const tagPatterns = new Map<string, TagPatterns>();

function patternsOf(name: string): TagPatterns {
  let patterns = tagPatterns.get(name);
  if (!patterns) {
    patterns = { open: new RegExp(`<${name}(?:\\s[^>]*)?>`, 'iy'), close: new RegExp(`</${name}\\s*>`, 'iy') };
    tagPatterns.set(name, patterns);
  }
  return patterns;
}

/**
 * A <DOC>'s body and where each "<" in it is. Every tag starts at one, so looking a field up tries
 * its patterns at those few places (and only where the name follows), not at every character of
 * the report as searching with them did for each of a dozen fields.
 */
export interface DocBody {
  text: string;
  angles: number[];
}

export function docBody(text: string): DocBody {
  const angles: number[] = [];
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) angles.push(at);
  return { text, angles };
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Whether the tag name at `at` may be `name` (told apart from <DOCNO> for DOC): what the patterns
 * need there, and cheaper to rule out with than they are.
 */
function mayBeNamed(text: string, at: number, name: string): boolean {
  if (at + name.length > text.length) return false;
  for (let i = 0; i < name.length; i++) {
    // ASCII letters ignoring case (the patterns' "i" has no other effect on these names).
    if ((text.charCodeAt(at + i) | 0x20) !== (name.charCodeAt(i) | 0x20)) return false;
  }
  return !isAsciiLetterOrDigit(text.charCodeAt(at + name.length));
}

interface TagMatch {
  start: number;
  end: number;
}

/** The first match of a sticky tag pattern at or after `from`: what a global one's exec would find. */
function tagFrom(body: DocBody, pattern: RegExp, name: string, closing: boolean, from: number): TagMatch | undefined {
  const { text, angles } = body;
  for (const at of angles) {
    if (at < from) continue;
    const nameAt = closing ? at + 2 : at + 1;
    if (closing && text.charCodeAt(at + 1) !== 0x2f) continue;
    if (!mayBeNamed(text, nameAt, name)) continue;
    pattern.lastIndex = at;
    // A sticky test leaves lastIndex at the match's end, and makes no match object.
    if (pattern.test(text)) return { start: at, end: pattern.lastIndex };
  }
  return undefined;
}

/** Every <TAG>…</TAG> in a DOC body, and whether an opening tag was left without its close. */
export function fieldContent(body: DocBody, tag: string): FieldContent {
  const name = escapeTag(tag);
  const { open, close } = patternsOf(name);
  const values: string[] = [];
  for (let from = 0; ;) {
    const opening = tagFrom(body, open, name, false, from);
    if (!opening) return { values };
    const closing = tagFrom(body, close, name, true, opening.end);
    if (!closing) return { values, unclosedAt: opening.end };
    values.push(body.text.slice(opening.end, closing.start));
    from = closing.end;
  }
}
