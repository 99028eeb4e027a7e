import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../api/apiError';
import { failedReply, replyForError, type CallReply } from '../api/callReply';
import type { ApiHandlers } from '../api/dispatch';
import { loadOnce } from './loadOnce';
import { BodyTooLargeError, readJsonBody } from './readJsonBody';
import { sendJson, sendJsonInParts } from './sendJson';
import { statusForApiError } from './statusForApiError';

/**
 * The contract's dispatch, loaded on first use: its schemas take about 50 ms to build, which
 * `qarin serve` spends after printing its address (see `startServer`), while the browser loads the
 * page, rather than before.
 */
export const loadDispatch = loadOnce(() => import('../api/dispatch'));

/**
 * `POST /api/call/<method>`: the body is the method's input; the answer is a `CallReply`, with a status
 * that matches the contract's error code.
 * Input and output are checked by `dispatch`, exactly as for the desktop app.
 */
export async function handleApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  handlers: ApiHandlers,
  method: string,
  bodyLimitBytes: number,
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    const notPost = failedReply('invalid-input', {
      en: 'API calls are POST requests.',
      ar: 'طلبات الواجهة تُرسل بـ POST.',
    });
    sendReply(response, 405, notPost);
    return;
  }
  // Requiring JSON keeps the endpoint out of reach of plain HTML forms, which cannot send it.
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    sendReply(
      response,
      415,
      failedReply('invalid-input', {
        en: 'API calls must send Content-Type: application/json.',
        ar: 'يجب أن ترسل طلبات الواجهة Content-Type: application/json.',
      }),
    );
    return;
  }
  try {
    const input = await readJsonBody(request, bodyLimitBytes);
    const { dispatch } = await loadDispatch();
    const result = await dispatch(handlers, method, input);
    // In parts: a result may be the whole library (see `sendJsonInParts`).
    await sendJsonInParts(response, 200, { ok: true, result });
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of an oversized body is not worth reading; closing tells the client to stop sending.
      response.setHeader('Connection', 'close');
      sendReply(response, 413, failedReply('invalid-input', error.bilingual));
      request.resume();
      return;
    }
    if (!(error instanceof ApiError)) console.error(`qarin serve: ${method} failed:`, error);
    const reply = replyForError(method, error);
    sendReply(response, statusForApiError(reply.error.code), reply);
  }
}

function sendReply(response: ServerResponse, status: number, reply: CallReply<unknown>): void {
  sendJson(response, status, reply);
}
