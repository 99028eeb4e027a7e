import JSZip from 'jszip';
import { firstStrongDirection } from '../export/textDirection';
import { xmlText } from '../export/xmlText';
import { DOCX_FONT, internalLink, paragraph, runs, table, type ParagraphOptions, type RunStyle } from './docxParts';
import { noteBlocks, type NoteBlock } from './noteBlocks';
import type { ReportModel, ReportPassage, ReportSection, ReportTextSegment } from './reportModel';

const SHARED_FILL = 'FFE08A';
const MUTED = '5D5A52';

function hex(color: string | undefined, fallback = '777777'): string {
  return color !== undefined && /^#[0-9a-fA-F]{6}$/.test(color) ? color.slice(1).toUpperCase() : fallback;
}

/** Runs of a note block, its emphasis kept; a link shows its address after its words. */
function noteRunsXml(block: NoteBlock, style: RunStyle): string {
  const prefix = block.kind === 'item' ? runs(block.ordinal !== undefined ? `${block.ordinal}. ` : '• ', style) : '';
  return (
    prefix +
    block.runs
      .map((run) => {
        const runStyle: RunStyle = { ...style };
        if (run.bold || block.kind === 'heading') runStyle.bold = true;
        if (run.italic || block.kind === 'quote') runStyle.italic = true;
        const address = run.href !== undefined && run.href !== run.text ? ` (${run.href})` : '';
        return runs(run.text + address, runStyle);
      })
      .join('')
  );
}

/**
 * A note or memo, the Markdown the analyst wrote, as paragraphs with its emphasis, list markers and
 * links, each paragraph right to left or left to right by its own text.
 */
function noteParagraphs(
  markdown: string,
  reportRtl: boolean,
  options: ParagraphOptions,
  style: RunStyle = {},
): string[] {
  return noteBlocks(markdown).map((block) => {
    const plain = block.runs.map((run) => run.text).join('');
    return paragraph(noteRunsXml(block, style), plain, reportRtl, {
      ...options,
      ...(block.kind === 'item' ? { indent: 360 * (block.depth ?? 1) } : block.kind === 'quote' ? { indent: 360 } : {}),
      ...(block.kind === 'code' ? { rtl: false } : {}),
    });
  });
}

class DocxWriter {
  private readonly body: string[] = [];
  private bookmarkId = 0;

  constructor(private readonly rtl: boolean) {}

  add(xml: string): void {
    this.body.push(xml);
  }

  text(text: string, options: Parameters<typeof paragraph>[3] = {}, style: Parameters<typeof runs>[1] = {}): void {
    this.body.push(this.paragraphXml(text, options, style));
  }

  paragraphXml(
    text: string,
    options: Parameters<typeof paragraph>[3] = {},
    style: Parameters<typeof runs>[1] = {},
  ): string {
    return paragraph(runs(text, style), text, this.rtl, options);
  }

  /** A bookmark with a number no other in the document has. */
  bookmark(name: string): { id: number; name: string } {
    return { id: ++this.bookmarkId, name };
  }

  heading(level: 1 | 2 | 3, text: string, anchor?: string, suffix = ''): void {
    const bookmark = anchor !== undefined ? this.bookmark(anchor) : undefined;
    this.body.push(
      paragraph(runs(text) + suffix, text, this.rtl, {
        style: `Heading${level}`,
        keepNext: true,
        ...(bookmark ? { bookmark } : {}),
      }),
    );
  }

  xml(): string {
    return this.body.join('');
  }
}

/** Bookmark names may not start with a digit or hold a dash in every reader; `_` names are hidden ones. */
function anchorName(id: string): string {
  return `q_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function citationRun(number: number): string {
  return internalLink(anchorName(`ref-${number}`), runs(` [${number}]`, { color: '1F4F8A', size: 18 }));
}

function passageParagraphs(
  writer: DocxWriter,
  passage: ReportPassage,
  options: { showReport: boolean; orphanText: string; rtl: boolean },
): void {
  const { showReport, orphanText } = options;
  // The lines under a quote share its direction, so the bar beside them stays on one side.
  const quoteRtl = (firstStrongDirection(passage.quote) ?? (options.rtl ? 'rtl' : 'ltr')) === 'rtl';
  writer.text(passage.quote, { bar: 'C9B27C', keepNext: true, rtl: quoteRtl }, { size: 23 });
  if (passage.orphan) {
    writer.text(orphanText, { bar: 'C9B27C', keepNext: true, rtl: quoteRtl }, { color: '8A2D1F', size: 18 });
  }
  const chips = passage.codes.map(
    (code) =>
      runs('■ ', { color: hex(code.color), size: 18 }) + runs(code.name, { size: 18 }) + runs('   ', { size: 18 }),
  );
  const report = showReport ? runs(passage.reportTitle, { color: MUTED, size: 18 }) : '';
  const metaText = [...passage.codes.map((code) => code.name), showReport ? passage.reportTitle : ''].join(' ');
  writer.add(
    paragraph(chips.join('') + report + citationRun(passage.citation), metaText || passage.quote, options.rtl, {
      bar: 'C9B27C',
      rtl: quoteRtl,
    }),
  );
  for (const part of noteParagraphs(passage.note, options.rtl, { fill: 'F6F3EA' }, { size: 20 })) writer.add(part);
}

function segmentRuns(segments: ReportTextSegment[]): string {
  return segments
    .map((segment) => runs(segment.text, segment.shared ? { fill: SHARED_FILL, size: 19 } : { size: 19 }))
    .join('');
}

function sectionXml(writer: DocxWriter, section: ReportSection, rtl: boolean): void {
  writer.heading(1, section.heading, anchorName(section.id));
  switch (section.kind) {
    case 'annotations':
      if (section.groups.length === 0) writer.text(section.empty);
      section.groups.forEach((group, index) => {
        const suffix = group.citation !== undefined ? citationRun(group.citation) : '';
        const swatch = group.color ? runs('■ ', { color: hex(group.color) }) : '';
        writer.add(
          paragraph(swatch + runs(group.heading) + suffix, group.heading, rtl, {
            style: 'Heading2',
            keepNext: true,
            bookmark: writer.bookmark(anchorName(`${section.id}-${index + 1}`)),
          }),
        );
        if (group.detail) writer.text(group.detail, { keepNext: true }, { color: MUTED, size: 20 });
        if (group.note)
          for (const part of noteParagraphs(group.note, rtl, { fill: 'F6F3EA' }, { size: 20 })) writer.add(part);
        for (const passage of group.passages) {
          passageParagraphs(writer, passage, {
            showReport: group.citation === undefined,
            orphanText: section.orphan,
            rtl,
          });
        }
      });
      return;
    case 'comparison': {
      writer.heading(2, section.columnsHeading, anchorName(`${section.id}-columns`));
      writer.text(section.legend, {}, { fill: SHARED_FILL, size: 20 });
      const header = section.columns.map(
        (column) =>
          paragraph(runs(column.title, { bold: true, size: 20 }) + citationRun(column.citation), column.title, rtl) +
          (column.detail ? writer.paragraphXml(column.detail, {}, { color: MUTED, size: 18 }) : ''),
      );
      const texts = section.columns.map((column) =>
        column.paragraphs
          .map((segments) => paragraph(segmentRuns(segments), segments.map((segment) => segment.text).join(''), rtl))
          .join(''),
      );
      writer.add(table([header, texts], rtl));
      writer.heading(2, section.factsHeading, anchorName(`${section.id}-facts`));
      const cell = (text: string, style: Parameters<typeof runs>[1] = {}) =>
        writer.paragraphXml(text, {}, { size: 19, ...style });
      const rows = [
        [
          cell(section.factHeaders.kind, { bold: true }),
          cell(section.factHeaders.subject, { bold: true }),
          ...section.columns.map((column) => cell(column.title, { bold: true })),
          cell(section.factHeaders.agreement, { bold: true }),
        ],
        ...section.facts.map((row) => [
          cell(row.kind),
          cell(row.label),
          ...row.cells.map((text) => (text ? cell(text) : cell(section.labels.silent, { color: '8F8A7D' }))),
          row.disagree ? cell(section.labels.disagree, { bold: true, color: '8A2D1F' }) : cell(section.labels.agree),
        ]),
      ];
      const columns = section.columns.length;
      const share = Math.floor(3250 / Math.max(1, columns));
      writer.add(table(rows, rtl, [450, 800, ...Array.from({ length: columns }, () => share), 500]));
      return;
    }
    case 'codebook': {
      if (section.rows.length === 0) {
        writer.text(section.empty);
        return;
      }
      const cell = (text: string, style: Parameters<typeof runs>[1] = {}, indent?: number) =>
        writer.paragraphXml(text, indent ? { indent } : {}, { size: 20, ...style });
      const rows = [
        [
          cell(section.headers.code, { bold: true }),
          cell(section.headers.description, { bold: true }),
          cell(section.headers.count, { bold: true }),
        ],
        ...section.rows.map((row) => [
          paragraph(
            runs('■ ', { color: hex(row.color), size: 20 }) + runs(row.name, { size: 20 }),
            row.name,
            rtl,
            row.depth > 0 ? { indent: row.depth * 280 } : {},
          ),
          cell(row.description),
          cell(String(row.count)),
        ]),
      ];
      writer.add(table(rows, rtl, [1700, 2700, 600]));
      return;
    }
    case 'memos':
      if (section.memos.length === 0) writer.text(section.empty);
      section.memos.forEach((memo, index) => {
        writer.heading(2, memo.title, anchorName(`${section.id}-${index + 1}`));
        for (const part of noteParagraphs(memo.body, rtl, {})) writer.add(part);
        if (memo.linked.length > 0) {
          writer.heading(3, section.linkedHeading);
          for (const link of memo.linked) {
            writer.add(
              paragraph(runs(`«${link.quote}»`) + citationRun(link.citation), link.quote, rtl, { indent: 240 }),
            );
          }
        }
      });
      return;
    case 'bibliography':
      for (const citation of section.citations) {
        const parts = [citation.title];
        if (citation.source) parts.push(`${section.labels.source}: ${citation.source}`);
        if (citation.date) parts.push(`${section.labels.date}: ${citation.date}`);
        const text = `[${citation.number}] ${parts.join('. ')}`;
        const url = citation.url
          ? runs(`. ${section.labels.url}: `) +
            `<w:r><w:rPr><w:rFonts w:ascii="${DOCX_FONT}" w:hAnsi="${DOCX_FONT}" w:cs="${DOCX_FONT}"/><w:sz w:val="20"/><w:szCs w:val="22"/></w:rPr><w:t xml:space="preserve">${xmlText(citation.url)}</w:t></w:r>`
          : '';
        writer.add(
          paragraph(runs(text) + url, citation.title, rtl, {
            bookmark: writer.bookmark(anchorName(`ref-${citation.number}`)),
          }),
        );
      }
      return;
  }
}

function stylesXml(rtl: boolean): string {
  const heading = (id: string, name: string, size: number, outline: number) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="${outline}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size + 2}"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${DOCX_FONT}" w:hAnsi="${DOCX_FONT}" w:eastAsia="${DOCX_FONT}" w:cs="${DOCX_FONT}"/><w:sz w:val="22"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/>${rtl ? '<w:bidi/>' : ''}</w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="48"/></w:rPr></w:style>
${heading('Heading1', 'heading 1', 32, 0)}
${heading('Heading2', 'heading 2', 26, 1)}
${heading('Heading3', 'heading 3', 22, 2)}
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="1F4F8A"/></w:rPr></w:style>
</w:styles>`;
}

/**
 * The report as a Word document (Office Open XML), written by hand into a zip: the same sections as
 * the HTML, paragraphs and runs right to left where their text is Arabic, tables whose columns run
 * right to left in an Arabic report, and a table of contents that links to bookmarked headings.
 */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  const rtl = model.direction === 'rtl';
  const writer = new DocxWriter(rtl);
  writer.text(model.title, { style: 'Title' });
  writer.text(model.subtitle, {}, { color: MUTED });
  writer.heading(1, model.contentsHeading);
  for (const section of model.sections) {
    writer.add(
      paragraph(internalLink(anchorName(section.id), runs(section.heading, { color: '1F4F8A' })), section.heading, rtl),
    );
  }
  for (const section of model.sections) sectionXml(writer, section, rtl);

  const sectionProperties = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1020" w:right="907" w:bottom="1020" w:left="907" w:header="567" w:footer="567" w:gutter="0"/>${rtl ? '<w:bidi/>' : ''}</w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${writer.xml()}${sectionProperties}</w:body></w:document>`;

  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(model.title)}</dc:title><dc:language>${model.language}</dc:language><dc:creator>Qarin</dc:creator></cp:coreProperties>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('word/styles.xml', stylesXml(rtl));
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
