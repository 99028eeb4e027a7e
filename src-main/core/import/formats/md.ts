import type { ParsedDocument } from '../../text/documentMeta';
import { compactMeta } from '../compactMeta';
import { capTitle, titleFromText } from '../titleFromText';

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const FRONT_MATTER_TITLE = /^title:[ \t]*(.+?)[ \t]*$/m;

/** Headings often carry emphasis or links; a title shows only their words. */
function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function frontMatterTitle(text: string): string | undefined {
  const frontMatter = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  const title = frontMatter && FRONT_MATTER_TITLE.exec(frontMatter[1]!)?.[1];
  return title ? title.replace(/^(["'])(.*)\1$/, '$2') : undefined;
}

function firstHeading(text: string): string | undefined {
  const lines = text.split('\n');
  let inFence = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const atx = ATX_HEADING.exec(line);
    if (atx && atx[1]) return atx[1];
    const next = lines[index + 1];
    if (line.trim() && next !== undefined && SETEXT_UNDERLINE.test(next) && !/^ {0,3}-+[ \t]*$/.test(line)) {
      return line;
    }
  }
  return undefined;
}

/**
 * A Markdown file is one report. Its text is kept as written (markup included), so offsets match
 * what the author typed; the title comes from front matter or the first heading.
 */
export function parseMarkdown(text: string, encoding: string): ParsedDocument {
  const heading = frontMatterTitle(text) ?? firstHeading(text);
  const firstLine = titleFromText(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const title = plainInline(heading ?? firstLine ?? '');
  return {
    key: '1',
    text,
    meta: compactMeta({ title: title ? capTitle(title) : undefined }),
    format: 'md',
    encoding,
  };
}
