/*
 * Arabic plural agreement, shared by the interface (src-renderer/i18n) and the command line
 * (src-main/cli/messages.ts). It lives in core because it is pure (Intl only, no Node, no DOM), so
 * both may use it without either importing the other.
 */
import { formatNumber } from './formatNumber';

const arabicPlural = new Intl.PluralRules('ar');

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
  const n = formatNumber(count, 'ar');
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
