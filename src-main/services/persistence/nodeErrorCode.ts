/** The `code` of a Node system error (ENOENT, EACCES…), read without trusting the thrown value's shape. */
export function nodeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
