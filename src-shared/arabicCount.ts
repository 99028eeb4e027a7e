/*
 * Arabic plural agreement, shared by the interface (src-renderer/i18n) and the command line
 * (src-main/cli/messages.ts). It lives in core because it is pure (Intl only, no Node, no DOM), so
 * both may use it without either importing the other.
 */
const arabicPlural = new Intl.PluralRules('ar');
/** Made once: `toLocaleString` builds a formatter on every call, and counts render on every keystroke. */
const latinDigits = new Intl.NumberFormat('ar-u-nu-latn');

export interface ArabicCountForms {
  zero: string;
  one: string;
  two: string;
  /** 3–10: the number, then a plural noun. */
  few: string;
  /** 11 and up: the number, then a singular accusative noun. */
  many: string;
}

/** Arabic counts agree with the number: one form for 1, the dual for 2, plural for 3–10, singular accusative after. */
export function arabicCount(count: number, forms: ArabicCountForms): string {
  const n = latinDigits.format(count);
  switch (arabicPlural.select(count)) {
    case 'zero':
      return forms.zero;
    case 'one':
      return forms.one;
    case 'two':
      return forms.two;
    case 'few':
      return `${n} ${forms.few}`;
    default:
      return `${n} ${forms.many}`;
  }
}
