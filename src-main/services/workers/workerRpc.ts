import { Worker } from 'node:worker_threads';

/** A call into a worker thread: `{ id, method, params }` out, `{ id, result | error }` back. */
export interface RpcRequest {
  id: number;
  method: string;
  params: unknown;
}

export type RpcResponse = { id: number; result: unknown } | { id: number; error: { name: string; message: string } };

/**
 * Promise-based calls to a worker, so services can keep long work (indexing, search over a large
 * corpus) off the thread that serves the window, yet call it like a method.
 */
export class WorkerRpc<Methods extends Record<string, (params: never) => unknown>> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private failure: Error | undefined;

  constructor(private readonly worker: Worker) {
    worker.on('message', (response: RpcResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if ('error' in response) {
        const error = new Error(response.error.message);
        error.name = response.error.name;
        waiting.reject(error);
      } else {
        waiting.resolve(response.result);
      }
    });
    const failAll = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`worker stopped (exit code ${code})`)));
  }

  /** `transfer`: buffers in `params` that move to the worker rather than being copied (unusable here after). */
  call<M extends keyof Methods & string>(
    method: M,
    params: Parameters<Methods[M]>[0],
    transfer: readonly ArrayBuffer[] = [],
  ): Promise<Awaited<ReturnType<Methods[M]>>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.worker.postMessage({ id, method, params } satisfies RpcRequest, transfer);
      } catch (error) {
        // Not sent (a value that cannot be cloned or transferred): no answer will come.
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** The worker side: answers each request with its handler's result or error. */
export function serveRpc(
  port: {
    on(event: 'message', listener: (request: RpcRequest) => void): void;
    postMessage(message: RpcResponse): void;
  },
  handlers: Record<string, (params: never) => unknown>,
): void {
  port.on('message', async (request) => {
    try {
      const handler = handlers[request.method];
      if (!handler) throw new Error(`Unknown worker method "${request.method}"`);
      const result = await handler(request.params as never);
      port.postMessage({ id: request.id, result });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: request.id, error: { name, message } });
    }
  });
}
