import type { ApiClient, EventName, EventPayload, Input, MethodName, Output } from '../../src-main/api/types';
import { ApiCallError } from './ApiCallError';

type CallResponse<T> = { ok: true; result: T } | { ok: false; error: { code: string; message: string } };

/**
 * The browser client for `qarin serve`: calls are POSTs carrying the session token, events arrive
 * over one shared Server-Sent Events stream opened on first subscription.
 */
export function createHttpClient(token: string, baseUrl = ''): ApiClient {
  let stream: EventSource | undefined;
  const subscribed = new Map<EventName, Set<(payload: unknown) => void>>();

  function openStream(): EventSource {
    stream ??= new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
    return stream;
  }

  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/call/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        });
      } catch (error) {
        throw new ApiCallError('unreachable', error instanceof Error ? error.message : String(error));
      }
      let body: CallResponse<Output<M>>;
      try {
        body = (await response.json()) as CallResponse<Output<M>>;
      } catch {
        throw new ApiCallError('internal', `${method}: HTTP ${response.status} without a JSON body`);
      }
      if (!body.ok) throw new ApiCallError(body.error.code, body.error.message);
      return body.result;
    },

    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const source = openStream();
      let listeners = subscribed.get(event);
      if (!listeners) {
        const created = new Set<(payload: unknown) => void>();
        subscribed.set(event, created);
        listeners = created;
        source.addEventListener(event, (message) => {
          const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
          for (const each of created) each(payload);
        });
      }
      const wrapped = (payload: unknown) => listener(payload as EventPayload<E>);
      listeners.add(wrapped);
      return () => listeners.delete(wrapped);
    },
  };
}
