/** A call the main side refused or could not complete; `code` mirrors the contract's ApiErrorCode. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}
