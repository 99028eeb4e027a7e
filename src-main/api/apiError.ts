/**
 * An error a caller can act on: a bad input, a missing document, a corrupt project file. Its
 * message names the value or file and the reason; `code` lets a transport pick a status.
 */
export type ApiErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'unknown-method'
  | 'conflict'
  | 'corrupt'
  | 'internal'
  /** The caller may not do this through its transport (an import of a path the user did not choose). */
  | 'forbidden';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
