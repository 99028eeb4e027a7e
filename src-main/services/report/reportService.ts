import { Buffer } from 'node:buffer';
import { ApiError } from '../../api/apiError';
import type { ReportFile, ReportPreview, ReportRequest, SaveReportRequest } from '../../api/reportSchemas';
import { buildReportModel, type ReportDocument, type ReportInput } from '../../core/report/buildReportModel';
import type { ReportFontFace } from '../../core/report/reportFont';
import type { ReportModel } from '../../core/report/reportModel';
import type { AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import type { ReportMaterial } from '../annotations/annotationService';
import type { CompareService } from '../compare/compareService';
import type { HtmlToPdf } from './chromiumPdf';
import { reportMessages } from './reportMessages';

export interface ReportServiceOptions {
  material: () => ReportMaterial;
  documents: AnnotationDocuments;
  compare: Pick<CompareService, 'compare'>;
  projectName: string;
  fonts: () => ReportFontFace[];
  printPdf: HtmlToPdf;
  clock?: () => number;
}

const MIME_TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * The renderers, with the Markdown parser and the ZIP writer they use, are loaded when a report is
 * first built: loaded with the project, they held its opening's main thread for a tenth of a second.
 */
const renderers = {
  html: () => import('../../core/report/renderReportHtml'),
  docx: () => import('../../core/report/renderReportDocx'),
};

/**
 * Builds reports of the open project: one model from the annotations, the comparison as
 * CompareService answers `compare.run`, the codebook and memos, rendered to HTML (and PDF printed
 * from that same HTML) or DOCX.
 */
export class ReportService {
  constructor(private readonly options: ReportServiceOptions) {}

  async build(request: ReportRequest): Promise<ReportPreview> {
    const { model, highlightCount } = await this.model(request);
    const { renderReportHtml } = await renderers.html();
    return { title: model.title, html: renderReportHtml(model, this.options.fonts()), highlightCount };
  }

  async save(request: SaveReportRequest): Promise<ReportFile> {
    const { model, highlightCount, generatedAt } = await this.model(request);
    const filename = `qarin-report-${generatedAt.slice(0, 10)}.${request.format}`;
    const mimeType = MIME_TYPES[request.format];
    if (request.format === 'docx') {
      const { renderReportDocx } = await renderers.docx();
      const bytes = await renderReportDocx(model);
      return { filename, mimeType, content: Buffer.from(bytes).toString('base64'), encoding: 'base64', highlightCount };
    }
    const { renderReportHtml } = await renderers.html();
    const html = renderReportHtml(model, this.options.fonts());
    if (request.format === 'html') return { filename, mimeType, content: html, encoding: 'utf8', highlightCount };
    const pdf = await this.options.printPdf(html);
    return { filename, mimeType, content: Buffer.from(pdf).toString('base64'), encoding: 'base64', highlightCount };
  }

  private async model(
    request: ReportRequest,
  ): Promise<{ model: ReportModel; highlightCount: number; generatedAt: string }> {
    if (!request.annotations && !request.compare && !request.codebook && !request.memos) {
      throw new ApiError('invalid-input', reportMessages.nothingChosen());
    }
    const material = this.options.material();
    const comparison = request.compare ? await this.options.compare.compare({ ids: request.compare }) : undefined;
    const highlights = request.annotations ? material.highlights : [];
    // Memos quote their linked passages, so those reports are cited even without the annotations.
    const linkedIds = new Set(request.memos ? material.memos.flatMap((memo) => memo.highlightIds) : []);
    const compared = new Set(comparison?.documents.map((document) => document.id) ?? []);
    const notes = request.annotations === 'by-report' ? material.documentNotes : [];
    const wanted = new Set([
      ...highlights.map((highlight) => highlight.docId),
      ...material.highlights.filter((highlight) => linkedIds.has(highlight.id)).map((highlight) => highlight.docId),
      ...compared,
      ...notes.map((note) => note.docId),
    ]);
    const documents: ReportDocument[] = [];
    for (const document of this.options.documents.all?.() ?? []) {
      if (!wanted.has(document.id)) continue;
      const reportDocument: ReportDocument = {
        id: document.id,
        title: document.title,
        // Only the compared reports are shown whole; the others are cited, not read.
        text: compared.has(document.id) ? (this.options.documents.text(document) ?? '') : '',
      };
      if (document.source !== undefined) reportDocument.source = document.source;
      if (document.date !== undefined) reportDocument.date = document.date;
      if (document.url !== undefined) reportDocument.url = document.url;
      documents.push(reportDocument);
    }
    const input: ReportInput = {
      highlights,
      allHighlights: material.highlights,
      codes: material.codes,
      memos: request.memos ? material.memos : [],
      documentNotes: notes,
      documents,
      ...(comparison !== undefined ? { comparison } : {}),
    };
    const generatedAt = new Date(this.options.clock?.() ?? Date.now()).toISOString();
    const model = buildReportModel(input, {
      language: request.language,
      ...(request.title !== undefined ? { title: request.title } : {}),
      ...(request.annotations !== undefined ? { annotations: request.annotations } : {}),
      codebook: request.codebook,
      memos: request.memos,
      projectName: this.options.projectName,
      generatedAt,
    });
    return { model, highlightCount: highlights.length, generatedAt };
  }
}
