import type { ApiErrorCode } from '../api/apiError';

const statuses: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'unknown-method': 404,
  conflict: 409,
  corrupt: 500,
  internal: 500,
  forbidden: 403,
};

/** The HTTP status a browser client sees for each contract error. */
export function statusForApiError(code: ApiErrorCode): number {
  return statuses[code];
}
