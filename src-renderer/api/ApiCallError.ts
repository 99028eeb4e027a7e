import type { ApiErrorCode } from '../../src-main/api/apiError';
import type { Bilingual } from '../../src-main/api/bilingual';
import type { ReplyError } from '../../src-main/api/callReply';

/**
 * A call the main side refused or could not complete: the reply's code (or `unreachable` when no
 * reply came) and its message in both languages, shown in the interface's one by `localizedMessage`.
 */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode | 'unreachable',
    readonly bilingual: Bilingual,
  ) {
    super(bilingual.en);
    this.name = 'ApiCallError';
  }

  static fromReply(error: ReplyError): ApiCallError {
    return new ApiCallError(error.code, error.message);
  }

  /** No reply at all: the transport itself failed (the window closing, `qarin serve` stopped). */
  static unreachable(error: unknown): ApiCallError {
    const reason = error instanceof Error ? error.message : String(error);
    return new ApiCallError('unreachable', {
      en: `Qarin could not be reached: ${reason}`,
      ar: `تعذّر الوصول إلى قارِن: ${reason}`,
    });
  }
}
