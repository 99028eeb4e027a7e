import type { ApiClient, EventName, EventPayload, Input, MethodName, Output } from '../../src-main/api/types';
import type { QarinBridge } from './qarinBridge';
import { ApiCallError } from './ApiCallError';

/**
 * The desktop client. It uses `callResult` rather than `call` because Electron keeps only an
 * error's message across the context bridge, and the UI needs the contract's whole reply.
 */
export function createBridgeClient(bridge: QarinBridge): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      const reply = await bridge.callResult(method, input).catch((error: unknown) => {
        throw ApiCallError.unreachable(error);
      });
      if (!reply.ok) throw ApiCallError.fromReply(reply.error);
      return reply.result;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      return bridge.on(event, listener);
    },
  };
}
