import { ApiError, type ApiErrorCode } from './apiError';
import type { Bilingual } from './bilingual';

/** Why a call failed, as it crosses every transport: a code to act on and a message in both languages. */
export interface ReplyError {
  code: ApiErrorCode;
  message: Bilingual;
}

/**
 * The one shape of an answer to a contract call, on every transport: the desktop bridge (IPC keeps
 * only the message of a thrown error, so errors travel as data) and the HTTP bridge of `qarin serve`.
 */
export type CallReply<T> = { ok: true; result: T } | FailedReply;

export type FailedReply = { ok: false; error: ReplyError };

export function failedReply(code: ApiErrorCode, message: Bilingual): FailedReply {
  return { ok: false, error: { code, message } };
}

/**
 * The reply for whatever a call threw: an ApiError keeps its code and message; anything else is an
 * `internal` failure naming the method (the transport logs the error itself).
 */
export function replyForError(method: string, error: unknown): FailedReply {
  if (error instanceof ApiError) return failedReply(error.code, error.bilingual);
  const reason = error instanceof Error ? error.message : String(error);
  return failedReply('internal', { en: `${method} failed: ${reason}`, ar: `تعذّر تنفيذ ${method}: ${reason}` });
}
