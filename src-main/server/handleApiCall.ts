import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../api/apiError';
import { dispatch, type ApiHandlers } from '../api/dispatch';
import { BodyTooLargeError, readJsonBody } from './readJsonBody';
import { sendJson } from './sendJson';
import { statusForApiError } from './statusForApiError';

/**
 * `POST /api/call/<method>`: the body is the method's input; the answer is `{ ok: true, result }` or
 * `{ ok: false, error: { code, message } }` with a status that matches the contract's error code.
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
    sendJson(response, 405, { ok: false, error: { code: 'invalid-input', message: 'API calls are POST requests.' } });
    return;
  }
  // Requiring JSON keeps the endpoint out of reach of plain HTML forms, which cannot send it.
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    sendJson(response, 415, {
      ok: false,
      error: { code: 'invalid-input', message: 'API calls must send Content-Type: application/json.' },
    });
    return;
  }
  try {
    const input = await readJsonBody(request, bodyLimitBytes);
    const result = await dispatch(handlers, method, input);
    sendJson(response, 200, { ok: true, result });
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of an oversized body is not worth reading; closing tells the client to stop sending.
      response.setHeader('Connection', 'close');
      sendJson(response, 413, { ok: false, error: { code: 'invalid-input', message: error.message } });
      request.resume();
      return;
    }
    if (error instanceof ApiError) {
      sendJson(response, statusForApiError(error.code), { ok: false, error: { code: error.code, message: error.message } });
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`qarin serve: ${method} failed:`, error);
    sendJson(response, 500, { ok: false, error: { code: 'internal', message: `${method} failed: ${message}` } });
  }
}
