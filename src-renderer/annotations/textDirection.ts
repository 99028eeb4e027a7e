const FIRST_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/**
 * The direction of a text's first strong letter, as dir="auto" decides. Computed here because
 * dir="auto" skips descendants that carry their own dir, so nested blocks would each decide but
 * their container would fall back to left to right.
 */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = FIRST_STRONG.exec(text)?.[0];
  return first !== undefined && RIGHT_TO_LEFT.test(first) ? 'rtl' : 'ltr';
}
