import { ApiError } from '../../api/apiError';
import type { Comparison, CompareRequest } from '../../api/compareSchemas';
import { compareDocuments } from '../../core/compare/compareDocuments';
import type { ExtractFacts } from '../../core/compare/facts/factTypes';
import { prepareDocument, type PreparedDocument } from '../../core/compare/preparedDocument';
import type { Library } from '../project/library';
import type { LibraryEntry } from '../project/libraryEntry';
import type { TextStore } from '../project/textStore';
import { noDocument } from '../documentMessages';
import type { UserLexicons } from './userLexicons';

export interface CompareServiceOptions {
  library: Library;
  texts: TextStore;
  /** A fixed facts extractor instead of the lexicons with the user's additions (tests). */
  extractFacts?: ExtractFacts;
  /** The user's additions to the lexicons, read again whenever their files change. */
  lexicons: UserLexicons;
}

/** Enough prepared reports for several compare views opened one after another. */
const PREPARED_CAPACITY = 32;

/**
 * Compares reports of the open project. A report's preparation (sentences, analyzed words) is
 * kept per stored text, so comparing it again, or with another report, starts from there.
 */
export class CompareService {
  private readonly prepared = new Map<string, PreparedDocument>();
  constructor(private readonly options: CompareServiceOptions) {}

  /** The user's additions to the facts lexicons, which this service's facts table applies. */
  get lexicons(): UserLexicons {
    return this.options.lexicons;
  }

  async compare(request: CompareRequest): Promise<Comparison> {
    const { ids } = request;
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate !== undefined) {
      throw new ApiError('invalid-input', {
        en: `Document "${duplicate}" is listed twice; compare 2 to 4 different reports.`,
        ar: `التقرير «${duplicate}» مذكور مرتين؛ قارن بين تقريرين وأربعة تقارير مختلفة.`,
      });
    }
    if (ids.length < 2 || ids.length > 4) {
      throw new ApiError('invalid-input', {
        en: `Compare takes 2 to 4 reports, not ${ids.length}.`,
        ar: `تكون المقارنة بين تقريرين وأربعة تقارير، لا ${ids.length}.`,
      });
    }
    if (request.baseId !== undefined && !ids.includes(request.baseId)) {
      throw new ApiError('invalid-input', {
        en: `The base "${request.baseId}" is not one of the compared reports.`,
        ar: `الأساس «${request.baseId}» ليس من التقارير المقارنة.`,
      });
    }
    const entries = ids.map((id) => {
      const entry = this.options.library.get(id);
      if (!entry) throw new ApiError('not-found', noDocument(id));
      return entry;
    });
    const documents = entries.map((entry) => this.prepare(entry));
    const extractFacts = this.options.extractFacts ?? (await this.options.lexicons.extractor());
    const result = compareDocuments(documents, { baseId: request.baseId, extractFacts });
    return {
      documents: entries.map(({ id, title, source, date }) => ({ id, title, source, date })),
      ...result,
    };
  }

  private prepare(entry: LibraryEntry): PreparedDocument {
    const key = `${entry.id}:${entry.sha256}`;
    const cached = this.prepared.get(key);
    if (cached) {
      this.prepared.delete(key);
      this.prepared.set(key, cached);
      return cached;
    }
    const text = this.options.texts.read(entry.sha256);
    if (text === undefined) {
      throw new ApiError('corrupt', {
        en: `The stored text of "${entry.title}" is missing; import ${entry.path} again.`,
        ar: `النص المحفوظ للتقرير «${entry.title}» مفقود؛ استورد ${entry.path} من جديد.`,
      });
    }
    const document = prepareDocument({ id: entry.id, text, boilerplate: entry.boilerplate, date: entry.date });
    this.prepared.set(key, document);
    if (this.prepared.size > PREPARED_CAPACITY) this.prepared.delete(this.prepared.keys().next().value as string);
    return document;
  }
}
