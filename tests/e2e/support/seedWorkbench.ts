import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { ApiHandlers } from '../../../src-main/api/dispatch';
import { ApiError } from '../../../src-main/api/apiError';
import { EventHub } from '../../../src-main/api/eventHub';
import { compareDocuments } from '../../../src-main/core/compare/compareDocuments';
import { prepareDocument } from '../../../src-main/core/compare/preparedDocument';
import type { Workbench } from '../../../src-main/services/workbench';
import type { DocumentDetail, Settings, Span } from '../../../src-main/api/types';
import { annotationHandlersForFake } from '../../helpers/annotationHandlersForFake';
import type { AnnotationService } from '../../../src-main/services/annotations/annotationService';
import { ReportService } from '../../../src-main/services/report/reportService';
import { createReportHandlers } from '../../../src-main/services/report/createReportHandlers';
import { chromiumPdfPrinter } from '../../../src-main/services/report/chromiumPdf';
import { loadReportFonts } from '../../../src-main/services/report/reportFonts';
import { createLexiconHandlers } from '../../../src-main/services/compare/createLexiconHandlers';
import { UserLexicons } from '../../../src-main/services/compare/userLexicons';

/**
 * A stand-in backend over the seed files, for looking at the interface before (or without) the
 * real services: naive substring search, no persistence. Test-only; never shipped.
 */
export function createSeedWorkbench(seedsDir: string): Workbench {
  const documents: DocumentDetail[] = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, index) => {
      const text = readFileSync(join(seedsDir, name), 'utf8');
      const title =
        text
          .split('\n')
          .find((line) => line.trim())
          ?.trim() ?? name;
      const warnings = [...text.matchAll(/[\u0600-\u06FF]*\s?[A-Za-z]+[\u0600-\u06FF]+/g)].map((match) => ({
        kind: 'mixed-script' as const,
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
      }));
      const boilerplate = [...text.matchAll(/^.*(تعليق|يمكنك ايضا قراءة).*$/gm)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
      }));
      return {
        id: name.replace(/\.txt$/, ''),
        title,
        source: ['Libya Observer', 'الوسط', 'بوابة الوسط'][index % 3],
        category: 'سياسة',
        date: `2018-0${(index % 9) + 1}-1${index}`,
        path: join(seedsDir, name),
        format: 'txt',
        encoding: 'utf-8',
        wordCount: text.split(/\s+/).filter(Boolean).length,
        warningCount: warnings.length,
        sha256: createHash('sha256').update(text).digest('hex'),
        importedAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        text,
        boilerplate,
        warnings,
      };
    });
  let settings: Settings = { language: 'ar', theme: 'light', fontSize: 20, lineHeight: 1.9, showBoilerplate: true };
  const events = new EventHub();

  const terms = (query: string) => query.split(/\s+/).filter((word) => word && !word.includes(':'));
  function spansOf(text: string, query: string): Span[] {
    return terms(query)
      .flatMap((term) => [...text.matchAll(new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))])
      .map((match) => ({ start: match.index, end: match.index + match[0].length }))
      .sort((a, b) => a.start - b.start);
  }
  const summary = ({ text: _text, boilerplate: _b, warnings: _w, ...rest }: DocumentDetail) => rest;

  const annotatedDocuments = {
    get: (id: string) => documents.find((d) => d.id === id),
    findBySha: (sha256: string) => documents.find((d) => d.sha256 === sha256),
    text: (document: { id: string }) => documents.find((d) => d.id === document.id)?.text,
    all: () => documents,
  };
  let annotationService: AnnotationService | undefined;
  const annotationHandlers = annotationHandlersForFake(annotatedDocuments, (service) => {
    annotationService = service;
  });
  // The real report builder over the fake's annotations and comparison, so the dialog's preview is real.
  const reports = new ReportService({
    material: () => {
      if (!annotationService) return { highlights: [], codes: [], memos: [], documentNotes: [] };
      return annotationService.reportMaterial();
    },
    documents: annotatedDocuments,
    compare: { compare: async (request) => compareSeeds(request.ids, request.baseId) },
    projectName: 'fake',
    fonts: () => loadReportFonts(),
    printPdf: chromiumPdfPrinter(),
  });
  function compareSeeds(ids: string[], baseId?: string) {
    const compared = ids.map((id) => {
      const document = documents.find((d) => d.id === id);
      if (!document)
        throw new ApiError('not-found', { en: `No document with id "${id}".`, ar: `لا تقرير بالمعرّف «${id}».` });
      return document;
    });
    const prepared = compared.map(({ id, text, boilerplate, date }) =>
      prepareDocument({ id, text, boilerplate, date }),
    );
    return {
      documents: compared.map(({ id, title, source, date }) => ({ id, title, source, date })),
      ...compareDocuments(prepared, { baseId }),
    };
  }

  const handlers: ApiHandlers = {
    'project.info': async () => ({
      path: seedsDir,
      schemaVersion: 1,
      documentCount: documents.length,
      facets: {
        sources: [...new Set(documents.map((d) => d.source ?? ''))].map((name) => ({
          name,
          count: documents.filter((d) => d.source === name).length,
        })),
        categories: [{ name: 'سياسة', count: documents.length }],
        firstDate: '2018-01-10',
        lastDate: '2018-05-14',
      },
    }),
    'library.list': async (input) => {
      let items = documents.filter(
        (d) =>
          (!input.sources || input.sources.includes(d.source ?? '')) &&
          (!input.title || d.title.includes(input.title)) &&
          (!input.after || (d.date ?? '') >= input.after) &&
          (!input.before || (d.date ?? '') <= input.before),
      );
      const key = {
        title: 'title',
        source: 'source',
        date: 'date',
        words: 'wordCount',
        warnings: 'warningCount',
        imported: 'importedAt',
      } as const;
      const field = key[input.sort];
      items = [...items].sort((a, b) =>
        String(a[field] ?? '').localeCompare(String(b[field] ?? ''), 'ar', { numeric: true }),
      );
      if (input.descending) items.reverse();
      return {
        total: items.length,
        offset: input.offset,
        items: items.slice(input.offset, input.offset + input.limit).map(summary),
      };
    },
    'document.get': async ({ id }) => {
      const document = documents.find((d) => d.id === id);
      if (!document) throw new Error(`No document ${id}`);
      return document;
    },
    'search.query': async (input) => {
      const matching = documents.filter((d) => terms(input.query).every((term) => d.text.includes(term)));
      const hits = matching.map((d) => {
        const spans = spansOf(d.text, input.query);
        return {
          id: d.id,
          title: d.title,
          source: d.source,
          date: d.date,
          score: spans.length,
          partial: false,
          snippets: spans.slice(0, 3).map((span) => {
            const start = Math.max(0, span.start - 60);
            const end = Math.min(d.text.length, span.end + 60);
            return {
              start,
              end,
              text: d.text.slice(start, end),
              highlights: spans.filter((s) => s.start >= start && s.end <= end),
            };
          }),
        };
      });
      return {
        query: input.query,
        total: hits.length,
        offset: input.offset,
        limit: input.limit,
        partial: false,
        hits: hits.slice(input.offset, input.offset + input.limit),
        notice: input.query.split('"').length % 2 === 0 ? 'علامة تنصيص غير مغلقة' : undefined,
      };
    },
    'search.documentHits': async ({ id, query }) => {
      const document = documents.find((d) => d.id === id);
      return { id, hits: document ? spansOf(document.text, query) : [] };
    },
    'import.start': async () => {
      const jobId = 'job-1';
      setTimeout(
        () => events.emit('import.progress', { jobId, phase: 'reading', done: 2, total: 5, path: '/tmp/a.txt' }),
        50,
      );
      setTimeout(
        () =>
          events.emit('import.done', {
            jobId,
            report: {
              added: [{ id: 'x', path: '/tmp/a.txt', title: 'تقرير جديد' }],
              updated: [],
              unchanged: 4,
              duplicates: [{ path: '/tmp/b.txt', duplicateOf: '000_06f512fe5b46b25a' }],
              errors: [{ path: '/tmp/c.pdf', reason: { en: 'PDF is not supported', ar: 'صيغة PDF لا تُستورد' } }],
              warnings: [],
              cancelled: false,
              filesScanned: 7,
              elapsedMs: 412,
            },
          }),
        600,
      );
      return { jobId };
    },
    'import.cancel': async () => ({ cancelled: true }),
    'project.importQdpx': async () => {
      throw new Error('a fake workbench imports no REFI-QDA project');
    },
    'settings.get': async () => settings,
    'settings.set': async (patch) => {
      settings = { ...settings, ...patch };
      return settings;
    },
    ...annotationHandlers,
    // The real comparison engine over the seeds: it is pure, so the fake needs no project for it.
    'compare.run': async ({ ids, baseId }) => compareSeeds(ids, baseId),
    'compare.similar': async () => ({ hits: [] }),
    'compare.clusters': async () => ({ clusters: [], total: 0 }),
    ...createReportHandlers(reports),
    ...createLexiconHandlers(new UserLexicons(join(seedsDir, 'lexicons'))),
  };
  return { projectDir: seedsDir, handlers, events, close: async () => {} };
}
