import { isLinkableUrl } from '../export/linkableUrl';
import { noteBlocks, type NoteRun } from './noteBlocks';
import type { ReportFontFace } from './reportFont';
import type { ReportModel, ReportPassage, ReportPassageGroup, ReportSection, ReportTextSegment } from './reportModel';
import { reportStyles } from './reportStyles';

/** Text and attribute content: the user's words can never become markup. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A colour only as `#rrggbb` reaches the style sheet; anything else is dropped. */
function safeColor(color: string | undefined): string | undefined {
  return color !== undefined && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : undefined;
}

/**
 * Code colours as classes with a rule each, never `style` attributes: the preview frame inherits the
 * app's Content-Security-Policy, which refuses inline style attributes, and the saved file must look
 * the same as the preview.
 */
function colorClass(color: string | undefined): string {
  return `code-${(safeColor(color) ?? '#777777').slice(1)}`;
}

function colorRules(html: string): string {
  const colors = new Set([...html.matchAll(/\bcode-([0-9a-f]{6})\b/g)].map((match) => match[1]));
  return [...colors].map((color) => `.code-${color} { --code-color: #${color}; }`).join('\n');
}

function noteRunsHtml(runs: NoteRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text).replace(/\n/g, '<br>');
      if (run.code) html = `<code>${html}</code>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return run.href !== undefined ? `<a href="${escapeHtml(run.href)}">${html}</a>` : html;
    })
    .join('');
}

/**
 * A note or memo, the Markdown the analyst wrote, with its emphasis, lists and links, each block
 * taking its direction from its own text. Built from plain runs (`noteBlocks`), so nothing in it can
 * run or load.
 */
function noteHtml(markdown: string): string {
  const parts: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  for (const block of noteBlocks(markdown)) {
    const wanted = block.kind !== 'item' ? undefined : block.ordinal !== undefined ? 'ol' : 'ul';
    if (list !== wanted) {
      if (list) parts.push(`</${list}>`);
      if (wanted) parts.push(wanted === 'ol' ? '<ol dir="auto">' : '<ul dir="auto">');
      list = wanted;
    }
    const content = noteRunsHtml(block.runs);
    if (block.kind === 'item') {
      // Items of nested lists are drawn in the same list, so each carries its number and its depth.
      const depth = Math.min(block.depth ?? 1, 4);
      const number = block.ordinal !== undefined ? ` value="${block.ordinal}"` : '';
      parts.push(`<li dir="auto"${depth > 1 ? ` class="depth-${depth}"` : ''}${number}>${content}</li>`);
    } else if (block.kind === 'code') parts.push(`<pre dir="ltr">${content}</pre>`);
    else parts.push(`<p class="note-${block.kind}" dir="auto">${content}</p>`);
  }
  if (list) parts.push(`</${list}>`);
  return parts.join('');
}

function citationLink(number: number): string {
  return `<a class="cite" href="#ref-${number}">[${number}]</a>`;
}

function chip(code: { name: string; color: string }): string {
  return `<span class="chip ${colorClass(code.color)}" dir="auto"><span class="swatch"></span>${escapeHtml(code.name)}</span>`;
}

function passageHtml(passage: ReportPassage, showReport: boolean, orphanText: string): string {
  const meta = [
    ...passage.codes.map(chip),
    showReport ? `<bdi>${escapeHtml(passage.reportTitle)}</bdi>` : '',
    citationLink(passage.citation),
  ]
    .filter((part) => part.length > 0)
    .join(' ');
  return [
    '<div class="passage">',
    `<blockquote dir="auto">${escapeHtml(passage.quote)}</blockquote>`,
    passage.orphan ? `<p class="orphan">${escapeHtml(orphanText)}</p>` : '',
    `<p class="meta">${meta}</p>`,
    passage.note ? `<div class="note">${noteHtml(passage.note)}</div>` : '',
    '</div>',
  ].join('');
}

function groupId(sectionId: string, index: number): string {
  return `${sectionId}-${index + 1}`;
}

function annotationGroupHtml(group: ReportPassageGroup, id: string, byCode: boolean, orphanText: string): string {
  const swatch = safeColor(group.color) ? `<span class="swatch ${colorClass(group.color)}"></span>` : '';
  const cite = group.citation !== undefined ? ` ${citationLink(group.citation)}` : '';
  return [
    `<section id="${id}">`,
    `<h3>${swatch}<bdi>${escapeHtml(group.heading)}</bdi>${cite}</h3>`,
    group.detail ? `<p class="detail" dir="auto">${escapeHtml(group.detail)}</p>` : '',
    group.note ? `<div class="note">${noteHtml(group.note)}</div>` : '',
    ...group.passages.map((passage) => passageHtml(passage, byCode, orphanText)),
    '</section>',
  ].join('');
}

function segmentsHtml(segments: ReportTextSegment[]): string {
  return segments
    .map((segment) =>
      segment.shared ? `<mark class="shared">${escapeHtml(segment.text)}</mark>` : escapeHtml(segment.text),
    )
    .join('');
}

function sectionBody(section: ReportSection): string {
  switch (section.kind) {
    case 'annotations':
      if (section.groups.length === 0) return `<p>${escapeHtml(section.empty)}</p>`;
      return section.groups
        .map((group, index) =>
          annotationGroupHtml(group, groupId(section.id, index), group.citation === undefined, section.orphan),
        )
        .join('');
    case 'comparison': {
      const columns = section.columns
        .map(
          (column) =>
            `<div class="column${column.base ? ' base' : ''}"><h4><bdi>${escapeHtml(column.title)}</bdi> ${citationLink(column.citation)}</h4>` +
            (column.detail ? `<p class="detail" dir="auto">${escapeHtml(column.detail)}</p>` : '') +
            column.paragraphs.map((paragraph) => `<p dir="auto">${segmentsHtml(paragraph)}</p>`).join('') +
            '</div>',
        )
        .join('');
      const headers = section.columns.map((column) => `<th><bdi>${escapeHtml(column.title)}</bdi></th>`).join('');
      const rows = section.facts
        .map((row) => {
          const cells = row.cells
            .map((cell) =>
              cell
                ? `<td dir="auto">${escapeHtml(cell)}</td>`
                : `<td class="silent">${escapeHtml(section.labels.silent)}</td>`,
            )
            .join('');
          const agreement = row.disagree ? section.labels.disagree : section.labels.agree;
          return `<tr${row.disagree ? ' class="disagree"' : ''}><td>${escapeHtml(row.kind)}</td><td dir="auto">${escapeHtml(row.label)}</td>${cells}<td class="agreement">${escapeHtml(agreement)}</td></tr>`;
        })
        .join('');
      return [
        `<h3 id="${section.id}-columns">${escapeHtml(section.columnsHeading)}</h3>`,
        `<p class="legend"><mark class="shared">${escapeHtml(section.legend)}</mark></p>`,
        `<div class="columns">${columns}</div>`,
        `<h3 id="${section.id}-facts">${escapeHtml(section.factsHeading)}</h3>`,
        `<table class="facts"><thead><tr><th>${escapeHtml(section.factHeaders.kind)}</th><th>${escapeHtml(section.factHeaders.subject)}</th>${headers}<th>${escapeHtml(section.factHeaders.agreement)}</th></tr></thead><tbody>${rows}</tbody></table>`,
      ].join('');
    }
    case 'codebook': {
      if (section.rows.length === 0) return `<p>${escapeHtml(section.empty)}</p>`;
      const rows = section.rows
        .map((row) => {
          const indent = row.depth > 0 ? ` class="depth-${Math.min(row.depth, 6)}"` : '';
          return `<tr><td${indent}><span class="swatch ${colorClass(row.color)}"></span><bdi>${escapeHtml(row.name)}</bdi></td><td dir="auto">${escapeHtml(row.description)}</td><td class="count">${row.count}</td></tr>`;
        })
        .join('');
      return `<table class="codebook"><thead><tr><th>${escapeHtml(section.headers.code)}</th><th>${escapeHtml(section.headers.description)}</th><th>${escapeHtml(section.headers.count)}</th></tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'memos':
      if (section.memos.length === 0) return `<p>${escapeHtml(section.empty)}</p>`;
      return section.memos
        .map((memo, index) => {
          const linked =
            memo.linked.length === 0
              ? ''
              : `<h4>${escapeHtml(section.linkedHeading)}</h4><ul>${memo.linked
                  .map((link) => `<li><q dir="auto">${escapeHtml(link.quote)}</q> ${citationLink(link.citation)}</li>`)
                  .join('')}</ul>`;
          return `<section class="memo" id="${groupId(section.id, index)}"><h3><bdi>${escapeHtml(memo.title)}</bdi></h3>${noteHtml(memo.body)}${linked}</section>`;
        })
        .join('');
    case 'bibliography':
      return `<ol class="bibliography">${section.citations
        .map((citation) => {
          const parts = [`<bdi>${escapeHtml(citation.title)}</bdi>`];
          if (citation.source)
            parts.push(`${escapeHtml(section.labels.source)}: <bdi>${escapeHtml(citation.source)}</bdi>`);
          if (citation.date) parts.push(`${escapeHtml(section.labels.date)}: <bdi>${escapeHtml(citation.date)}</bdi>`);
          if (citation.url) {
            const url = escapeHtml(citation.url);
            // A link is written only for http(s): a report is a file others open, and a hostile
            // URL in an imported report must not become something to click.
            parts.push(
              `${escapeHtml(section.labels.url)}: ` +
                (isLinkableUrl(citation.url)
                  ? `<a class="url" href="${url}">${url}</a>`
                  : `<span class="url">${url}</span>`),
            );
          }
          return `<li id="ref-${citation.number}" value="${citation.number}">${parts.join('. ')}</li>`;
        })
        .join('')}</ol>`;
  }
}

function contentsEntries(section: ReportSection): string {
  let children: Array<{ id: string; label: string }> = [];
  if (section.kind === 'annotations') {
    children = section.groups.map((group, index) => ({ id: groupId(section.id, index), label: group.heading }));
  } else if (section.kind === 'comparison') {
    children = [
      { id: `${section.id}-columns`, label: section.columnsHeading },
      { id: `${section.id}-facts`, label: section.factsHeading },
    ];
  } else if (section.kind === 'memos') {
    children = section.memos.map((memo, index) => ({ id: groupId(section.id, index), label: memo.title }));
  }
  const nested =
    children.length === 0
      ? ''
      : `<ol>${children.map((child) => `<li><a href="#${child.id}"><bdi>${escapeHtml(child.label)}</bdi></a></li>`).join('')}</ol>`;
  return `<li><a href="#${section.id}">${escapeHtml(section.heading)}</a>${nested}</li>`;
}

/**
 * The report as one self-contained HTML file: styles and fonts inline, a Content-Security-Policy
 * that forbids every request (so even a link's target or a stray URL cannot load anything while it
 * is shown or printed), the document's direction from its language, and a table of contents.
 */
export function renderReportHtml(model: ReportModel, fonts: readonly ReportFontFace[]): string {
  const comparison = model.sections.find((section) => section.kind === 'comparison');
  const columnCount = comparison?.kind === 'comparison' ? comparison.columns.length : 1;
  const body = model.sections
    .map(
      (section) =>
        `<section id="${section.id}"><h2>${escapeHtml(section.heading)}</h2>${sectionBody(section)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${model.language}" dir="${model.direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Qarin">
<title>${escapeHtml(model.title)}</title>
<style>
${reportStyles(fonts, columnCount)}
${colorRules(body)}
</style>
</head>
<body>
<header><h1 dir="auto">${escapeHtml(model.title)}</h1><p class="subtitle" dir="auto">${escapeHtml(model.subtitle)}</p></header>
<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">${escapeHtml(model.contentsHeading)}</h2><ol>${model.sections.map(contentsEntries).join('')}</ol></nav>
<main>
${body}
</main>
</body>
</html>
`;
}
