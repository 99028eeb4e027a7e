import type { Bilingual } from './bilingual';

/**
 * Every code a reply may carry; `code` lets a transport pick a status and a caller decide what to do.
 * `forbidden`: the caller may not do this through its transport (a frame that is not the app's own page,
 * an import of a path the user did not choose).
 */
export type ApiErrorCode =
  'invalid-input' | 'not-found' | 'unknown-method' | 'conflict' | 'corrupt' | 'forbidden' | 'internal';

/**
 * An error a caller can act on: a bad input, a missing document, a corrupt project file. Its message
 * names the value or file and the reason, in both languages; `message` is the English one, for logs.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly bilingual: Bilingual,
  ) {
    super(bilingual.en);
    this.name = 'ApiError';
  }
}
