const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640'’-]*/gu;

/** Words as a reader counts them (runs of letters and digits), for the library's word column. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
