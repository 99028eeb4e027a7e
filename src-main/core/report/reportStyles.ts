import { REPORT_FONT_FAMILY, type ReportFontFace } from './reportFont';

function fontFaceRule(face: ReportFontFace): string {
  return [
    '@font-face {',
    `  font-family: '${REPORT_FONT_FAMILY}';`,
    '  font-style: normal;',
    `  font-weight: ${face.weight};`,
    '  font-display: block;',
    ...(face.unicodeRange ? [`  unicode-range: ${face.unicodeRange};`] : []),
    `  src: url(data:font/woff2;base64,${face.woff2Base64}) format('woff2');`,
    '}',
  ].join('\n');
}

/**
 * The report's whole style sheet, fonts included. Logical properties (`margin-inline-start`…) make
 * one sheet serve both directions; the print rules keep headings with what follows them and let
 * long columns break across pages.
 */
export function reportStyles(fonts: readonly ReportFontFace[], columnCount: number): string {
  return `${fonts.map(fontFaceRule).join('\n')}
:root { color-scheme: light; }
html { font-family: '${REPORT_FONT_FAMILY}', 'Noto Naskh Arabic', serif; font-size: 12pt; line-height: 1.7; color: #1b1b1b; background: #fff; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4 { line-height: 1.35; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 0.8rem; border-block-end: 2px solid #d9d4c7; padding-block-end: 0.2rem; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 0.4rem; }
.subtitle { color: #5d5a52; margin: 0 0 1.5rem; }
nav.toc { border: 1px solid #d9d4c7; border-radius: 6px; padding: 0.8rem 1.2rem; margin-block-end: 2rem; }
nav.toc h2 { margin: 0 0 0.4rem; font-size: 1.15rem; border: 0; }
nav.toc ol { margin: 0; padding-inline-start: 1.4rem; }
nav.toc ol ol { font-size: 0.92em; }
a { color: #1f4f8a; }
.detail { color: #5d5a52; margin: 0 0 0.6rem; }
.passage { border-inline-start: 4px solid #c9b27c; padding: 0.2rem 0.9rem; margin: 0.8rem 0; break-inside: avoid; page-break-inside: avoid; }
/* A report can hold thousands of passages: the browser lays out only those near the screen (each
   font load and width change relaid them all), and a print lays out every one, as it must. */
.passage { content-visibility: auto; contain-intrinsic-size: auto 7rem; }
.passage blockquote { margin: 0; font-size: 1.05rem; }
.passage .meta { font-size: 0.88rem; color: #5d5a52; margin: 0.2rem 0 0; }
.orphan { color: #8a2d1f; font-size: 0.88rem; }
.chip { display: inline-block; border-radius: 999px; padding: 0 0.55rem; margin-inline-end: 0.3rem; font-size: 0.85rem; border: 1px solid var(--code-color, #777); }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; vertical-align: middle; margin-inline-end: 0.35rem; background: var(--code-color, #777); }
${[1, 2, 3, 4, 5, 6].map((depth) => `td.depth-${depth} { padding-inline-start: ${0.5 + depth * 1.2}rem; }`).join('\n')}
.note { background: #f6f3ea; border-radius: 4px; padding: 0.3rem 0.7rem; margin: 0.3rem 0; }
.note p, .note ul, .note ol, .note pre { margin: 0.25rem 0; }
.note-heading { font-weight: 700; }
.note li.depth-2 { margin-inline-start: 1.5em; }
.note li.depth-3 { margin-inline-start: 3em; }
.note li.depth-4 { margin-inline-start: 4.5em; }
.note-quote { border-inline-start: 3px solid #d9d4c7; padding-inline-start: 0.6rem; color: #5d5a52; }
.cite { font-size: 0.85rem; text-decoration: none; }
.columns { display: grid; grid-template-columns: repeat(${Math.max(1, columnCount)}, minmax(0, 1fr)); gap: 1rem; font-size: 0.9rem; }
.column { border: 1px solid #d9d4c7; border-radius: 6px; padding: 0.5rem 0.8rem; }
.column h4 { margin: 0 0 0.2rem; }
.column p { margin: 0.4rem 0; }
.column.base { border-color: #1f4f8a; }
mark.shared { background: #ffe08a; color: inherit; border-radius: 2px; }
.legend { font-size: 0.9rem; color: #5d5a52; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #d9d4c7; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
thead th { background: #f1ede2; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.disagree td.agreement { color: #8a2d1f; font-weight: 700; }
td.count { text-align: end; font-variant-numeric: tabular-nums; }
.silent { color: #8f8a7d; }
ol.bibliography li { margin-block-end: 0.4rem; }
.url { direction: ltr; unicode-bidi: isolate; word-break: break-all; }
.memo { margin-block-end: 1.2rem; }
/* Guillemets mirror in right-to-left text, so a quoted Arabic passage is framed right in either language. */
q { quotes: '«' '»' '‹' '›'; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; }
  nav.toc a { color: inherit; text-decoration: none; }
  h2 { break-before: auto; }
}
`;
}
