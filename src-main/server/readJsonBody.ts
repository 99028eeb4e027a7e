import type { IncomingMessage } from 'node:http';
import { ApiError } from '../api/apiError';
import type { Bilingual } from '../api/bilingual';

/** Raised when a body is larger than the server accepts; the caller answers 413. */
export class BodyTooLargeError extends Error {
  readonly bilingual: Bilingual;

  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${limitBytes} bytes.`);
    this.name = 'BodyTooLargeError';
    this.bilingual = { en: this.message, ar: `متن الطلب أكبر من ${limitBytes} بايت.` };
  }
}

/**
 * Reads a JSON request body, stopping as soon as it passes `limitBytes` so a runaway client cannot
 * fill memory. An empty body is `undefined`, which the contract treats as an empty input.
 */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) throw new BodyTooLargeError(limitBytes);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    received += buffer.length;
    if (received > limitBytes) throw new BodyTooLargeError(limitBytes);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('invalid-input', {
      en: `The request body is not valid JSON: ${reason}`,
      ar: `متن الطلب ليس JSON صالحًا: ${reason}`,
    });
  }
}
