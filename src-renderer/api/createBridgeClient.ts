import type { ApiClient, EventName, EventPayload, Input, MethodName, Output } from '../../src-main/api/types';
import type { QarinBridge } from './qarinBridge';
import { ApiCallError } from './ApiCallError';

function toApiCallError(error: unknown): ApiCallError {
  if (error instanceof ApiCallError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // Electron prefixes errors that cross ipcRenderer.invoke; the user needs only the reason.
  const cleaned = message.replace(/^Error invoking remote method '[^']+': (?:\w*Error: )?/, '');
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'internal';
  return new ApiCallError(code, cleaned);
}

/** The desktop client: calls go over the preload bridge, which the main side validates. */
export function createBridgeClient(bridge: QarinBridge): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      try {
        return (await bridge.call(method, input)) as Output<M>;
      } catch (error) {
        throw toApiCallError(error);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      return bridge.on(event, (payload) => listener(payload as EventPayload<E>));
    },
  };
}
