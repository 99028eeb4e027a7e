import type { Code } from '../annotations/code';
import type { DocumentNote } from '../annotations/documentNote';
import type { Memo } from '../annotations/memo';
import { escapeMarkdown } from './escapeMarkdown';
import type { AnnotationExportInput, ExportDocument } from './exportInput';
import { EXPORT_LABELS, type ExportLabels, type ExportLanguage } from './exportLabels';
import { inertMarkdown } from './inertMarkdown';
import { isLinkableUrl } from './linkableUrl';
import { resolveExportedHighlights, type ExportedHighlight } from './resolveExportedHighlights';

export interface MarkdownExportOptions {
  groupBy: 'document' | 'code';
  /** ISO 8601 time written in the front matter; passed in so the same input gives the same file. */
  exportedAt: string;
  title?: string;
  /** Words describing what was selected ("all reports", "code: ألقاب"...). */
  scope?: string;
  /** Language of the labels around the content. */
  language?: ExportLanguage;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Markdown's block markers at a line start: heading, quotation, list item (nested ones too). */
const LINE_MARKERS = /^((?: {0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+))*)(.*)$/;

/**
 * A line's text after its Markdown markers, opened with RIGHT-TO-LEFT MARK then RIGHT-TO-LEFT
 * ISOLATE and closed with POP DIRECTIONAL ISOLATE, when it holds Arabic. The mark makes the line's
 * first strong letter right-to-left, which is how plain-text editors and `dir="auto"` viewers pick
 * a direction (a heading such as «Report note: عنوان» or a list of linked highlights would
 * otherwise read left to right); the isolate orders the words right to left even inside a viewer's
 * left-to-right block, where raw HTML (and so the `dir` blocks) is not rendered. Lines Markdown
 * reads by their first character (code fences, tables, HTML, alerts) are left alone.
 */
function markLine(line: string): string {
  const [, markers = '', text = ''] = LINE_MARKERS.exec(line) ?? [];
  if (!ARABIC_LETTER.test(text) || /^(`{3,}|~{3,}|\||<|\[!)/.test(text)) return line;
  const [, body = text, hardBreak = ''] = /^(.*?)( {2,}|\\)?$/.exec(text) ?? [];
  return `${markers}\u200F\u2067${body}\u2069${hardBreak}`;
}

function markLines(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^ {0,3}(`{3,}|~{3,})/.test(line)) inFence = !inFence;
      return inFence || /^ {0,3}(`{3,}|~{3,})/.test(line) ? line : markLine(line);
    })
    .join('\n');
}

/**
 * Direction of Arabic blocks, twice over. In the text: each line that holds Arabic starts with a
 * right-to-left mark and sits in a right-to-left isolate (`markLine`), for viewers that show raw
 * HTML as text or drop it. Around it: an HTML `<div dir="rtl">` with blank lines inside, so
 * CommonMark/GFM still parse the Markdown within (an HTML block ends at the first blank line);
 * GitHub keeps the `dir` attribute through its sanitizer, and VS Code, Obsidian and pandoc honour it.
 * The marks are invisible: a quote copied from the export carries them, and searching for it may
 * need them removed; that is the price of reading right where HTML is off.
 */
function withDirection(markdown: string, sample: string): string {
  return ARABIC_LETTER.test(sample) ? `<div dir="rtl" lang="ar">\n\n${markLines(markdown)}\n\n</div>` : markdown;
}

function yamlString(value: string): string {
  // A JSON string is a valid YAML double-quoted scalar, and escapes everything YAML would misread.
  // `<` as \u003c, because a viewer without front-matter support renders these lines as Markdown.
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A report's URL: a link only when it is http(s); anything else is cited as plain text. */
function citedUrl(url: string): string {
  return isLinkableUrl(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(url);
}

/** A code path as a code span: on one line and without backticks, so it cannot leave the span. */
function codeSpan(path: readonly string[]): string {
  return `\`${path.join(' / ').replace(/`/g, "'").replace(/\s+/g, ' ')}\``;
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line.trim().length === 0 ? '>' : `> ${line}`))
    .join('\n');
}

function citationLines(entry: ExportedHighlight, labels: ExportLabels): string[] {
  const { document } = entry;
  const lines = [`- **${labels.report}:** ${escapeMarkdown(document.title)}`];
  if (document.source) lines.push(`- **${labels.source}:** ${escapeMarkdown(document.source)}`);
  if (document.date) lines.push(`- **${labels.date}:** ${escapeMarkdown(document.date)}`);
  if (document.url) lines.push(`- **${labels.url}:** ${citedUrl(document.url)}`);
  if (entry.paragraph !== undefined) lines.push(`- **${labels.paragraph}:** ${entry.paragraph}`);
  if (entry.codes.length > 0) {
    lines.push(`- **${labels.codes}:** ${entry.codes.map((code) => codeSpan(code.path)).join(labels.listSeparator)}`);
  }
  return lines;
}

function highlightSection(entry: ExportedHighlight, heading: string, labels: ExportLabels): string {
  const { highlight } = entry;
  const parts = [withDirection(`### ${heading}`, heading)];
  if (highlight.status === 'orphan' || entry.paragraph === undefined) parts.push(`> [!WARNING]\n> ${labels.orphan}`);
  parts.push(withDirection(blockquote(highlight.target.quote.exact), highlight.target.quote.exact));
  parts.push(citationLines(entry, labels).join('\n'));
  if (highlight.note.trim().length > 0) {
    parts.push(`**${labels.note}:**`, withDirection(inertMarkdown(highlight.note.trim()), highlight.note));
  }
  return parts.join('\n\n');
}

function paragraphHeading(entry: ExportedHighlight, labels: ExportLabels): string {
  return entry.paragraph === undefined ? labels.orphanHeading : `${labels.paragraph} ${entry.paragraph}`;
}

function noteSection(heading: string, body: string): string {
  return `${heading}\n\n${withDirection(inertMarkdown(body.trim()), body)}`;
}

function byDocument(
  entries: ExportedHighlight[],
  documents: readonly ExportDocument[],
  notes: ReadonlyMap<string, DocumentNote>,
  labels: ExportLabels,
): string[] {
  // Grouped once: filtering every report's highlights out of all of them is quadratic in a large project.
  const byDocumentId = new Map<string, ExportedHighlight[]>();
  for (const entry of entries) {
    const group = byDocumentId.get(entry.document.id);
    if (group === undefined) byDocumentId.set(entry.document.id, [entry]);
    else group.push(entry);
  }
  return documents.flatMap((document) => {
    const own = byDocumentId.get(document.id) ?? [];
    const note = notes.get(document.id);
    if (own.length === 0 && note === undefined) return [];
    const sections = [withDirection(`## ${escapeMarkdown(document.title)}`, document.title)];
    if (note !== undefined && note.body.trim().length > 0)
      sections.push(noteSection(`**${labels.reportNote}:**`, note.body));
    sections.push(...own.map((entry) => highlightSection(entry, paragraphHeading(entry, labels), labels)));
    return [sections.join('\n\n')];
  });
}

function byCode(entries: ExportedHighlight[], input: AnnotationExportInput, labels: ExportLabels): string[] {
  const groups = new Map<string, { code: Code; path: string[]; entries: ExportedHighlight[] }>();
  const uncoded: ExportedHighlight[] = [];
  for (const entry of entries) {
    if (entry.codes.length === 0) uncoded.push(entry);
    for (const { code, path } of entry.codes) {
      const group = groups.get(code.id) ?? { code, path, entries: [] };
      group.entries.push(entry);
      groups.set(code.id, group);
    }
  }
  const heading = (entry: ExportedHighlight) =>
    `${escapeMarkdown(entry.document.title)} · ${paragraphHeading(entry, labels)}`;
  const sections = [...groups.values()]
    .sort((a, b) => a.path.join('\u0000').localeCompare(b.path.join('\u0000'), 'ar'))
    .map((group) => {
      const { code } = group;
      const title = withDirection(
        `## ${escapeMarkdown(group.path.join(' / '))} (${group.entries.length})`,
        group.path.join(' '),
      );
      const description = code.description?.trim()
        ? [withDirection(escapeMarkdown(code.description.trim()), code.description)]
        : [];
      return [
        title,
        ...description,
        ...group.entries.map((entry) => highlightSection(entry, heading(entry), labels)),
      ].join('\n\n');
    });
  if (uncoded.length > 0) {
    sections.push(
      [
        `## ${labels.uncoded} (${uncoded.length})`,
        ...uncoded.map((entry) => highlightSection(entry, heading(entry), labels)),
      ].join('\n\n'),
    );
  }
  const notes = (input.documentNotes ?? []).filter((note) => note.body.trim().length > 0);
  for (const note of notes) {
    const document = input.documents.find((candidate) => candidate.id === note.docId);
    if (document !== undefined)
      sections.push(
        noteSection(
          withDirection(`## ${labels.reportNote}: ${escapeMarkdown(document.title)}`, document.title),
          note.body,
        ),
      );
  }
  return sections;
}

function memoSection(memos: readonly Memo[], entries: ExportedHighlight[], labels: ExportLabels): string[] {
  if (memos.length === 0) return [];
  const byId = new Map(entries.map((entry) => [entry.highlight.id, entry]));
  const sections = memos.map((memo) => {
    const parts = [withDirection(`### ${escapeMarkdown(memo.title)}`, memo.title)];
    if (memo.body.trim().length > 0) parts.push(withDirection(inertMarkdown(memo.body.trim()), memo.body));
    const linked = memo.highlightIds.flatMap((id) => {
      const entry = byId.get(id);
      if (entry === undefined) return [];
      const paragraph =
        entry.paragraph === undefined ? '' : `${labels.listSeparator}${labels.paragraph} ${entry.paragraph}`;
      const quote = entry.highlight.target.quote.exact;
      const excerpt = quote.length > 80 ? `${quote.slice(0, 80)}…` : quote;
      return [
        `- ${escapeMarkdown(entry.document.title)}${paragraph}: «${escapeMarkdown(excerpt.replace(/\s+/g, ' '))}»`,
      ];
    });
    if (linked.length > 0) {
      const list = linked.join('\n');
      parts.push(`**${labels.linkedHighlights}:**`, withDirection(list, list));
    }
    return parts.join('\n\n');
  });
  return [`${withDirection(`## ${labels.memos}`, labels.memos)}\n\n${sections.join('\n\n')}`];
}

/**
 * A readable, citable Markdown file: YAML front matter, then each highlight as a block quotation with
 * its report's citation (title, source, date, URL, paragraph), its codes and its note, grouped by
 * report or by code, then the memos.
 */
export function exportMarkdown(input: AnnotationExportInput, options: MarkdownExportOptions): string {
  const labels = EXPORT_LABELS[options.language ?? 'en'];
  const entries = resolveExportedHighlights(input);
  const title = options.title ?? labels.defaultTitle;
  const frontMatter = [
    '---',
    `title: ${yamlString(title)}`,
    `exported: ${yamlString(options.exportedAt)}`,
    `scope: ${yamlString(options.scope ?? labels.allReports)}`,
    `grouped_by: ${yamlString(options.groupBy)}`,
    `documents: ${input.documents.length}`,
    `highlights: ${input.highlights.length}`,
    `codes: ${input.codes.length}`,
    `memos: ${input.memos.length}`,
    '---',
  ].join('\n');
  const notes = new Map((input.documentNotes ?? []).map((note) => [note.docId, note]));
  const body =
    options.groupBy === 'document'
      ? byDocument(entries, input.documents, notes, labels)
      : byCode(entries, input, labels);
  const sections = [
    withDirection(`# ${escapeMarkdown(title)}`, title),
    ...body,
    ...memoSection(input.memos, entries, labels),
  ];
  return `${frontMatter}\n\n${sections.join('\n\n')}\n`;
}
