import { ApiError } from '../../src-main/api/apiError';
import type { ApiHandlers } from '../../src-main/api/dispatch';
import { EventHub } from '../../src-main/api/eventHub';
import type { Settings } from '../../src-main/api/types';
import type { Workbench } from '../../src-main/services/workbench';
import { annotationHandlersForFake } from './annotationHandlersForFake';
import { createLexiconHandlers } from '../../src-main/services/compare/createLexiconHandlers';
import { UserLexicons } from '../../src-main/services/compare/userLexicons';

/**
 * A stand-in for the real project, for testing transports only: every handler answers with small
 * contract-valid data and records its method name in `calls` (so a test sees what a transport
 * reached), and `document.get` knows one document so not-found can be provoked. The interface's
 * Playwright tests use a seed-backed stand-in instead (`tests/e2e/support/seedWorkbench.ts`).
 */
export function createRecordingWorkbench(): Workbench & { calls: string[] } {
  const events = new EventHub();
  const calls: string[] = [];
  let settings: Settings = { language: 'ar', theme: 'light', fontSize: 20, lineHeight: 1.9, showBoilerplate: true };
  const summary = {
    id: 'doc-1',
    title: 'اجتماع عسكري في سرت',
    path: '/seeds/000.txt',
    format: 'txt',
    encoding: 'utf-8',
    wordCount: 3,
    warningCount: 0,
    sha256: 'a'.repeat(64),
    importedAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
  const handlers: ApiHandlers = {
    'project.info': async () => {
      calls.push('project.info');
      return { path: '/fake', schemaVersion: 1, documentCount: 1, facets: { sources: [], categories: [] } };
    },
    'library.list': async (input) => {
      calls.push('library.list');
      return { total: 1, offset: input.offset, items: [summary] };
    },
    'document.get': async ({ id }) => {
      calls.push('document.get');
      if (id !== summary.id) throw new ApiError('not-found', { en: `No document "${id}".`, ar: `لا تقرير «${id}».` });
      return { ...summary, text: 'اجتماع عسكري في سرت', boilerplate: [], warnings: [] };
    },
    'search.query': async (input) => {
      calls.push('search.query');
      return { query: input.query, total: 0, offset: input.offset, limit: input.limit, partial: false, hits: [] };
    },
    'search.documentHits': async ({ id }) => ({ id, hits: [] }),
    'import.start': async () => {
      calls.push('import.start');
      return { jobId: 'job-1' };
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
    ...annotationHandlersForFake({ get: () => undefined, findBySha: () => undefined, text: () => undefined }),
    'compare.run': async ({ ids }) => {
      calls.push('compare.run');
      const unknown = ids.find((id) => id !== summary.id);
      throw new ApiError('not-found', { en: `No document "${unknown}".`, ar: `لا تقرير «${unknown}».` });
    },
    'compare.similar': async () => ({ hits: [] }),
    'compare.clusters': async () => ({ clusters: [], total: 0 }),
    'report.build': async () => {
      throw new Error('a fake workbench builds no report');
    },
    'report.save': async () => {
      throw new Error('a fake workbench builds no report');
    },
    ...createLexiconHandlers(new UserLexicons('/fake/lexicons')),
  };
  return { projectDir: '/fake', handlers, events, calls, close: async () => {} };
}
