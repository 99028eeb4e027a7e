import type { z } from 'zod';
import type { ExportRequestSchema, ExportResultSchema } from '../../api/annotationSchemas';
import { codePath } from '../../core/export/codePath';
import { exportCsv } from '../../core/export/csvExport';
import type { AnnotationExportInput, ExportDocument } from '../../core/export/exportInput';
import { EXPORT_LABELS, type ExportLanguage } from '../../core/export/exportLabels';
import { exportMarkdown } from '../../core/export/markdownExport';
import { exportRefiQda } from '../../core/export/refiQdaExport';
import { exportWebAnnotations } from '../../core/export/webAnnotationExport';
import type { AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import { exportXlsx } from '../../core/export/xlsxExport';
import { annotationError, annotationMessages } from './annotationMessages';
import { writeQdpxArchive } from '../refiQda/writeQdpxArchive';
import type { AnnotationState } from '../../core/annotations/annotationState';
import { selectHighlights, type HighlightFilter } from '../../core/annotations/highlightSelection';

export type ExportRequest = z.output<typeof ExportRequestSchema>;
export type ExportResult = z.output<typeof ExportResultSchema>;

const FORMATS = {
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { extension: 'jsonld', mimeType: 'application/ld+json' },
  qdpx: { extension: 'qdpx', mimeType: 'application/zip' },
} as const;

const SCOPE_WORDS: Record<
  ExportLanguage,
  { report: string; code: string; text: string; source: string; separator: string }
> = {
  en: { report: 'report', code: 'code', text: 'text', source: 'source', separator: '; ' },
  ar: { report: 'التقرير', code: 'الرمز', text: 'النص', source: 'المصدر', separator: '؛ ' },
};

/** Characters no file system accepts in a name, and runs of space, become one dash; Arabic stays. */
function fileNamePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * One export of the project's annotations, selected by report, code (with the codes nested under
 * it), source and text. Memos go along when any highlight they link does (all memos for a whole
 * project export), and report notes with their reports.
 */
export async function exportAnnotations(
  state: AnnotationState,
  documents: AnnotationDocuments,
  request: ExportRequest,
  options: { projectName: string; now: Date },
): Promise<ExportResult> {
  if (request.codeId !== undefined && state.code(request.codeId) === undefined) {
    throw annotationError('not-found', annotationMessages.noCode(request.codeId));
  }
  if (
    request.docId !== undefined &&
    documents.get(request.docId) === undefined &&
    state.highlightsOf(request.docId).length === 0
  ) {
    throw annotationError('not-found', annotationMessages.noDocument(request.docId));
  }
  const filter: HighlightFilter = {
    docId: request.docId,
    codeId: request.codeId,
    source: request.filter?.source?.trim() || undefined,
    text: request.filter?.text?.trim() || undefined,
  };
  const whole = Object.values(filter).every((value) => value === undefined);
  const selected = selectHighlights(state, documents, filter);

  const documentOrder = [...new Map(selected.map(({ document }) => [document.id, document])).values()];
  const notedIds = new Set(
    state
      .allNotes()
      .filter((note) => note.body.trim().length > 0 && (whole || note.docId === request.docId))
      .map((note) => note.docId),
  );
  const listedIds = new Set(documentOrder.map((document) => document.id));
  // A REFI-QDA project is the whole project, so every report goes in, annotated or not.
  if (whole && request.format === 'qdpx') {
    for (const document of documents.all?.() ?? []) {
      if (listedIds.has(document.id)) continue;
      documentOrder.push(document);
      listedIds.add(document.id);
    }
  }
  for (const id of notedIds) {
    const document = documents.get(id);
    if (document !== undefined && !listedIds.has(id)) {
      documentOrder.push(document);
      listedIds.add(id);
    }
  }
  const exportDocuments: ExportDocument[] = documentOrder.map((document) => ({
    id: document.id,
    title: document.title,
    ...(document.source !== undefined ? { source: document.source } : {}),
    ...(document.date !== undefined ? { date: document.date } : {}),
    ...(document.url !== undefined ? { url: document.url } : {}),
    text: documents.text(document) ?? '',
  }));
  const highlightIds = new Set(selected.map(({ highlight }) => highlight.id));
  const input: AnnotationExportInput = {
    highlights: selected.map(({ highlight }) => highlight),
    codes: state.allCodes(),
    memos: whole
      ? state.allMemos()
      : state.allMemos().filter((memo) => memo.highlightIds.some((id) => highlightIds.has(id))),
    documents: exportDocuments,
    documentNotes: state.allNotes().filter((note) => listedIds.has(note.docId)),
  };

  const language = request.language;
  const words = SCOPE_WORDS[language];
  const scopeParts: string[] = [];
  const nameParts: string[] = [];
  if (request.docId !== undefined) {
    scopeParts.push(`${words.report}: ${documents.get(request.docId)?.title ?? request.docId}`);
    nameParts.push(request.docId);
  }
  if (request.codeId !== undefined) {
    const code = state.code(request.codeId)!;
    const path = codePath(code, new Map(state.allCodes().map((each) => [each.id, each]))).join(' / ');
    scopeParts.push(`${words.code}: ${path}`);
    nameParts.push(code.name);
  }
  if (filter.source !== undefined) {
    scopeParts.push(`${words.source}: ${filter.source}`);
    nameParts.push(filter.source);
  }
  if (filter.text !== undefined) {
    scopeParts.push(`${words.text}: «${filter.text}»`);
    nameParts.push('filtered');
  }
  const scope = scopeParts.length > 0 ? scopeParts.join(words.separator) : EXPORT_LABELS[language].allReports;
  const exportedAt = options.now.toISOString();
  const format = FORMATS[request.format];
  const filename = ['qarin-annotations', ...nameParts.map(fileNamePart), exportedAt.slice(0, 10)]
    .filter((part) => part.length > 0)
    .join('-')
    .concat('.', format.extension);

  let content: string;
  let encoding: ExportResult['encoding'] = 'utf8';
  switch (request.format) {
    case 'md':
      content = exportMarkdown(input, {
        groupBy: request.by === 'code' ? 'code' : 'document',
        exportedAt,
        scope,
        language,
      });
      break;
    case 'csv':
      content = exportCsv(input);
      break;
    case 'xlsx': {
      // Loaded when a workbook is asked for: every reader of the annotations would load it otherwise.
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      for (const part of exportXlsx(input, { language })) zip.file(part.path, part.xml);
      content = await zip.generateAsync({ type: 'base64', compression: 'DEFLATE' });
      encoding = 'base64';
      break;
    }
    case 'json':
      content = exportWebAnnotations(input, {
        label: `${options.projectName}: ${scope}`,
        generatedAt: exportedAt,
        language,
      });
      break;
    case 'qdpx': {
      const project = exportRefiQda(input, { projectName: options.projectName, exportedAt });
      const archive = await writeQdpxArchive(
        [
          { path: 'project.qde', content: project.projectXml },
          ...project.sources.map((source) => ({ path: source.path, content: source.text })),
        ],
        options.now,
      );
      content = archive.toString('base64');
      encoding = 'base64';
      break;
    }
  }
  return { filename, mimeType: format.mimeType, content, encoding, highlightCount: selected.length };
}
