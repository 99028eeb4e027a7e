import type { ApiClient, EventName, EventPayload, Input, MethodName, Output } from '../../src-main/api/types';
import type { QarinBridge } from './qarinBridge';
import { ApiCallError } from './ApiCallError';

/**
 * The desktop client. It uses `callResult` rather than `call` because Electron keeps only an
 * error's message across the context bridge, and the UI needs the contract's error code too.
 */
export function createBridgeClient(bridge: QarinBridge): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      const outcome = await bridge.callResult(method, input).catch((error: unknown) => {
        throw new ApiCallError('unreachable', error instanceof Error ? error.message : String(error));
      });
      if (!outcome.ok) throw new ApiCallError(outcome.error.code, outcome.error.message);
      return outcome.result;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      return bridge.on(event, listener);
    },
  };
}
