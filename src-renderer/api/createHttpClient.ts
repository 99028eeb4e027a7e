import type { CallReply } from '../../src-main/api/callReply';
import type { ApiClient, EventName, EventPayload, Input, MethodName, Output } from '../../src-main/api/types';
import { ApiCallError } from './ApiCallError';

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
        throw ApiCallError.unreachable(error);
      }
      let reply: CallReply<Output<M>>;
      try {
        reply = (await response.json()) as CallReply<Output<M>>;
      } catch {
        throw new ApiCallError('internal', {
          en: `${method}: HTTP ${response.status} without a JSON body`,
          ar: `${method}: ردّ HTTP ${response.status} دون متن JSON`,
        });
      }
      if (!reply.ok) throw ApiCallError.fromReply(reply.error);
      return reply.result;
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
