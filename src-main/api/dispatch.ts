import { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName } from './contract';
import { ApiError } from './apiError';

/** One handler per contract entry: it receives the parsed input and returns the output. */
export type ApiHandlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => Promise<z.input<Contract[M]['output']>>;
};

/** The handlers of one feature's table (`contract/<feature>Contract.ts`), which its service factory returns. */
export type HandlersOf<Table> = Pick<ApiHandlers, keyof Table & MethodName>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

/**
 * The single entry every transport calls: it checks the method name and the input against the
 * contract, runs the handler, and checks what the handler returns, so no transport can pass
 * unvalidated data in either direction.
 */
export async function dispatch(handlers: ApiHandlers, method: string, rawInput: unknown): Promise<unknown> {
  if (!isMethodName(method)) {
    throw new ApiError('unknown-method', { en: `Unknown method "${method}".`, ar: `لا طلب باسم «${method}».` });
  }
  const entry = contract[method];
  const parsed = entry.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    throw new ApiError('invalid-input', {
      en: `Invalid input for ${method}: ${issues}`,
      ar: `مدخلات غير صالحة للطلب ${method}: ${issues}`,
    });
  }
  const handler = handlers[method] as (input: unknown) => Promise<unknown>;
  const result = await handler(parsed.data);
  const checked = entry.output.safeParse(result);
  if (!checked.success) {
    const issues = describeIssues(checked.error);
    throw new ApiError('internal', {
      en: `Output of ${method} broke the contract: ${issues}`,
      ar: `خالف ناتج الطلب ${method} العقد: ${issues}`,
    });
  }
  return checked.data;
}

/**
 * `dispatch` with the contract's types, for callers inside the main side (the CLI, tests); any
 * handlers that answer `method` will do, such as one feature's.
 */
export function invoke<M extends MethodName>(
  handlers: Pick<ApiHandlers, M>,
  method: M,
  input: z.input<Contract[M]['input']>,
): Promise<z.output<Contract[M]['output']>> {
  // dispatch calls only the handler of the method it was given.
  return dispatch(handlers as ApiHandlers, method, input) as Promise<z.output<Contract[M]['output']>>;
}
